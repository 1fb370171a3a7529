using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP0010, SP0011, SP1018: the text of a plan file and its names.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP0010: the first byte that is not UTF-8, or (null) a U+FFFD that replaced bytes that could not be read.</summary>
        public static DiagnosticMessage NotUtf8(byte? invalidByte)
        {
            if (invalidByte is not { } value)
            {
                return new(DiagnosticCatalog.NotUtf8, Phrase.Of(
                    "the character U+FFFD here replaces bytes that could not be read as UTF-8",
                    "tecknet U+FFFD här ersätter byte som inte kunde läsas som UTF-8"));
            }

            // Latin-1 (ISO-8859-1) names the character the byte most likely was: 0xE5 is 'å'.
            var latin1 = value >= 0xA0 ? Phrase.Of($" (in ISO-8859-1 it is '{(char)value}')", $" (i ISO-8859-1 är det '{(char)value}')") : Phrase.Empty;
            var hex = string.Format(CultureInfo.InvariantCulture, "0x{0:X2}", value);
            return new(DiagnosticCatalog.NotUtf8, Phrase.Of("byte " + hex + " here is not UTF-8", "byten " + hex + " här är inte UTF-8") + latin1);
        }

        /// <summary>SP0011: <paramref name="name"/> mixes letters of <paramref name="script"/> with <paramref name="others"/> (the first three are named).</summary>
        public static DiagnosticMessage MixedScriptName(string name, string script, IReadOnlyList<(char Character, string Script)> others) =>
            new(DiagnosticCatalog.MixedScriptName, name, ScriptWords.Letters(script),
                ScriptWords.Each(others.Take(3).Select(other => ScriptWords.Letter(other.Script, other.Character))) + (others.Count > 3 ? " …" : string.Empty));

        /// <summary>SP1018: <paramref name="name"/> (a <paramref name="kind"/>) looks like <paramref name="otherName"/>, declared <paramref name="otherWhere"/>.</summary>
        /// <param name="kind">As it stands before a name: "place" / "orten" (<see cref="Semantics.KindNouns.BeforeName(Semantics.SymbolKind)"/>); so <paramref name="otherKind"/>.</param>
        /// <param name="otherWhere">"line 12" / "rad 12", or the location in another file.</param>
        /// <param name="difference">Which characters differ, e.g. "Cyrillic 'о' (U+043E) where the other has Latin 'o'".</param>
        public static DiagnosticMessage ConfusableName(Phrase kind, string name, Phrase otherKind, string otherName, Phrase otherWhere, Phrase difference) =>
            new(DiagnosticCatalog.ConfusableName, MessageText.Capitalized(kind), name, otherKind, otherName, otherWhere, difference);
    }
}
