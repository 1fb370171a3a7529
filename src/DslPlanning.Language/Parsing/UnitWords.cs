using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Language.Parsing
{
    /// <summary>A word that may follow a number: the unit it stands for, the factor it multiplies the number by, and what it means.</summary>
    public sealed record UnitWord(string Word, string Unit, decimal Factor, string Description);

    /// <summary>The units a number may carry, as the scanner reads them; completion offers the same list.</summary>
    public static class UnitWords
    {
        public static IReadOnlyList<UnitWord> All { get; } = new[]
        {
            new UnitWord("kr", "kr", 1m, "money in kronor: 50 000 kr"),
            new UnitWord("kronor", "kr", 1m, "money in kronor, written out"),
            new UnitWord("tkr", "kr", 1_000m, "money in thousands of kronor: 400 tkr = 400 000 kr"),
            new UnitWord("mkr", "kr", 1_000_000m, "money in millions of kronor: 2 mkr = 2 000 000 kr"),
            new UnitWord("Mkr", "kr", 1_000_000m, "money in millions of kronor"),
            new UnitWord("mnkr", "kr", 1_000_000m, "money in millions of kronor"),
            new UnitWord("Mnkr", "kr", 1_000_000m, "money in millions of kronor"),
            new UnitWord("%", "%", 1m, "a percentage: 50 %"),
            new UnitWord("km", "km", 1m, "a distance: 28 km"),
            new UnitWord("h/week", "h/week", 1m, "opening hours per week: 45 h/week"),
            new UnitWord("years", "years", 1m, "a duration: 3 years"),
            new UnitWord("year", "years", 1m, "a duration of one year"),
        };

        private static readonly Dictionary<string, UnitWord> ByWord = All.ToDictionary(unit => unit.Word, System.StringComparer.Ordinal);

        /// <summary>The unit written as <paramref name="word"/>, or null.</summary>
        public static UnitWord? Find(string word) => ByWord.TryGetValue(word, out var unit) ? unit : null;
    }
}
