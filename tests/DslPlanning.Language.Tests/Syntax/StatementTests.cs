using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>The statements of plans, places and goals, and the values they parse into.</summary>
    public class StatementTests
    {
        // ---------------------------------------------------------------- plan statements

        [Fact]
        public void Owner_is_a_name_list()
        {
            var owner = Single<ValueStatementSyntax>("owner KrokomsKommun");

            Assert.Equal("owner", owner.Keyword.Text);
            Assert.Equal(new[] { "KrokomsKommun" }, Names(owner.Value));
        }

        [Fact]
        public void Period_is_a_year_range_or_a_single_year()
        {
            var statements = Statements("period 2023..2030\nperiod 2018");

            var range = Assert.IsType<YearRangeSyntax>(((ValueStatementSyntax)statements[0]).Value);
            Assert.Equal((2023, 2030), (range.Start, range.End));
            var year = Quantity(((ValueStatementSyntax)statements[1]).Value);
            Assert.Equal(2018m, year.Value);
            Assert.Null(year.Unit);
        }

        [Fact]
        public void Review_yearly_has_no_interval()
        {
            var review = Single<ReviewSyntax>("review yearly");

            Assert.Equal("yearly", review.Frequency.Text);
            Assert.Null(review.Interval);
        }

        [Fact]
        public void Review_every_n_years_has_the_interval_in_years()
        {
            var text = "review every 2 years";
            var review = Single<ReviewSyntax>(text);

            Assert.Equal("every", review.Frequency.Text);
            Assert.Equal(2m, review.Interval!.Value);
            Assert.Equal("years", review.Interval.Unit);
            Assert.Equal("2 years", TextIn(text, review.Interval));
        }

        [Fact]
        public void Revision_is_a_year()
        {
            Assert.Equal(2028m, Quantity(Single<ValueStatementSyntax>("revision 2028").Value).Value);
        }

        [Fact]
        public void Report_with_all_clauses()
        {
            var text = "report to Tillvaxtverket yearly by 01-31 from 2015";
            var report = Single<ReportSyntax>(text);

            Assert.Equal("Tillvaxtverket", report.To.ToString());
            Assert.Equal("Tillvaxtverket", TextIn(text, report.To));
            Assert.Equal("yearly", report.Frequency!.Text);
            Assert.Null(report.Interval);
            var by = Assert.IsType<MonthDaySyntax>(report.By);
            Assert.Equal((1, 31), (by.Month, by.Day));
            Assert.Equal("01-31", TextIn(text, by));
            Assert.Equal(2015m, Quantity(report.From).Value);
            Assert.Equal(text, TextIn(text, report));
        }

        [Fact]
        public void Report_every_n_years_with_deadline_and_report_with_recipient_only()
        {
            var statements = Statements("report to Region every 2 years by 03-01\nreport to Kommunstyrelsen");

            var every = Assert.IsType<ReportSyntax>(statements[0]);
            Assert.Equal("every", every.Frequency!.Text);
            Assert.Equal(2m, every.Interval!.Value);
            Assert.Equal((3, 1), (((MonthDaySyntax)every.By!).Month, ((MonthDaySyntax)every.By!).Day));
            Assert.Null(every.From);

            var plain = Assert.IsType<ReportSyntax>(statements[1]);
            Assert.Equal("Kommunstyrelsen", plain.To.ToString());
            Assert.Null(plain.Frequency);
            Assert.Null(plain.Interval);
            Assert.Null(plain.By);
            Assert.Null(plain.From);
        }

        [Fact]
        public void Adopted_is_a_date()
        {
            var date = Assert.IsType<DateSyntax>(Single<ValueStatementSyntax>("adopted 2012-01-12").Value);

            Assert.Equal((2012, 1, 12), (date.Year, date.Month, date.Day));
        }

        [Fact]
        public void Follows_and_priorities_are_name_lists()
        {
            var statements = Statements("follows VasterbottenRSP, JamtlandRSP\npriorities high, medium, low");

            Assert.Equal(new[] { "VasterbottenRSP", "JamtlandRSP" }, Names(((ValueStatementSyntax)statements[0]).Value));
            Assert.Equal(new[] { "high", "medium", "low" }, Names(((ValueStatementSyntax)statements[1]).Value));
        }

        [Theory]
        [InlineData("source")]
        [InlineData("aim")]
        [InlineData("purpose")]
        [InlineData("scope")]
        [InlineData("excerpt")]
        [InlineData("description")]
        [InlineData("note")]
        public void Text_statement_of_a_plan_holds_its_string(string keyword)
        {
            var statement = Single<ValueStatementSyntax>(keyword + " \"Tillväxtverket rapport 0196\"");

            Assert.Equal(keyword, statement.Keyword.Text);
            Assert.Equal("Tillväxtverket rapport 0196", Assert.IsType<StringSyntax>(statement.Value).Value);
        }

        [Fact]
        public void Plan_indicator_without_baseline_or_target()
        {
            var indicator = Single<IndicatorSyntax>("indicator \"antal servicepunkter\"");

            Assert.Equal("antal servicepunkter", indicator.Text.Value);
            Assert.Null(indicator.Baseline);
            Assert.Null(indicator.Target);
        }

        [Theory]
        [InlineData("owner KrokomsKommun")]
        [InlineData("period 2023..2030")]
        [InlineData("review every 2 years")]
        [InlineData("report to T yearly by 01-31 from 2015")]
        [InlineData("follows VasterbottenRSP, JamtlandRSP")]
        [InlineData("note \"en anteckning\"")]
        [InlineData("indicator \"i\" baseline 1 in 2023 target at least 3 in 2026")]
        [InlineData("funder K municipality budget 400 000 kr per year")]
        public void Statement_span_starts_at_keyword_and_ends_at_last_character(string statement)
        {
            var text = "  " + statement + "  \t # kommentar";
            var tree = InPlan(text);

            AssertNoDiagnostics(tree);
            var parsed = Assert.Single(Assert.Single(tree.Plans).Body);
            Assert.Equal(PlanHeader.Length + 2, parsed.Span.Start);
            Assert.Equal(statement, tree.TextOf(parsed));
            Assert.Equal(statement.Split(' ')[0], tree.TextOf(parsed.Keyword));
        }

        // ---------------------------------------------------------------- places

        [Fact]
        public void Place_block_statements()
        {
            var place = Single<DeclarationSyntax>(
                "place Kluk \"Kluk\" level 3 {\n" +
                "  services groceries, fuel, post, pharmacy\n" +
                "  needs payments\n" +
                "  store \"Kluk Lanthandel\" turnover 3 200 000 kr, articles 1 400, open 45 h/week, year-round\n" +
                "  nearest groceries 28 km, fuel 12 km\n" +
                "  island\n" +
                "  status planned\n" +
                "  municipality \"Krokoms kommun\"\n" +
                "  description \"d\"\n" +
                "  note \"n\"\n" +
                "}");

            Assert.Equal(
                new[] { "services", "needs", "store", "nearest", "island", "status", "municipality", "description", "note" },
                place.Body.Select(statement => statement.Keyword.Text));
            Assert.Equal(new[] { "groceries", "fuel", "post", "pharmacy" }, Names(((ValueStatementSyntax)place.Body[0]).Value));
            Assert.Equal(new[] { "payments" }, Names(((ValueStatementSyntax)place.Body[1]).Value));
            Assert.IsType<FactListSyntax>(place.Body[2]);
            Assert.IsType<FactListSyntax>(place.Body[3]);
            Assert.Null(Assert.IsType<ValueStatementSyntax>(place.Body[4]).Value);
            Assert.Equal(new[] { "planned" }, Names(((ValueStatementSyntax)place.Body[5]).Value));
            Assert.Equal("Krokoms kommun", Assert.IsType<StringSyntax>(((ValueStatementSyntax)place.Body[6]).Value).Value);
        }

        [Fact]
        public void Store_with_name_and_facts()
        {
            var text = "place Kluk {\n  store \"Kluk Lanthandel\" turnover 3 200 000 kr, articles 1 400, open 45 h/week, year-round\n}";
            var store = SingleInBlock<FactListSyntax>(text);

            Assert.Equal("Kluk Lanthandel", store.Title!.Value);
            Assert.Equal(new[] { "turnover", "articles", "open", "year-round" }, store.Facts.Select(fact => fact.Name.Text));
            Assert.Equal(
                new[] { "turnover 3 200 000 kr", "articles 1 400", "open 45 h/week", "year-round" },
                store.Facts.Select(fact => TextIn(text, fact)));

            var turnover = Quantity(store.Facts[0].Value);
            Assert.Equal((3_200_000m, "kr"), (turnover.Value, turnover.Unit));
            var articles = Quantity(store.Facts[1].Value);
            Assert.Equal((1_400m, (string?)null), (articles.Value, articles.Unit));
            var open = Quantity(store.Facts[2].Value);
            Assert.Equal((45m, "h/week"), (open.Value, open.Unit));
            Assert.Null(store.Facts[3].Value);
            Assert.All(store.Facts, fact => Assert.Null(fact.Comparison));
        }

        [Fact]
        public void Store_without_name_and_with_a_single_flag()
        {
            var store = SingleInBlock<FactListSyntax>("place Kluk {\n  store seasonal\n}");

            Assert.Null(store.Title);
            Assert.Equal("seasonal", Assert.Single(store.Facts).Name.Text);
        }

        [Fact]
        public void Nearest_lists_services_with_distances()
        {
            var nearest = SingleInBlock<FactListSyntax>("place Kluk {\n  nearest groceries 28 km, fuel 10,1 km\n}");

            Assert.Null(nearest.Title);
            Assert.Equal(new[] { "groceries", "fuel" }, nearest.Facts.Select(fact => fact.Name.Text));
            Assert.Equal(new[] { 28m, 10.1m }, nearest.Facts.Select(fact => Quantity(fact.Value).Value));
            Assert.All(nearest.Facts, fact => Assert.Equal("km", Quantity(fact.Value).Unit));
        }

        // ---------------------------------------------------------------- goals

        [Fact]
        public void Indicator_with_inline_baseline_and_target()
        {
            var text = "goal G2.1 \"g\" result {\n  indicator \"butiker som använder bidraget\" baseline 1 in 2023 target 3 in 2026\n}";
            var indicator = SingleInBlock<IndicatorSyntax>(text);

            Assert.Equal("butiker som använder bidraget", indicator.Text.Value);
            Assert.Equal("baseline", indicator.Baseline!.Keyword.Text);
            Assert.Equal(1m, Quantity(indicator.Baseline.Value).Value);
            Assert.Equal(2023m, Quantity(indicator.Baseline.Year).Value);
            Assert.Equal("baseline 1 in 2023", TextIn(text, indicator.Baseline));
            Assert.Equal("target", indicator.Target!.Keyword.Text);
            Assert.Equal(3m, Quantity(indicator.Target.Value).Value);
            Assert.Equal(2026m, Quantity(indicator.Target.Year).Value);
            Assert.Equal("target 3 in 2026", TextIn(text, indicator.Target));
            Assert.Equal("indicator \"butiker som använder bidraget\" baseline 1 in 2023 target 3 in 2026", TextIn(text, indicator));
        }

        [Fact]
        public void Indicator_with_inline_target_per_year_only()
        {
            var indicator = SingleInBlock<IndicatorSyntax>("goal G output {\n  indicator \"företag som investerar\" target 15 per year\n}");

            Assert.Null(indicator.Baseline);
            var target = Quantity(indicator.Target!.Value);
            Assert.Equal(15m, target.Value);
            Assert.True(target.PerYear);
            Assert.Null(indicator.Target.Year);
        }

        [Fact]
        public void Goal_block_statements_with_baseline_target_and_actual()
        {
            var goal = Single<DeclarationSyntax>(
                "goal R1 \"Kommunerna har genererat exempel\" result {\n" +
                "  indicator \"andel av pilotkommunerna\"\n" +
                "  baseline 0 % in 2012\n" +
                "  target at least 80 % in 2015\n" +
                "  actual 83 % in 2015 \"Drygt 83 procent anser att samordningen har ökat\"\n" +
                "  owner Tillvaxtverket\n" +
                "  serves OtherPlan.G1, G2\n" +
                "  description \"d\"\n" +
                "  note \"n\"\n" +
                "}");

            Assert.Equal(
                new[] { "indicator", "baseline", "target", "actual", "owner", "serves", "description", "note" },
                goal.Body.Select(statement => statement.Keyword.Text));

            var baseline = Assert.IsType<MeasureSyntax>(goal.Body[1]);
            Assert.Null(baseline.Comparison);
            Assert.Equal((0m, "%"), (Quantity(baseline.Value).Value, Quantity(baseline.Value).Unit));
            Assert.Equal(2012m, Quantity(baseline.Year).Value);

            var target = Assert.IsType<MeasureSyntax>(goal.Body[2]);
            Assert.Equal(Comparison.AtLeast, target.Comparison!.Value);
            Assert.Equal(80m, Quantity(target.Value).Value);
            Assert.Equal(2015m, Quantity(target.Year).Value);
            Assert.Null(target.Note);

            var actual = Assert.IsType<MeasureSyntax>(goal.Body[3]);
            Assert.Equal(83m, Quantity(actual.Value).Value);
            Assert.Equal(2015m, Quantity(actual.Year).Value);
            Assert.Equal("Drygt 83 procent anser att samordningen har ökat", actual.Note!.Value);

            Assert.Equal(new[] { "Tillvaxtverket" }, Names(((ValueStatementSyntax)goal.Body[4]).Value));
            Assert.Equal(new[] { "OtherPlan.G1", "G2" }, Names(((ValueStatementSyntax)goal.Body[5]).Value));
        }

        [Theory]
        [InlineData("at least", Comparison.AtLeast)]
        [InlineData("at most", Comparison.AtMost)]
        [InlineData("more than", Comparison.MoreThan)]
        [InlineData("less than", Comparison.LessThan)]
        [InlineData("about", Comparison.About)]
        [InlineData(">", Comparison.MoreThan)]
        [InlineData(">=", Comparison.AtLeast)]
        [InlineData("≥", Comparison.AtLeast)]
        [InlineData("<", Comparison.LessThan)]
        [InlineData("<=", Comparison.AtMost)]
        [InlineData("≤", Comparison.AtMost)]
        public void Target_comparison(string written, Comparison expected)
        {
            var text = "goal G {\n  target " + written + " 80 % in 2015\n}";
            var target = SingleInBlock<MeasureSyntax>(text);

            Assert.Equal(expected, target.Comparison!.Value);
            Assert.Equal(written, TextIn(text, target.Comparison));
            Assert.Equal(80m, Quantity(target.Value).Value);
            Assert.Equal(2015m, Quantity(target.Year).Value);
        }

        [Fact]
        public void Target_without_comparison_is_exact_and_by_may_stand_for_in()
        {
            var target = SingleInBlock<MeasureSyntax>("goal G {\n  target 3 by 2026\n}");

            Assert.Null(target.Comparison);
            Assert.Equal(3m, Quantity(target.Value).Value);
            Assert.Equal(2026m, Quantity(target.Year).Value);
        }
    }
}
