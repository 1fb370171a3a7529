using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Features.Completion
{
    /// <summary>
    /// What may follow in the value of a statement with an amount, read from its words as <c>StatementGrammar</c> reads
    /// them: <c>cost [at most | about] &lt;money&gt; [per &lt;unit&gt;]… [, &lt;count&gt; &lt;units&gt; per year] [in &lt;years&gt;]</c>,
    /// <c>funding &lt;funder&gt; [&lt;values&gt;] [per &lt;unit&gt;]… [in &lt;years&gt;], …</c>, <c>budget &lt;money&gt; [per year] [in &lt;years&gt;]</c>,
    /// the measures (<c>target at least 80 % in 2030</c>) and the facts of a subsidy or scheme
    /// (<c>amount at most 250 000 kr per year</c>). After the keyword: the comparisons its grammar has (a cost's
    /// <c>at most</c> and <c>about</c>, as the language reference has its form; all of them for a measure and a scheme's
    /// term with a number; none for a subsidy's fact, which the binder does not let have one). After an amount: <c>per</c>
    /// and <c>in</c> (<c>by</c> for a target); after the number of a cost or budget without a unit, the units and then
    /// <c>per</c> and <c>in</c>, which the grammar reads there too; after <c>per</c>: the cost units where the statement has
    /// <c>per &lt;unit&gt;</c>, else <c>year</c> alone (the amount's <c>per year</c>). Null where the words are not such a
    /// value, or where the existing rules answer (elsewhere after a number without a unit the units; after a comma the funders).
    /// </summary>
    internal static class AmountCompletion
    {
        /// <summary>The measures with a year after their value (<c>completion</c> has none).</summary>
        private static readonly string[] Measures = { "baseline", "target", "actual", "progress" };

        /// <summary>What follows the words of <paramref name="site"/>, or null where this is no amount's statement.</summary>
        public static IReadOnlyList<Suggestion>? After(CompletionSite site, string blockName, IReadOnlyList<string> blockKeywords, PlanLanguage language)
        {
            var keyword = site.Words[0];
            if (site.LastWord == ",")
            {
                return null;
            }

            if (site.Words.Count < 2)
            {
                // Right after the keyword: the comparisons that may stand before its value.
                return keyword switch
                {
                    "cost" => CostComparisons(language),
                    _ when Measures.Contains(keyword) && blockKeywords.Contains(keyword) => AllComparisons(language),
                    _ when blockName == "scheme" && !blockKeywords.Contains(keyword) && TakesComparison(keyword) => AllComparisons(language),
                    _ => null,
                };
            }

            var reader = new Reader(site.Words, 1, language);
            return keyword switch
            {
                "cost" => reader.Cost(),
                "funding" => reader.Funding(),
                "budget" => reader.Budget(),
                _ when Measures.Contains(keyword) && blockKeywords.Contains(keyword) => reader.Measure(keyword),
                _ when blockName is "subsidy" or "scheme" && !blockKeywords.Contains(keyword) => reader.Fact(),
                _ => null,
            };
        }

        /// <summary>The units a number may carry (<see cref="UnitWords"/>, the list the scanner reads).</summary>
        public static IEnumerable<Suggestion> Units(PlanLanguage language) =>
            UnitWords.All.Select(unit => new Suggestion(unit.Word, SuggestionKind.Unit, unit.Description.In(language), null));

        /// <summary>A cost's bound, as the language reference writes its form: <c>cost [at most | about] &lt;money&gt; …</c>.</summary>
        private static IReadOnlyList<Suggestion> CostComparisons(PlanLanguage language) => new[] { AtMost(language), About(language) };

        /// <summary>The comparisons of <c>Tokens.Comparison</c>, in the language reference's order.</summary>
        private static IReadOnlyList<Suggestion> AllComparisons(PlanLanguage language) => new[]
        {
            Keyword("at least", Phrase.Of("at least <value>: the value or more", "at least <värde>: värdet eller mer"), language),
            AtMost(language),
            Keyword("more than", Phrase.Of("more than <value>: above the value", "more than <värde>: över värdet"), language),
            Keyword("less than", Phrase.Of("less than <value>: below the value", "less than <värde>: under värdet"), language),
            About(language),
        };

        private static Suggestion AtMost(PlanLanguage language) =>
            Keyword("at most", Phrase.Of("at most <value>: the value or less", "at most <värde>: värdet eller mindre"), language);

        private static Suggestion About(PlanLanguage language) =>
            Keyword("about", Phrase.Of("about <value>: an estimate", "about <värde>: en uppskattning"), language);

        /// <summary>A scheme's term whose value is a number: the binder lets it have a comparison (<c>amount at most 250 000 kr</c>).</summary>
        private static bool TakesComparison(string term) =>
            FactKind.Find(FactKind.SchemeTerms, term)?.Type is FactType.Money or FactType.Distance or FactType.Percent or FactType.Hours or FactType.Count or FactType.Duration;

        /// <summary>The units of a cost's <c>per</c> (one word each, singular), those given already left out.</summary>
        public static IEnumerable<Suggestion> PerUnits(IEnumerable<string> given, PlanLanguage language)
        {
            var present = new HashSet<CostUnit>(given.Select(word => Vocabularies.CostUnits.TryGet(word, out var unit) ? unit : (CostUnit?)null).OfType<CostUnit>());
            return Enum.GetValues<CostUnit>().Where(unit => !present.Contains(unit)).Select(unit => PerUnit(unit, language));
        }

        /// <summary><c>year</c> after <c>per</c>, where only an amount's <c>per year</c> may stand.</summary>
        public static IEnumerable<Suggestion> PerYearOnly(PlanLanguage language) => new[] { PerUnit(CostUnit.Year, language) };

        /// <summary><c>per</c> after an amount: "per &lt;unit&gt;", or "per year" where no other unit may follow.</summary>
        public static Suggestion Per(bool anyUnit, PlanLanguage language) => Keyword(
            "per",
            anyUnit
                ? Phrase.Of("per <unit>: what the amount is for (year, delivery, household …)", "per <enhet>: vad beloppet avser (år, hemsändning, hushåll …)")
                : Phrase.Of("per year: the amount each year", "per year: beloppet per år"),
            language);

        private static Suggestion PerUnit(CostUnit unit, PlanLanguage language) => new(
            Vocabularies.CostUnits.WordFor(unit),
            SuggestionKind.Word,
            (Vocabularies.CostUnits.Category + ": per " + MessageText.UnitWord(unit)).In(language),
            null);

        private static Suggestion In(PlanLanguage language, bool measure) => Keyword(
            "in",
            measure
                ? Phrase.Of("in <year>: the year of the value", "in <år>: året värdet avser")
                : Phrase.Of("in <year or range>: the years it applies to (2025..2027)", "in <år eller period>: de år det gäller (2025..2027)"),
            language);

        private static Suggestion By(PlanLanguage language) =>
            Keyword("by", Phrase.Of("by <year or date>: when the target is to be reached", "by <år eller datum>: när målet ska vara nått"), language);

        private static Suggestion Keyword(string word, Phrase description, PlanLanguage language) =>
            new(word, SuggestionKind.Keyword, description.In(language), null);

        /// <summary>Where the reading of an amount stopped.</summary>
        private enum Amount
        {
            /// <summary>The words are no amount: something else stands there.</summary>
            None,

            /// <summary>The words end in a number: its unit comes next (the units are offered as before).</summary>
            EndsInNumber,

            /// <summary>The words end after the amount's unit: <c>20 000 kr</c>.</summary>
            EndsAfterUnit,

            /// <summary>The words end in the amount's <c>per</c>.</summary>
            EndsInPer,

            /// <summary>An amount, and more words after it.</summary>
            Read,
        }

        /// <summary>The words of a statement's value, read from <see cref="_index"/> on; each method answers at the words' end.</summary>
        private sealed class Reader
        {
            private readonly IReadOnlyList<string> _words;
            private readonly PlanLanguage _language;
            private int _index;

            public Reader(IReadOnlyList<string> words, int index, PlanLanguage language)
            {
                _words = words;
                _index = index;
                _language = language;
            }

            private bool AtEnd => _index >= _words.Count;

            private string Current => _words[_index];

            private static readonly IReadOnlyList<Suggestion> Nothing = Array.Empty<Suggestion>();

            /// <summary><c>cost [at most | about] &lt;money&gt; [per &lt;unit&gt;]… [, &lt;count&gt; &lt;units&gt; per year] [in &lt;years&gt;]</c>.</summary>
            public IReadOnlyList<Suggestion>? Cost()
            {
                if (!SkipComparison())
                {
                    return Nothing;
                }

                switch (ReadAmount(out var perYear))
                {
                    case Amount.EndsInNumber:
                        // The grammar reads per and in after a number without a unit as well (cost 20 000 per delivery).
                        return Units(_language).Append(Per(anyUnit: true, _language)).Append(In(_language, measure: false)).ToList();
                    case Amount.EndsAfterUnit:
                        return new[] { Per(anyUnit: true, _language), In(_language, measure: false) };
                    case Amount.EndsInPer:
                        return PerUnits(Array.Empty<string>(), _language).ToList();
                    case Amount.None:
                        return Nothing;
                }

                var units = perYear ? new List<string> { "year" } : new List<string>();
                if (ReadPerUnits(units) is { } atPer)
                {
                    return atPer;
                }

                if (AtEnd)
                {
                    return new[] { Per(anyUnit: true, _language), In(_language, measure: false) };
                }

                if (Current == ",")
                {
                    // The volume: a count, a word for what is counted, and "per year".
                    _index++;
                    if (AtEnd || !StartsAsNumber(Current))
                    {
                        return Nothing;
                    }

                    while (!AtEnd && StartsAsNumber(Current))
                    {
                        _index++;
                    }

                    if (AtEnd)
                    {
                        return null;
                    }

                    _index++;
                    if (AtEnd)
                    {
                        return new[] { Per(anyUnit: false, _language), In(_language, measure: false) };
                    }

                    if (Current == "per")
                    {
                        _index++;
                        if (AtEnd)
                        {
                            return PerYearOnly(_language).ToList();
                        }

                        _index++;
                        if (AtEnd)
                        {
                            return new[] { In(_language, measure: false) };
                        }
                    }
                }

                return Nothing;
            }

            /// <summary><c>funding &lt;funder&gt; [&lt;percent&gt;] [&lt;money&gt;] [per &lt;unit&gt;]… [in &lt;years&gt;], …</c>: the last item after its funder.</summary>
            public IReadOnlyList<Suggestion>? Funding()
            {
                var lastComma = -1;
                for (var index = 0; index < _words.Count; index++)
                {
                    lastComma = _words[index] == "," ? index : lastComma;
                }

                // The item's funder, then its values.
                _index = Math.Max(lastComma, 0) + 2;
                if (_index > _words.Count)
                {
                    return null;
                }

                var units = new List<string>();
                while (!AtEnd && StartsAsNumber(Current))
                {
                    switch (ReadAmount(out var perYear))
                    {
                        case Amount.EndsInNumber:
                            return null;
                        case Amount.EndsInPer:
                            return PerUnits(units, _language).ToList();
                    }

                    if (perYear)
                    {
                        units.Add("year");
                    }
                }

                if (ReadPerUnits(units) is { } atPer)
                {
                    return atPer;
                }

                return AtEnd ? new[] { Per(anyUnit: true, _language), In(_language, measure: false) } : Nothing;
            }

            /// <summary><c>budget &lt;money&gt; [per year] [in &lt;years&gt;]</c>.</summary>
            public IReadOnlyList<Suggestion>? Budget() => ReadAmount(out var perYear) switch
            {
                // The grammar reads per year and in after a number without a unit as well (budget 400 000 in 2026).
                Amount.EndsInNumber => Units(_language).Append(Per(anyUnit: false, _language)).Append(In(_language, measure: false)).ToList(),
                Amount.EndsAfterUnit => new[] { Per(anyUnit: false, _language), In(_language, measure: false) },
                Amount.EndsInPer => PerYearOnly(_language).ToList(),
                Amount.Read when AtEnd && perYear => new[] { In(_language, measure: false) },
                _ => Nothing,
            };

            /// <summary><c>baseline | target | actual | progress [&lt;comparison&gt;] &lt;value&gt; [in &lt;year&gt; | by &lt;date&gt;]</c>.</summary>
            public IReadOnlyList<Suggestion>? Measure(string keyword)
            {
                if (!SkipComparison())
                {
                    return Nothing;
                }

                // The year of a value, as the language reference has it: by only for a target; progress is a share, never per year.
                IReadOnlyList<Suggestion> year = keyword == "target"
                    ? new[] { In(_language, measure: true), By(_language) }
                    : new[] { In(_language, measure: true) };
                return ReadAmount(out var perYear) switch
                {
                    Amount.EndsInNumber => null,
                    Amount.EndsAfterUnit when keyword == "progress" => year,
                    Amount.EndsAfterUnit => year.Prepend(Per(anyUnit: false, _language)).ToList(),
                    Amount.EndsInPer => PerYearOnly(_language).ToList(),
                    Amount.Read when AtEnd && perYear => year,
                    _ => Nothing,
                };
            }

            /// <summary>A fact of a subsidy or term of a scheme: <c>&lt;fact&gt; [&lt;comparison&gt;] &lt;value&gt; ["condition"]</c>.</summary>
            public IReadOnlyList<Suggestion>? Fact()
            {
                if (!SkipComparison())
                {
                    return Nothing;
                }

                if (AtEnd || !StartsAsNumber(Current))
                {
                    // A word (year-round, accessibility …) or nothing yet: the words of the fact, as before.
                    return null;
                }

                return ReadAmount(out _) switch
                {
                    Amount.EndsInNumber => null,
                    Amount.EndsAfterUnit => new[] { Per(anyUnit: false, _language) },
                    Amount.EndsInPer => PerYearOnly(_language).ToList(),
                    _ => Nothing,
                };
            }

            /// <summary>Skips <c>at most</c>, <c>about</c> …; false where the words end within one (<c>at</c>).</summary>
            private bool SkipComparison()
            {
                if (AtEnd)
                {
                    return true;
                }

                if (Current == "about")
                {
                    _index++;
                    return true;
                }

                if (Current is "at" or "more" or "less")
                {
                    _index += 2;
                    return _index <= _words.Count;
                }

                return true;
            }

            /// <summary>
            /// A number, its digit groups, its unit (<c>kr</c>, <c>%</c>, <c>kr/year</c>) and its <c>per year</c>, as the
            /// scanner reads an amount. <paramref name="perYear"/> says whether it ends in <c>per year</c>.
            /// </summary>
            private Amount ReadAmount(out bool perYear)
            {
                perYear = false;
                if (AtEnd || !StartsAsNumber(Current))
                {
                    return Amount.None;
                }

                var unit = false;
                while (!AtEnd && StartsAsNumber(Current))
                {
                    unit = unit || !char.IsDigit(Current[Current.Length - 1]);
                    _index++;
                }

                if (AtEnd)
                {
                    // A unit written against the number (50%, 400kr) is the number's.
                    return unit ? Amount.EndsAfterUnit : Amount.EndsInNumber;
                }

                if (!unit && IsUnit(Current, out perYear))
                {
                    _index++;
                    unit = true;
                    if (AtEnd && !perYear)
                    {
                        return Amount.EndsAfterUnit;
                    }
                }

                if (!perYear && !AtEnd && Current == "per")
                {
                    if (_index + 1 == _words.Count)
                    {
                        _index++;
                        return Amount.EndsInPer;
                    }

                    if (_words[_index + 1] == "year")
                    {
                        _index += 2;
                        perYear = true;
                    }
                }

                return Amount.Read;
            }

            /// <summary><c>per &lt;unit&gt;</c>…, each unit added to <paramref name="units"/>; the units where the words end in <c>per</c>.</summary>
            private IReadOnlyList<Suggestion>? ReadPerUnits(List<string> units)
            {
                while (!AtEnd && Current == "per")
                {
                    _index++;
                    if (AtEnd)
                    {
                        return PerUnits(units, _language).ToList();
                    }

                    units.Add(Current);
                    _index++;
                }

                if (!AtEnd && Current == "in")
                {
                    _index++;
                    return Nothing;
                }

                return null;
            }

            /// <summary>A unit word (<c>kr</c>, <c>%</c>, <c>h/week</c>) or one with <c>/year</c> (<c>kr/year</c>).</summary>
            private static bool IsUnit(string word, out bool perYear)
            {
                perYear = word.EndsWith("/year", StringComparison.Ordinal) && UnitWords.Find(word.Substring(0, word.Length - "/year".Length)) is not null;
                return perYear || UnitWords.Find(word) is not null;
            }

            /// <summary>A word that starts with a digit: a number, a digit group, or a number with its unit written against it (<c>50%</c>).</summary>
            private static bool StartsAsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);
        }
    }
}
