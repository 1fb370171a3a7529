using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;
using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>Parsers for the one-line statements. Each parser starts at the statement's keyword.</summary>
    internal static class StatementGrammar
    {
        private static readonly string[] ExpectedSomething = Combinators.Expecting("something");

        private static readonly Grammar<ValueSyntax> Year = Tokens.Numeric.Named("a year or year range (e.g. 2023..2030)");

        /// <summary><c>in 2024</c> / <c>by 2026</c>: the year of a value.</summary>
        private static readonly Grammar<ValueSyntax> YearClause =
            from _ in Choice(Tokens.Keyword("in"), Tokens.Keyword("by"))
            from year in Year
            select year;

        private static readonly Grammar<ValueSyntax> InYears =
            from _ in Tokens.Keyword("in")
            from years in Year
            select years;

        private static readonly Grammar<NameSyntax> PerUnit =
            from _ in Tokens.Keyword("per")
            from unit in Tokens.Name.Named("a unit (year, place, delivery, household …)")
            select unit;

        /// <summary><c>keyword value</c>.</summary>
        public static Grammar<StatementSyntax> Value(string keyword, Grammar<ValueSyntax> value, string expectation) =>
            (from k in Tokens.Keyword(keyword)
             from v in value.Named(expectation)
             select (k, v))
            .Spanned((x, span) => (StatementSyntax)new ValueStatementSyntax(x.k, x.v, span));

        public static Grammar<StatementSyntax> TextStatement(string keyword) =>
            Value(keyword, Tokens.String.As<StringSyntax, ValueSyntax>(), "a text in quotes");

        public static Grammar<StatementSyntax> Names(string keyword, string expectation) =>
            Value(keyword, ValueGrammar.References.As<ReferenceListSyntax, ValueSyntax>(), expectation);

        public static Grammar<StatementSyntax> AnyValue(string keyword, string expectation) =>
            Value(keyword, ValueGrammar.Value, expectation);

        /// <summary>A keyword alone: <c>island</c>.</summary>
        public static Grammar<StatementSyntax> Flag(string keyword) =>
            Tokens.Keyword(keyword).Spanned((k, span) => (StatementSyntax)new ValueStatementSyntax(k, null, span));

        private sealed record Frequency(NameSyntax Word, QuantitySyntax? Interval);

        /// <summary><c>yearly</c> or <c>every 2 years</c>.</summary>
        private static readonly Grammar<Frequency> FrequencyClause = Choice(
            Tokens.Keyword("yearly").Select(word => new Frequency(word, null)),
            from every in Tokens.Keyword("every")
            from interval in Tokens.Quantity.Named("a number of years")
            select new Frequency(every, interval));

        public static readonly Grammar<StatementSyntax> Review =
            (from k in Tokens.Keyword("review")
             from frequency in FrequencyClause.Named("'yearly' or 'every <n> years'")
             select (k, frequency))
            .Spanned((x, span) => (StatementSyntax)new ReviewSyntax(x.k, x.frequency.Word, x.frequency.Interval, span));

        public static readonly Grammar<StatementSyntax> Report =
            (from k in Tokens.Keyword("report")
             from _ in Tokens.Keyword("to")
             from to in ValueGrammar.Reference.Named("who the report goes to")
             from frequency in FrequencyClause.Maybe()
             from deadline in (from _ in Tokens.Keyword("by") from day in Tokens.Numeric.Named("a day of the year (e.g. 01-31)") select day).Maybe()
             from firstYear in (from _ in Tokens.Keyword("from") from year in Year select year).Maybe()
             select (k, to, frequency, deadline, firstYear))
            .Spanned((x, span) => (StatementSyntax)new ReportSyntax(x.k, x.to, x.frequency?.Word, x.frequency?.Interval, x.deadline, x.firstYear, span));

        public static readonly Grammar<StatementSyntax> Budget =
            (from k in Tokens.Keyword("budget")
             from amount in Tokens.Numeric.Named("an amount (e.g. 400 000 kr per year)")
             from years in Choice(InYears, Tokens.Numeric).Maybe()
             select (k, amount, years))
            .Spanned((x, span) => (StatementSyntax)new BudgetSyntax(x.k, x.amount, x.years, span));

        /// <summary>A named fact inside a list: <c>turnover 3 200 000 kr</c>, <c>year-round</c>, <c>groceries 28 km</c>.</summary>
        private static readonly Grammar<FactSyntax> ListFact =
            (from name in Tokens.Name.Named("a fact (e.g. turnover)")
             from comparison in Tokens.Comparison.Maybe()
             from value in ValueGrammar.Scalar.Maybe()
             select (name, comparison, value))
            .Spanned((x, span) => new FactSyntax(x.name, x.comparison, x.value, null, span));

        /// <summary><c>store "name" turnover …, articles …</c> and <c>nearest groceries 28 km, fuel 12 km</c>.</summary>
        public static Grammar<StatementSyntax> FactList(string keyword, bool title) =>
            (from k in Tokens.Keyword(keyword)
             from t in title ? Tokens.String.Maybe() : Combinators.Return<StringSyntax?>(null)
             from facts in ListFact.SeparatedBy(Tokens.ListSeparator).Maybe()
             select (k, t, facts))
            .Spanned((x, span) => (StatementSyntax)new FactListSyntax(x.k, x.t, x.facts ?? ValueList<FactSyntax>.Empty, span));

        /// <summary>A fact as a statement (subsidy and scheme blocks): <c>net-cost 120 000 kr</c>, <c>amount at most 250 000 kr per year "…"</c>.</summary>
        public static readonly Grammar<StatementSyntax> Fact =
            (from name in Tokens.Name
             from comparison in Tokens.Comparison.Maybe()
             from value in ValueGrammar.Value.Maybe()
             from condition in Tokens.String.Maybe()
             select (name, comparison, value, condition))
            .Spanned((x, span) => (StatementSyntax)new FactStatementSyntax(x.name, new FactSyntax(x.name, x.comparison, x.value, x.condition, span), span));

        /// <summary><c>baseline 1 in 2023</c>, <c>target at least 80 % in 2015</c>, <c>actual 83 % in 2015 "note"</c>, <c>completion &gt; 50 %</c>.</summary>
        public static Grammar<MeasureSyntax> Measure(string keyword) =>
            (from k in Tokens.Keyword(keyword)
             from comparison in Tokens.Comparison.Maybe()
             from value in Tokens.Numeric.Named("a value (e.g. 80 %, 15 per year, 2 000 000 kr)")
             from year in YearClause.Maybe()
             from note in Tokens.String.Maybe()
             select (k, comparison, value, year, note))
            .Spanned((x, span) => new MeasureSyntax(x.k, x.comparison, x.value, x.year, x.note, span));

        public static Grammar<StatementSyntax> MeasureStatement(string keyword) => Measure(keyword).As<MeasureSyntax, StatementSyntax>();

        public static readonly Grammar<StatementSyntax> Indicator =
            (from k in Tokens.Keyword("indicator")
             from text in Tokens.String.Named("what the indicator measures, in quotes")
             from baseline in Measure("baseline").Maybe()
             from target in Measure("target").Maybe()
             select (k, text, baseline, target))
            .Spanned((x, span) => (StatementSyntax)new IndicatorSyntax(x.k, x.text, x.baseline, x.target, span));

        private static readonly Grammar<VolumeSyntax> Volume =
            from _ in Tokens.ListSeparator
            from volume in
                (from count in Tokens.Numeric.Named("a count (e.g. 600 deliveries per year)")
                 from unit in Tokens.Name.Named("a unit (e.g. deliveries)")
                 from perYear in Tokens.PerYear.Maybe()
                 select (count, unit, perYear))
                .Spanned((x, span) => new VolumeSyntax(x.count, x.unit, x.perYear is not null, span))
            select volume;

        public static readonly Grammar<StatementSyntax> CostStatement =
            (from k in Tokens.Keyword("cost")
             from bound in Tokens.Comparison.Maybe()
             from amount in Tokens.Numeric.Named("an amount (e.g. 200 kr)")
             from per in PerUnit.Repeat()
             from volume in Volume.Maybe()
             from years in InYears.Maybe()
             select (k, bound, amount, per, volume, years))
            .Spanned((x, span) => (StatementSyntax)new CostSyntax(x.k, x.bound, x.amount, x.per, x.volume, x.years, span));

        private static readonly Grammar<FundingItemSyntax> FundingItem =
            (from funder in ValueGrammar.Reference.Named("a funder")
             from values in Tokens.Numeric.Repeat()
             from per in PerUnit.Repeat()
             from years in InYears.Maybe()
             select (funder, values, per, years))
            .Spanned((x, span) => new FundingItemSyntax(x.funder, x.values, x.per, x.years, span));

        public static readonly Grammar<StatementSyntax> Funding =
            (from k in Tokens.Keyword("funding")
             from items in FundingItem.SeparatedBy(Tokens.ListSeparator)
             select (k, items))
            .Spanned((x, span) => (StatementSyntax)new FundingSyntax(x.k, x.items, span));

        public static readonly Grammar<StatementSyntax> ExceptionStatement =
            (from k in Tokens.Keyword("exception")
             from rule in Tokens.Name.Named("the ID of the rule it suppresses (e.g. SP4012)")
             from reason in Tokens.String.Named("the reason in quotes (särskilda skäl)")
             select (k, rule, reason))
            .Spanned((x, span) => (StatementSyntax)new ExceptionSyntax(x.k, x.rule, x.reason, span));

        /// <summary>The first alternative that succeeds or fails after consuming input; otherwise a failure listing all expectations.</summary>
        public static Grammar<T> Choice<T>(params Grammar<T>[] alternatives) => input =>
        {
            IResult<T>? failure = null;
            foreach (var alternative in alternatives)
            {
                var result = alternative(input);
                if (result.WasSuccessful || result.Remainder.Position != input.Position)
                {
                    return result;
                }

                failure = failure is null
                    ? result
                    : Result.Failure<T>(input, result.Message, failure.Expectations.Concat(result.Expectations));
            }

            return failure ?? Combinators.Fail<T>(input, ExpectedSomething);
        };
    }
}
