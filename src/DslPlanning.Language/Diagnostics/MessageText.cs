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

        /// <summary>"a, b, c", each item in both languages.</summary>
        public static Phrase List(IEnumerable<Phrase> items) => Phrase.Join(", ", items);

        /// <summary>The items joined by ", " with <paramref name="last"/> (" och ", " eller ") before the last one: "a, b och c".</summary>
        public static string Joined(IEnumerable<string> items, string last)
        {
            var list = items.ToList();
            return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + last + list[list.Count - 1];
        }

        /// <summary>Every item: "a, b, c" / "a, b och c".</summary>
        public static Phrase AllOf(IEnumerable<string> items)
        {
            var list = items.ToList();
            return Phrase.Of(List(list), Joined(list, " och "));
        }

        /// <summary>"a, b or c" / "a, b eller c".</summary>
        public static Phrase Alternatives(IEnumerable<Phrase> items)
        {
            var list = items.ToList();
            return list.Count <= 1
                ? Phrase.Join(string.Empty, list)
                : Phrase.Join(", ", list.Take(list.Count - 1)) + Phrase.Of(" or ", " eller ") + list[list.Count - 1];
        }

        /// <summary>"a, b or c" / "a, b eller c".</summary>
        public static Phrase Alternatives(IEnumerable<string> items) => Alternatives(items.Select(item => (Phrase)item));

        /// <summary>" (did you mean 'x'?)" for the closest candidate, or nothing.</summary>
        public static Phrase DidYouMean(string? closest) =>
            closest is null ? Phrase.Empty : Phrase.Of($" (did you mean '{closest}'?)", $" (menade du '{closest}'?)");

        /// <summary>The word with its first letter in upper case: "Goal", "Municipal".</summary>
        public static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

        /// <summary>The phrase with its first letter in upper case, in each language.</summary>
        public static Phrase Capitalized(Phrase phrase) => phrase.Select(Capitalized);

        /// <summary>"1 finding" / "1 fynd", "3 findings" / "3 fynd".</summary>
        public static Phrase Counted(int count, Phrase singular, Phrase plural) =>
            count == 1 ? "1 " + singular : Number(count) + " " + plural;

        /// <summary>An amount, or "an amount too large to compute" when it saturated.</summary>
        public static Phrase Amount(Money amount) =>
            amount.IsSaturated ? Phrase.Of("an amount too large to compute", "ett belopp för stort för att räknas ut") : amount.ToString();

        /// <summary>"per place per year" / "per ort och år", or "in all" / "totalt" without units.</summary>
        public static Phrase Per(IReadOnlyList<CostUnit> units) =>
            units.Count == 0 ? Phrase.Of("in all", "totalt") : Phrase.Join(" ", units.Select(unit => "per " + UnitWord(unit)));

        /// <summary>A cost as stated: "about 200 kr per delivery" / "cirka 200 kr per hemsändning".</summary>
        public static Phrase Cost(Cost cost) =>
            BoundWord(cost.Bound) + cost.Amount.ToString() + Phrase.Join(string.Empty, cost.Per.Select(unit => " per " + UnitWord(unit)));

        /// <summary>"more than 10 km" / "mer än 10 km", "at least 15 km" / "minst 15 km".</summary>
        public static Phrase Requirement(Comparison comparison, Distance limit) => ComparisonWords(comparison) + " " + limit.ToString();

        /// <summary>A stated value with its comparison: "at least 3" / "minst 3", "80 %".</summary>
        public static Phrase Compared(Comparison comparison, Quantity value) =>
            comparison == Comparison.Exactly ? value.ToString() : ComparisonWords(comparison) + " " + value.ToString();

        /// <summary>A unit of a cost as the documents write it: "delivery" / "hemsändning".</summary>
        public static Phrase UnitWord(CostUnit unit) => unit switch
        {
            CostUnit.Year => Phrase.Of("year", "år"),
            CostUnit.Month => Phrase.Of("month", "månad"),
            CostUnit.Week => Phrase.Of("week", "vecka"),
            CostUnit.Place => Phrase.Of("place", "ort"),
            CostUnit.Store => Phrase.Of("store", "butik"),
            CostUnit.Delivery => Phrase.Of("delivery", "hemsändning"),
            CostUnit.Household => Phrase.Of("household", "hushåll"),
            CostUnit.Trip => Phrase.Of("trip", "tur"),
            CostUnit.Visit => Phrase.Of("visit", "besök"),
            CostUnit.Meeting => Phrase.Of("meeting", "möte"),
            CostUnit.Agreement => Phrase.Of("agreement", "avtal"),
            CostUnit.Participant => Phrase.Of("participant", "deltagare"),
            _ => unit.ToString().ToLowerInvariant(),
        };

        private static Phrase BoundWord(Comparison bound) => bound switch
        {
            Comparison.AtMost => Phrase.Of("at most ", "högst "),
            Comparison.About => Phrase.Of("about ", "cirka "),
            _ => Phrase.Empty,
        };

        private static Phrase ComparisonWords(Comparison comparison) => comparison switch
        {
            Comparison.MoreThan => Phrase.Of("more than", "mer än"),
            Comparison.AtLeast => Phrase.Of("at least", "minst"),
            Comparison.LessThan => Phrase.Of("less than", "mindre än"),
            Comparison.AtMost => Phrase.Of("at most", "högst"),
            Comparison.About => Phrase.Of("about", "cirka"),
            _ => Phrase.Of("exactly", "exakt"),
        };
    }
}
