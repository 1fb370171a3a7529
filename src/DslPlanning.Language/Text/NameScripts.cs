using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Language.Text
{
    /// <summary>
    /// Mixed-script detection for names, after Unicode TR39 (section 5.1, "single script"): the scripts of a name's
    /// letters, digits and marks, leaving out characters of no script (ASCII digits, '_', general combining marks), must
    /// be one, or one of the combinations Japanese, Chinese and Korean writing uses with Latin. <c>Krokomskommun</c> with a
    /// Cyrillic <c>к</c> is Latin and Cyrillic: it can look exactly like the name in Latin letters.
    /// </summary>
    public static class NameScripts
    {
        private static readonly string[][] Combinations =
        {
            new[] { "Latin", "Han", "Hiragana", "Katakana" },
            new[] { "Latin", "Han", "Bopomofo" },
            new[] { "Latin", "Han", "Hangul" },
        };

        /// <summary>When <paramref name="name"/> mixes scripts: the script of most of its characters, and its characters of other scripts (each once).</summary>
        public static (string Script, IReadOnlyList<(char Character, string Script)> Others)? Mixed(string name)
        {
            var characters = name.Select(c => (Character: c, Script: UnicodeData.Script(c))).Where(entry => entry.Script is not null).ToList();
            var scripts = characters.Select(entry => entry.Script!).Distinct().ToList();
            if (scripts.Count <= 1 || Combinations.Any(combination => scripts.All(combination.Contains)))
            {
                return null;
            }

            var main = scripts.OrderByDescending(script => characters.Count(entry => entry.Script == script)).First();
            return (main, characters.Where(entry => entry.Script != main).Select(entry => (entry.Character, entry.Script!)).Distinct().ToList());
        }
    }
}
