using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// A word that may follow a number: the unit it stands for, the factor it multiplies the number by, and what it means
    /// in English and Swedish (the word and its examples are the language's own).
    /// </summary>
    public sealed record UnitWord(string Word, string Unit, decimal Factor, Phrase Description);

    /// <summary>The units a number may carry, as the scanner reads them; completion offers the same list.</summary>
    public static class UnitWords
    {
        public static IReadOnlyList<UnitWord> All { get; } = new[]
        {
            new UnitWord("kr", "kr", 1m, Phrase.Of("money in kronor: 50 000 kr", "belopp i kronor: 50 000 kr")),
            new UnitWord("kronor", "kr", 1m, Phrase.Of("money in kronor, written out", "belopp i kronor, utskrivet")),
            new UnitWord("tkr", "kr", 1_000m, Phrase.Of("money in thousands of kronor: 400 tkr = 400 000 kr", "belopp i tusental kronor: 400 tkr = 400 000 kr")),
            new UnitWord("mkr", "kr", 1_000_000m, Phrase.Of("money in millions of kronor: 2 mkr = 2 000 000 kr", "belopp i miljoner kronor: 2 mkr = 2 000 000 kr")),
            new UnitWord("Mkr", "kr", 1_000_000m, Phrase.Of("money in millions of kronor", "belopp i miljoner kronor")),
            new UnitWord("mnkr", "kr", 1_000_000m, Phrase.Of("money in millions of kronor", "belopp i miljoner kronor")),
            new UnitWord("Mnkr", "kr", 1_000_000m, Phrase.Of("money in millions of kronor", "belopp i miljoner kronor")),
            new UnitWord("%", "%", 1m, Phrase.Of("a percentage: 50 %", "en andel i procent: 50 %")),
            new UnitWord("km", "km", 1m, Phrase.Of("a distance: 28 km", "ett avstånd: 28 km")),
            new UnitWord("h/week", "h/week", 1m, Phrase.Of("opening hours per week: 45 h/week", "öppettimmar per vecka: 45 h/week")),
            new UnitWord("years", "years", 1m, Phrase.Of("a duration: 3 years", "en tidsperiod i år: 3 years")),
            new UnitWord("year", "years", 1m, Phrase.Of("a duration of one year", "en tidsperiod på ett år")),
        };

        private static readonly Dictionary<string, UnitWord> ByWord = All.ToDictionary(unit => unit.Word, System.StringComparer.Ordinal);

        /// <summary>The unit written as <paramref name="word"/>, or null.</summary>
        public static UnitWord? Find(string word) => ByWord.TryGetValue(word, out var unit) ? unit : null;
    }
}
