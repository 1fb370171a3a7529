using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>The statements of actions (cost, funding, subsidy …), of subsidy applications and of schemes.</summary>
    public class ActionStatementTests
    {
        // ---------------------------------------------------------------- actions

        [Fact]
        public void Action_block_statements()
        {
            var action = Single<DeclarationSyntax>(
                "action Hemsändning {\n" +
                "  description \"d\"\n" +
                "  owner Näringslivskontoret, Kommunen\n" +
                "  period 2023..2030\n" +
                "  status planned\n" +
                "  priority high\n" +
                "  serves G2.1\n" +
                "  completion 100 %\n" +
                "  progress 50 % in 2018 \"halvvägs\"\n" +
                "  places Kluk, Laxsjö\n" +
                "  exception SP3003 \"särskilda skäl: enda butiken\"\n" +
                "  note \"n\"\n" +
                "}");

            Assert.Equal(
                new[] { "description", "owner", "period", "status", "priority", "serves", "completion", "progress", "places", "exception", "note" },
                action.Body.Select(statement => statement.Keyword.Text));
            Assert.Equal(new[] { "Näringslivskontoret", "Kommunen" }, Names(((ValueStatementSyntax)action.Body[1]).Value));
            Assert.IsType<YearRangeSyntax>(((ValueStatementSyntax)action.Body[2]).Value);
            Assert.Equal(new[] { "planned" }, Names(((ValueStatementSyntax)action.Body[3]).Value));
            Assert.Equal(new[] { "high" }, Names(((ValueStatementSyntax)action.Body[4]).Value));
            Assert.Equal(new[] { "G2.1" }, Names(((ValueStatementSyntax)action.Body[5]).Value));

            var completion = Assert.IsType<MeasureSyntax>(action.Body[6]);
            Assert.Null(completion.Comparison);
            Assert.Equal((100m, "%"), (Quantity(completion.Value).Value, Quantity(completion.Value).Unit));

            var progress = Assert.IsType<MeasureSyntax>(action.Body[7]);
            Assert.Equal(50m, Quantity(progress.Value).Value);
            Assert.Equal(2018m, Quantity(progress.Year).Value);
            Assert.Equal("halvvägs", progress.Note!.Value);

            Assert.Equal(new[] { "Kluk", "Laxsjö" }, Names(((ValueStatementSyntax)action.Body[8]).Value));

            var exception = Assert.IsType<ExceptionSyntax>(action.Body[9]);
            Assert.Equal("SP3003", exception.RuleId.Text);
            Assert.Equal("särskilda skäl: enda butiken", exception.Reason.Value);
        }

        [Fact]
        public void Completion_with_comparison()
        {
            var completion = SingleInBlock<MeasureSyntax>("action A {\n  completion > 50 %\n}");

            Assert.Equal(Comparison.MoreThan, completion.Comparison!.Value);
            Assert.Equal(50m, Quantity(completion.Value).Value);
        }

        [Fact]
        public void Cost_per_unit_with_volume_per_year()
        {
            var text = "action A {\n  cost 200 kr per delivery, 600 deliveries per year\n}";
            var cost = SingleInBlock<CostSyntax>(text);

            Assert.Null(cost.Bound);
            Assert.Equal((200m, "kr", false), (Quantity(cost.Amount).Value, Quantity(cost.Amount).Unit, Quantity(cost.Amount).PerYear));
            Assert.Equal(new[] { "delivery" }, cost.Per.Select(unit => unit.Text));
            Assert.Equal("delivery", TextIn(text, cost.Per[0]));
            Assert.Equal(600m, Quantity(cost.Volume!.Count).Value);
            Assert.Equal("deliveries", cost.Volume.Unit.Text);
            Assert.True(cost.Volume.PerYear);
            Assert.Null(cost.Years);
            Assert.Equal("cost 200 kr per delivery, 600 deliveries per year", TextIn(text, cost));
        }

        [Fact]
        public void Cost_at_most_per_place_per_year_keeps_both_per_units()
        {
            var text = "action A {\n  cost at most 50 000 kr per place per year        # with: places Kluk, Laxsjö\n}";
            var cost = SingleInBlock<CostSyntax>(text);

            Assert.Equal(Comparison.AtMost, cost.Bound!.Value);
            Assert.Equal("at most", TextIn(text, cost.Bound));
            Assert.Equal(50_000m, Quantity(cost.Amount).Value);
            Assert.False(Quantity(cost.Amount).PerYear);
            Assert.Equal(new[] { "place", "year" }, cost.Per.Select(unit => unit.Text));
            Assert.Null(cost.Volume);
            Assert.Equal("cost at most 50 000 kr per place per year", TextIn(text, cost));
        }

        [Fact]
        public void Cost_about_per_year_puts_the_rate_on_the_amount()
        {
            var cost = SingleInBlock<CostSyntax>("action A {\n  cost about 2 000 000 kr per year\n}");

            Assert.Equal(Comparison.About, cost.Bound!.Value);
            Assert.Equal(2_000_000m, Quantity(cost.Amount).Value);
            Assert.True(Quantity(cost.Amount).PerYear);
            Assert.Empty(cost.Per);
        }

        [Fact]
        public void Cost_in_a_year_and_in_a_range()
        {
            var action = Single<DeclarationSyntax>(
                "action A {\n" +
                "  cost 120 000 kr in 2024\n" +
                "  cost 200 kr per delivery, 600 deliveries per year in 2024..2026\n" +
                "  cost 1 500 kr per visit per month\n" +
                "}");

            var single = Assert.IsType<CostSyntax>(action.Body[0]);
            Assert.Equal(120_000m, Quantity(single.Amount).Value);
            Assert.Equal(2024m, Quantity(single.Years).Value);

            var ranged = Assert.IsType<CostSyntax>(action.Body[1]);
            Assert.NotNull(ranged.Volume);
            var years = Assert.IsType<YearRangeSyntax>(ranged.Years);
            Assert.Equal((2024, 2026), (years.Start, years.End));

            var perPer = Assert.IsType<CostSyntax>(action.Body[2]);
            Assert.Equal(1_500m, Quantity(perPer.Amount).Value);
            Assert.Equal(new[] { "visit", "month" }, perPer.Per.Select(unit => unit.Text));
        }

        [Fact]
        public void Funding_with_shares()
        {
            var text = "action A {\n  funding Kommunstyrelsen 50 %, RegionJH 50 %\n}";
            var funding = SingleInBlock<FundingSyntax>(text);

            Assert.Equal(new[] { "Kommunstyrelsen", "RegionJH" }, funding.Items.Select(item => item.Funder.ToString()));
            Assert.Equal(new[] { "Kommunstyrelsen 50 %", "RegionJH 50 %" }, funding.Items.Select(item => TextIn(text, item)));
            Assert.All(funding.Items, item =>
            {
                var share = Quantity(Assert.Single(item.Values));
                Assert.Equal((50m, "%"), (share.Value, share.Unit));
                Assert.Empty(item.Per);
                Assert.Null(item.Years);
            });
        }

        [Fact]
        public void Funding_with_amounts_per_units_years_and_bare_funders()
        {
            var funding = SingleInBlock<FundingSyntax>(
                "action A {\n  funding Kommunen 100 kr per delivery in 2024, RegionJH 50 % in 2024..2025, Anslag11, Lst 50 % 100 000 kr per year\n}");

            Assert.Equal(4, funding.Items.Count);

            var perDelivery = funding.Items[0];
            Assert.Equal(100m, Quantity(Assert.Single(perDelivery.Values)).Value);
            Assert.Equal(new[] { "delivery" }, perDelivery.Per.Select(unit => unit.Text));
            Assert.Equal(2024m, Quantity(perDelivery.Years).Value);

            var share = funding.Items[1];
            Assert.Equal("%", Quantity(Assert.Single(share.Values)).Unit);
            Assert.IsType<YearRangeSyntax>(share.Years);

            Assert.Equal("Anslag11", funding.Items[2].Funder.ToString());
            Assert.Empty(funding.Items[2].Values);

            var both = funding.Items[3];
            Assert.Equal(2, both.Values.Count);
            Assert.Equal((50m, "%"), (Quantity(both.Values[0]).Value, Quantity(both.Values[0]).Unit));
            Assert.Equal((100_000m, "kr", true), (Quantity(both.Values[1]).Value, Quantity(both.Values[1]).Unit, Quantity(both.Values[1]).PerYear));
        }

        // ---------------------------------------------------------------- subsidies and schemes

        [Fact]
        public void Subsidy_facts_values_flags_and_name_lists()
        {
            var text =
                "action A {\n" +
                "  subsidy operating-aid for Kluk in 2024 {\n" +
                "    recipient ICA\n" +
                "    place Kluk\n" +
                "    amount 250 000 kr\n" +
                "    articles 1 400\n" +
                "    open 45 h/week\n" +
                "    year-round\n" +
                "    island\n" +
                "    nearest-store 12,5 km\n" +
                "    grounds accessibility, restart\n" +
                "    years 2024..2026\n" +
                "    exception SP4012 \"särskilda skäl: enda butiken i socknen\"\n" +
                "    note \"n\"\n" +
                "  }\n" +
                "}";
            var subsidy = SingleInBlock<DeclarationSyntax>(text);
            var body = subsidy.Body;

            Assert.Equal(
                new[] { "recipient", "place", "amount", "articles", "open", "year-round", "island", "nearest-store", "grounds", "years", "exception", "note" },
                body.Select(statement => statement.Keyword.Text));

            FactSyntax Fact(int index)
            {
                var statement = Assert.IsType<FactStatementSyntax>(body[index]);
                Assert.Equal(statement.Keyword.Text, statement.Fact.Name.Text);
                Assert.Equal(statement.Span, statement.Fact.Span);
                return statement.Fact;
            }

            Assert.Equal(new[] { "ICA" }, Names(Fact(0).Value));
            Assert.Equal(new[] { "Kluk" }, Names(Fact(1).Value));
            Assert.Equal((250_000m, "kr"), (Quantity(Fact(2).Value).Value, Quantity(Fact(2).Value).Unit));
            Assert.Equal(1_400m, Quantity(Fact(3).Value).Value);
            Assert.Equal("h/week", Quantity(Fact(4).Value).Unit);
            Assert.Null(Fact(5).Value);
            Assert.Null(Fact(6).Value);
            Assert.Equal((12.5m, "km"), (Quantity(Fact(7).Value).Value, Quantity(Fact(7).Value).Unit));
            Assert.Equal(new[] { "accessibility", "restart" }, Names(Fact(8).Value));
            Assert.IsType<YearRangeSyntax>(Fact(9).Value);
            Assert.Equal("SP4012", Assert.IsType<ExceptionSyntax>(body[10]).RuleId.Text);
            Assert.Equal("note", Assert.IsType<ValueStatementSyntax>(body[11]).Keyword.Text);
            Assert.Equal("grounds accessibility, restart", TextIn(text, body[8]));
        }

        [Fact]
        public void Misspelt_subsidy_fact_is_still_a_fact_for_the_binder_to_judge()
        {
            var subsidy = SingleInBlock<DeclarationSyntax>("action A {\n  subsidy service-grant { turnovr 1 000 kr }\n}");

            Assert.Equal("turnovr", Assert.IsType<FactStatementSyntax>(Assert.Single(subsidy.Body)).Fact.Name.Text);
        }

        [Fact]
        public void Scheme_terms_with_comparisons_values_and_conditions()
        {
            var text =
                "scheme service-grant \"Servicebidrag\" {\n" +
                "  amount at most 250 000 kr per year\n" +
                "  amount at most 300 000 kr per year \"väl utbyggt utbud av grundläggande servicefunktioner\"\n" +
                "  years at most 3 years\n" +
                "  share at most 50 %\n" +
                "  nearest-store more than 10 km\n" +
                "  turnover 11 000 000 kr\n" +
                "  source \"SFS 2000:284; RSP bilaga 1\"\n" +
                "  note \"n\"\n" +
                "}";
            var scheme = Single<DeclarationSyntax>(text);
            var terms = scheme.Body.Take(6).Select(statement => Assert.IsType<FactStatementSyntax>(statement).Fact).ToArray();

            Assert.Equal(new[] { "amount", "amount", "years", "share", "nearest-store", "turnover" }, terms.Select(term => term.Name.Text));
            Assert.Equal(
                new Comparison?[] { Comparison.AtMost, Comparison.AtMost, Comparison.AtMost, Comparison.AtMost, Comparison.MoreThan, null },
                terms.Select(term => term.Comparison?.Value));
            Assert.Equal(new[] { 250_000m, 300_000m, 3m, 50m, 10m, 11_000_000m }, terms.Select(term => Quantity(term.Value).Value));
            Assert.Equal(new[] { "kr", "kr", "years", "%", "km", "kr" }, terms.Select(term => Quantity(term.Value).Unit));
            Assert.Equal(new[] { true, true, false, false, false, false }, terms.Select(term => Quantity(term.Value).PerYear));

            Assert.Null(terms[0].Condition);
            Assert.Equal("väl utbyggt utbud av grundläggande servicefunktioner", terms[1].Condition!.Value);
            Assert.Equal("amount at most 300 000 kr per year \"väl utbyggt utbud av grundläggande servicefunktioner\"", TextIn(text, terms[1]));

            Assert.Equal("SFS 2000:284; RSP bilaga 1", Assert.IsType<StringSyntax>(((ValueStatementSyntax)scheme.Body[6]).Value).Value);
            Assert.Equal("note", scheme.Body[7].Keyword.Text);
        }

        [Theory]
        [InlineData("at least", Comparison.AtLeast)]
        [InlineData("more than", Comparison.MoreThan)]
        [InlineData(">", Comparison.MoreThan)]
        [InlineData(">=", Comparison.AtLeast)]
        [InlineData("≥", Comparison.AtLeast)]
        [InlineData("<=", Comparison.AtMost)]
        public void Scheme_term_comparison(string written, Comparison expected)
        {
            var text = "scheme operating-aid {\n  nearest-store " + written + " 10 km\n}";
            var term = SingleInBlock<FactStatementSyntax>(text).Fact;

            Assert.Equal(expected, term.Comparison!.Value);
            Assert.Equal(written, TextIn(text, term.Comparison));
            Assert.Equal((10m, "km"), (Quantity(term.Value).Value, Quantity(term.Value).Unit));
        }
    }
}
