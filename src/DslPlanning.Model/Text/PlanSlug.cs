using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DslPlanning.Model
{
    /// <summary>
    /// The one policy for the file names of a plan's reports: the stem (<c>krokom</c> in <c>krokom.html</c>,
    /// <c>csv/krokom/</c>) is a function of the plan's name alone, so adding a plan never renames another plan's reports.
    /// The build reports plans whose stems collide (SP1020) and the report job refuses to write them.
    /// </summary>
    public static class PlanSlug
    {
        /// <summary>
        /// The longest stem. The longest path the report job writes under its folder is then
        /// <c>csv/&lt;stem&gt;/justified-exceptions.csv</c>, 89 characters, which leaves the folder itself some 170 of the
        /// 260 characters that Windows allows in a path by default.
        /// </summary>
        public const int MaxLength = 60;

        /// <summary>The stem of the list of all plans (<c>index.html</c>, <c>index.md</c>).</summary>
        public const string Index = "index";

        private const int HashLength = 8;

        /// <summary>
        /// Letters of Latin-1 Supplement and Latin Extended-A, and the Sami letters of Extended-B, each followed by its
        /// ASCII spelling: from the Unicode decompositions, and the usual spelling of letters without one (Æ, Ø, Đ, Ŋ, Ŧ, ß).
        /// </summary>
        private static readonly Dictionary<char, string> Latin =
            ("ÀA ÁA ÂA ÃA ÄA ÅA ÆAE ÇC ÈE ÉE ÊE ËE ÌI ÍI ÎI ÏI ÐD ÑN ÒO ÓO ÔO ÕO ÖO ØO ÙU ÚU ÛU ÜU ÝY ÞTH ßss àa "
            + "áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu üu ýy þth ÿy ĀA āa ĂA "
            + "ăa ĄA ąa ĆC ćc ĈC ĉc ĊC ċc ČC čc ĎD ďd ĐD đd ĒE ēe ĔE ĕe ĖE ėe ĘE ęe ĚE ěe ĜG ĝg ĞG ğg ĠG ġg ĢG ģg "
            + "ĤH ĥh ĦH ħh ĨI ĩi ĪI īi ĬI ĭi ĮI įi İI ıi ĲIJ ĳij ĴJ ĵj ĶK ķk ĸk ĹL ĺl ĻL ļl ĽL ľl ĿL ŀl ŁL łl ŃN ńn "
            + "ŅN ņn ŇN ňn ŉn ŊN ŋn ŌO ōo ŎO ŏo ŐO őo ŒOE œoe ŔR ŕr ŖR ŗr ŘR řr ŚS śs ŜS ŝs ŞS şs ŠS šs ŢT ţt ŤT ťt "
            + "ŦT ŧt ŨU ũu ŪU ūu ŬU ŭu ŮU ůu ŰU űu ŲU ųu ŴW ŵw ŶY ŷy ŸY ŹZ źz ŻZ żz ŽZ žz ſs ǤG ǥg ǦG ǧg ǨK ǩk ǮZ "
            + "ǯz ƷZ ʒz")
            .Split(' ')
            .ToDictionary(entry => entry[0], entry => entry.Substring(1));

        /// <summary>Stems the report job writes itself, or that a file system does not allow, with what they are.</summary>
        private static readonly Dictionary<string, string> ReservedStems = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Index] = "the list of all plans (index.html and index.md)",
            ["con"] = "a device name on Windows, where it cannot be a file name",
            ["prn"] = "a device name on Windows, where it cannot be a file name",
            ["aux"] = "a device name on Windows, where it cannot be a file name",
            ["nul"] = "a device name on Windows, where it cannot be a file name",
        };

        /// <summary>
        /// The stem: lower-case ASCII words joined by hyphens, split where the name changes from lower to upper case or
        /// between letters and digits (<c>VästerbottenHandlingsplan2018</c> → <c>vasterbotten-handlingsplan-2018</c>).
        /// Names that differ only in accents, punctuation or the case of a whole word (<c>Krokom</c>, <c>KROKOM</c>) get the
        /// same stem. A name with letters, digits or symbols that have no ASCII spelling (日本, a Cyrillic letter) gets a short
        /// hash of the name, so such names keep apart, as does a name without letters or digits; a stem longer than <see cref="MaxLength"/> is cut and gets a hash of
        /// the whole stem.
        /// </summary>
        public static string For(string name)
        {
            var words = new StringBuilder();
            var lossy = false;
            char? previous = null;
            foreach (var original in name)
            {
                var ascii = original < 128 ? original.ToString() : Latin.TryGetValue(original, out var spelling) ? spelling : null;
                if (ascii is null || !char.IsLetterOrDigit(ascii[0]))
                {
                    lossy |= ascii is null && (char.IsLetterOrDigit(original) || char.IsSymbol(original) || char.IsSurrogate(original));
                    if (CharUnicodeInfo.GetUnicodeCategory(original) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                    {
                        Hyphen(words);
                        previous = null;
                    }

                    continue;
                }

                var c = ascii[0];
                if (previous is { } p && (char.IsLower(p) && char.IsUpper(c) || char.IsLetter(p) != char.IsLetter(c)))
                {
                    Hyphen(words);
                }

                words.Append(ascii.ToLowerInvariant());
                previous = ascii[ascii.Length - 1];
            }

            var stem = words.ToString().Trim('-');
            if (lossy)
            {
                return Cut(stem.Length == 0 ? "plan" : stem, MaxLength - HashLength - 1) + "-" + Hash(name);
            }

            if (stem.Length > MaxLength)
            {
                return Cut(stem, MaxLength - HashLength - 1) + "-" + Hash(stem);
            }

            // A name of punctuation only ('_') has no words: a hash keeps it apart from a plan named Plan.
            return stem.Length == 0 ? "plan-" + Hash(name) : stem;
        }

        /// <summary>What a stem is reserved for (the list of all plans, a Windows device name), or null when it is free.</summary>
        public static string? ReservedFor(string stem) => ReservedStems.TryGetValue(stem, out var use) ? use : null;

        /// <summary><see cref="ReservedFor"/> in Swedish, for Swedish messages.</summary>
        public static string? ReservedForInSwedish(string stem) =>
            ReservedFor(stem) is null ? null
            : stem == Index ? "listan över alla planer (index.html och index.md)"
            : "enheter i Windows, där det inte kan vara ett filnamn";

        /// <summary>
        /// The plans whose reports cannot be written: each plan whose stem is reserved, and each plan whose stem an earlier
        /// plan (in the order given) already has, with that earlier plan. Plans are given by name; results refer to their index.
        /// </summary>
        public static IReadOnlyList<SlugConflict> Conflicts(IReadOnlyList<string> names)
        {
            var conflicts = new List<SlugConflict>();
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var index = 0; index < names.Count; index++)
            {
                var stem = For(names[index]);
                if (ReservedFor(stem) is { } use)
                {
                    conflicts.Add(new SlugConflict(index, stem, null, use));
                }
                else if (first.TryGetValue(stem, out var earlier))
                {
                    conflicts.Add(new SlugConflict(index, stem, earlier, null));
                }
                else
                {
                    first.Add(stem, index);
                }
            }

            return conflicts;
        }

        private static void Hyphen(StringBuilder words)
        {
            if (words.Length > 0 && words[words.Length - 1] != '-')
            {
                words.Append('-');
            }
        }

        private static string Cut(string stem, int length) => stem.Length <= length ? stem : stem.Substring(0, length).TrimEnd('-');

        /// <summary>FNV-1a over the UTF-16 code units, as 8 hex digits: the same on every machine and every run.</summary>
        private static string Hash(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// A plan whose reports cannot be written under its stem: <see cref="Earlier"/> is the index of the plan that already has
    /// the stem, or <see cref="ReservedFor"/> says what the stem is reserved for.
    /// </summary>
    public sealed record SlugConflict(int Plan, string Stem, int? Earlier, string? ReservedFor);
}
