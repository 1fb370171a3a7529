using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>
    /// The scripts of names (Unicode script names: "Latin", "Cyrillic" …) as messages name them, in both languages:
    /// "Latin" / "latinska bokstäver", "Cyrillic 'к' (U+043A)" / "kyrilliskt 'к' (U+043A)".
    /// </summary>
    internal static class ScriptWords
    {
        /// <summary>The Swedish adjective of a script, without ending ("latinsk"), for the scripts Swedish has a word for.</summary>
        private static readonly Dictionary<string, string> Adjectives = new()
        {
            ["Latin"] = "latinsk",
            ["Cyrillic"] = "kyrillisk",
            ["Greek"] = "grekisk",
            ["Armenian"] = "armenisk",
            ["Georgian"] = "georgisk",
            ["Arabic"] = "arabisk",
            ["Hebrew"] = "hebreisk",
            ["Coptic"] = "koptisk",
            ["Thai"] = "thailändsk",
            ["Mongolian"] = "mongolisk",
            ["Tibetan"] = "tibetansk",
            ["Ethiopic"] = "etiopisk",
        };

        /// <summary>The letters of a script: "Latin" (before "letters" in English) / "latinska bokstäver".</summary>
        public static Phrase Letters(string script) =>
            Phrase.Of(script, Adjectives.TryGetValue(script, out var adjective) ? adjective + "a bokstäver" : "tecken i skriftsystemet " + script);

        /// <summary>One character of a script: "Cyrillic 'к' (U+043A)" / "kyrilliskt 'к' (U+043A)".</summary>
        public static Phrase Letter(string script, char character)
        {
            var quoted = $"'{character}' (U+{(int)character:X4})";
            return Phrase.Of(script + " " + quoted, Adjectives.TryGetValue(script, out var adjective) ? adjective + "t " + quoted : quoted + " i skriftsystemet " + script);
        }

        /// <summary>"A and B and C" / "A, B och C".</summary>
        public static Phrase Each(IEnumerable<Phrase> items)
        {
            var list = items.ToList();
            var english = string.Join(" and ", list.Select(item => item.English));
            var swedish = MessageText.Joined(list.Select(item => item.Swedish), " och ");
            return Phrase.Of(english, swedish);
        }
    }
}
