using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DslPlanning.Language.Parsing;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// Titles that differ only in case, spacing and punctuation, or by one or two letters ("Landsbygdsprogrammet" and
    /// "Landsbygsprogrammet"). A plan's few titles are compared pair by pair (at most <see cref="PairwiseLimit"/>, a
    /// bounded cost); more are compared with the titles before them through the strings left after deleting up to two
    /// letters (two titles within that many edits share one), so the cost grows with the number of titles times the
    /// square of a title's length, never with the square of the number of titles. Both find the same pairs.
    /// </summary>
    internal static class NearDuplicates
    {
        /// <summary>Titles longer than this (letters and digits) are compared with one letter of difference at most.</summary>
        private const int LongTitle = 64;

        /// <summary>Up to this many titles, comparing every pair is cheaper than building the deleted strings.</summary>
        internal const int PairwiseLimit = 32;

        /// <summary>How many titles a deleted string remembers.</summary>
        private const int HoldersKept = 16;

        /// <summary>For each title that is a near duplicate of an earlier one: its index, the earliest such title's, and the letters between them.</summary>
        public static IEnumerable<(int Index, int First, int Letters)> Find(IReadOnlyList<string> titles) =>
            titles.Count <= PairwiseLimit ? Pairwise(titles) : ByDeletions(titles);

        internal static IEnumerable<(int Index, int First, int Letters)> Pairwise(IReadOnlyList<string> titles)
        {
            var keys = titles.Select(Key).ToList();
            for (var index = 0; index < keys.Count; index++)
            {
                for (var first = 0; first < index && keys[index].Length > 0; first++)
                {
                    var limit = Math.Min(Allowed(keys[index]), Allowed(keys[first]));
                    if (Math.Abs(keys[index].Length - keys[first].Length) > limit)
                    {
                        continue;
                    }

                    var letters = Suggestions.Distance(keys[index], keys[first], limit);
                    if (letters <= limit)
                    {
                        yield return (index, first, letters);
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// Each title against the earlier titles that share one of its deleted strings, the earliest first. A deleted string
        /// keeps its first <see cref="HoldersKept"/> titles: a form thousands of titles share costs no more than that.
        /// </summary>
        internal static IEnumerable<(int Index, int First, int Letters)> ByDeletions(IReadOnlyList<string> titles)
        {
            var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var keys = new string[titles.Count];
            for (var index = 0; index < titles.Count; index++)
            {
                var key = keys[index] = Key(titles[index]);
                if (key.Length == 0)
                {
                    continue;
                }

                var allowed = Allowed(key);
                var variants = Variants(key, allowed);
                var candidates = new SortedSet<int>();
                foreach (var variant in variants)
                {
                    if (holders.TryGetValue(variant, out var earlier))
                    {
                        candidates.UnionWith(earlier);
                    }
                }

                foreach (var first in candidates)
                {
                    var limit = Math.Min(allowed, Allowed(keys[first]));
                    var letters = Suggestions.Distance(key, keys[first], limit);
                    if (letters <= limit)
                    {
                        yield return (index, first, letters);
                        break;
                    }
                }

                foreach (var variant in variants)
                {
                    if (!holders.TryGetValue(variant, out var list))
                    {
                        holders.Add(variant, list = new List<int>());
                    }

                    if (list.Count < HoldersKept)
                    {
                        list.Add(index);
                    }
                }
            }
        }

        /// <summary>The letters and digits of a title in lower case: what is left when case, spacing and punctuation are set aside.</summary>
        private static string Key(string title)
        {
            var key = new StringBuilder(title.Length);
            foreach (var character in title.Where(char.IsLetterOrDigit))
            {
                key.Append(char.ToLowerInvariant(character));
            }

            return key.ToString();
        }

        /// <summary>How many letters two titles may differ by: none for short titles ("Ica" and "Coop"), one up to 11 letters, else two.</summary>
        private static int Allowed(string key) => key.Length < 6 ? 0 : key.Length < 12 || key.Length > LongTitle ? 1 : 2;

        /// <summary>The key and every string left after deleting up to <paramref name="deletions"/> of its characters.</summary>
        private static HashSet<string> Variants(string key, int deletions)
        {
            var variants = new HashSet<string>(StringComparer.Ordinal) { key };
            var level = new List<string> { key };
            for (var round = 0; round < deletions; round++)
            {
                var next = new List<string>();
                foreach (var word in level)
                {
                    for (var position = 0; position < word.Length; position++)
                    {
                        var shorter = word.Remove(position, 1);
                        if (variants.Add(shorter))
                        {
                            next.Add(shorter);
                        }
                    }
                }

                level = next;
            }

            return variants;
        }
    }
}
