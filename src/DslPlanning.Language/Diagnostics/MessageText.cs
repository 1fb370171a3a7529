using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>
    /// How the facts of a diagnostic read in its message: numbers, years, lists, amounts and comparisons. The one place
    /// the factories of <see cref="Diagnose"/> format with, so a figure reads the same in every message.
    /// </summary>
    public static class MessageText
    {
        /// <summary>A whole number as written in code and line numbers: <c>2024</c>, <c>12</c>.</summary>
        public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A count as Swedish texts write it: <c>1 000</c>.</summary>
        public static string Count(decimal value) => SwedishNumber.Format(value);

        /// <summary>Years as ranges: "2023–2025, 2028".</summary>
        public static string YearRanges(IEnumerable<int> years)
        {
            var sorted = years.OrderBy(year => year).ToList();
            var parts = new List<string>();
            for (var i = 0; i < sorted.Count; i++)
            {
                var first = sorted[i];
                while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1)
                {
                    i++;
                }

                parts.Add(new YearRange(first, sorted[i]).ToString());
            }

            return string.Join(", ", parts);
        }

        /// <summary>"a, b, c".</summary>
        public static string List(IEnumerable<string> items) => string.Join(", ", items);

        /// <summary>"a, b or c".</summary>
        public static string Alternatives(IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[list.Count - 1];
        }

        /// <summary>" (did you mean 'x'?)" for the closest candidate, or nothing.</summary>
        public static string DidYouMean(string? closest) => closest is null ? string.Empty : $" (did you mean '{closest}'?)";

        /// <summary>The word with its first letter in upper case: "Goal", "Municipal".</summary>
        public static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

        /// <summary>"1 finding", "3 findings".</summary>
        public static string Counted(int count, string singular, string plural) => count == 1 ? "1 " + singular : Number(count) + " " + plural;

        /// <summary>An amount, or "an amount too large to compute" when it saturated.</summary>
        public static string Amount(Money amount) => amount.IsSaturated ? "an amount too large to compute" : amount.ToString();

        /// <summary>"per place per year", or "in all" without units.</summary>
        public static string Per(IReadOnlyList<CostUnit> units) =>
            units.Count == 0 ? "in all" : string.Join(" ", units.Select(unit => "per " + UnitWord(unit)));

        /// <summary>A cost as stated: "about 200 kr per delivery".</summary>
        public static string Cost(Cost cost) =>
            BoundWord(cost.Bound) + cost.Amount + string.Concat(cost.Per.Select(unit => " per " + UnitWord(unit)));

        /// <summary>"more than 10 km", "at least 15 km".</summary>
        public static string Requirement(Comparison comparison, Distance limit) => ComparisonWords(comparison) + " " + limit;

        /// <summary>A stated value with its comparison: "at least 3", "80 %".</summary>
        public static string Compared(Comparison comparison, Quantity value) =>
            comparison == Comparison.Exactly ? value.ToString() : ComparisonWords(comparison) + " " + value;

        private static string UnitWord(CostUnit unit) => unit.ToString().ToLowerInvariant();

        private static string BoundWord(Comparison bound) => bound switch
        {
            Comparison.AtMost => "at most ",
            Comparison.About => "about ",
            _ => string.Empty,
        };

        private static string ComparisonWords(Comparison comparison) => comparison switch
        {
            Comparison.MoreThan => "more than",
            Comparison.AtLeast => "at least",
            Comparison.LessThan => "less than",
            Comparison.AtMost => "at most",
            Comparison.About => "about",
            _ => "exactly",
        };
    }
}
