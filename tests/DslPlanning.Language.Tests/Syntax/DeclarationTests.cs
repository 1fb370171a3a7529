using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>Plans and the declarations that name an element and may open a block: their headers, clauses and spans.</summary>
    public class DeclarationTests
    {
        [Theory]
        [InlineData("national")]
        [InlineData("regional")]
        [InlineData("annual")]
        [InlineData("municipal")]
        public void Plan_header_has_kind_name_and_title(string kind)
        {
            var text = kind + " plan Krokom \"Krokoms kommuns serviceprogram\" {\n}   # end\n";
            var tree = Parse(text);

            AssertNoDiagnostics(tree);
            var plan = Assert.Single(tree.Plans);
            Assert.Equal(kind, plan.Keyword.Text);
            Assert.Equal(new TextSpan(0, kind.Length), plan.Keyword.Span);
            Assert.Equal("Krokom", plan.Name.Text);
            Assert.Equal("Krokom", tree.TextOf(plan.Name));
            Assert.Equal("Krokoms kommuns serviceprogram", plan.Title!.Value);
            Assert.Equal("\"Krokoms kommuns serviceprogram\"", tree.TextOf(plan.Title));
            Assert.Empty(plan.Body);
            Assert.Equal(kind + " plan Krokom \"Krokoms kommuns serviceprogram\" {\n}", tree.TextOf(plan));
        }

        [Fact]
        public void Plan_without_title_has_null_title()
        {
            var plan = CleanPlan("regional plan VasterbottenRSP {\n  owner Region\n}");

            Assert.Equal("VasterbottenRSP", plan.Name.Text);
            Assert.Null(plan.Title);
            Assert.IsType<ValueStatementSyntax>(Assert.Single(plan.Body));
        }

        [Fact]
        public void File_with_two_plans_gives_both_in_order()
        {
            var tree = Parse("regional plan A { owner X }\n\nannual plan B \"Handlingsplan\" {\n  owner Y\n}\n");

            AssertNoDiagnostics(tree);
            Assert.Equal(new[] { "A", "B" }, tree.Plans.Select(plan => plan.Name.Text));
            Assert.Equal(new[] { "regional", "annual" }, tree.Plans.Select(plan => plan.Keyword.Text));
            Assert.Equal("regional plan A { owner X }", tree.TextOf(tree.Plans[0]));
            Assert.Equal("annual plan B \"Handlingsplan\" {\n  owner Y\n}", tree.TextOf(tree.Plans[1]));
        }

        [Fact]
        public void Level_with_number_key_title_and_one_line_block()
        {
            var text = "level 1 \"Centralort\" { description \"Bevara och utveckla i centralorten\" }";
            var level = Single<DeclarationSyntax>(text);

            Assert.Equal("level", level.Keyword.Text);
            Assert.Equal("1", level.Name.Text);
            Assert.Equal("1", TextIn(text, level.Name));
            Assert.Equal("Centralort", level.Title!.Value);
            Assert.Null(level.Word);
            Assert.Empty(level.Clauses);
            var description = Assert.IsType<ValueStatementSyntax>(Assert.Single(level.Body));
            Assert.Equal("description", description.Keyword.Text);
            Assert.Equal("Bevara och utveckla i centralorten", Assert.IsType<StringSyntax>(description.Value).Value);
            Assert.Equal(text, TextIn(text, level));
        }

        [Fact]
        public void Level_with_name_key_and_no_block()
        {
            var text = "level servicenod \"Servicenod\"   # nivå 2";
            var level = Single<DeclarationSyntax>(text);

            Assert.Equal("servicenod", level.Name.Text);
            Assert.Equal("Servicenod", level.Title!.Value);
            Assert.Empty(level.Body);
            Assert.Equal("level servicenod \"Servicenod\"", TextIn(text, level));
        }

        [Fact]
        public void Actor_with_title_and_kind_word()
        {
            var text = "actor Näringslivskontoret \"Näringslivskontoret, Krokoms kommun\" department";
            var actor = Single<DeclarationSyntax>(text);

            Assert.Equal("actor", actor.Keyword.Text);
            Assert.Equal("Näringslivskontoret", actor.Name.Text);
            Assert.Equal("Näringslivskontoret, Krokoms kommun", actor.Title!.Value);
            Assert.Equal("department", actor.Word!.Text);
            Assert.Equal("department", TextIn(text, actor.Word));
            Assert.Empty(actor.Clauses);
            Assert.Empty(actor.Body);
        }

        [Fact]
        public void Actor_with_kind_word_and_no_title()
        {
            var actor = Single<DeclarationSyntax>("actor Näringslivskontoret municipality");

            Assert.Null(actor.Title);
            Assert.Equal("municipality", actor.Word!.Text);
        }

        [Fact]
        public void Funder_with_header_budget_clause_per_year()
        {
            var text = "funder Kommunstyrelsen municipality budget 400 000 kr per year";
            var funder = Single<DeclarationSyntax>(text);

            Assert.Equal("funder", funder.Keyword.Text);
            Assert.Equal("Kommunstyrelsen", funder.Name.Text);
            Assert.Null(funder.Title);
            Assert.Equal("municipality", funder.Word!.Text);
            var budget = Assert.Single(funder.Clauses);
            Assert.Equal("budget", budget.Keyword.Text);
            Assert.Null(budget.Comparison);
            var amount = Quantity(budget.Value);
            Assert.Equal(400_000m, amount.Value);
            Assert.Equal("kr", amount.Unit);
            Assert.True(amount.PerYear);
            Assert.Equal("budget 400 000 kr per year", TextIn(text, budget));
            Assert.Equal(text, TextIn(text, funder));
        }

        [Fact]
        public void Funder_without_kind_word_takes_budget_as_a_clause_not_as_the_kind()
        {
            var funder = Single<DeclarationSyntax>("funder Kommunstyrelsen budget 400 000 kr/year in 2023..2030");

            Assert.Null(funder.Word);
            Assert.Equal(new[] { "budget", "in" }, funder.Clauses.Select(clause => clause.Keyword.Text));
            Assert.True(Quantity(funder.Clauses[0].Value).PerYear);
            var years = Assert.IsType<YearRangeSyntax>(funder.Clauses[1].Value);
            Assert.Equal((2023, 2030), (years.Start, years.End));
        }

        [Fact]
        public void Funder_block_with_budget_statements()
        {
            var funder = Single<DeclarationSyntax>(
                "funder Lansstyrelsen \"Länsstyrelsen Västerbotten\" county-board {\n" +
                "  budget 2 000 000 kr per year in 2014..2020\n" +
                "  budget 500 000 kr in 2018\n" +
                "  note \"ram\"\n" +
                "}");

            Assert.Equal("county-board", funder.Word!.Text);
            Assert.Equal(3, funder.Body.Count);

            var perYear = Assert.IsType<BudgetSyntax>(funder.Body[0]);
            Assert.Equal(2_000_000m, Quantity(perYear.Amount).Value);
            Assert.True(Quantity(perYear.Amount).PerYear);
            var range = Assert.IsType<YearRangeSyntax>(perYear.Years);
            Assert.Equal((2014, 2020), (range.Start, range.End));

            var total = Assert.IsType<BudgetSyntax>(funder.Body[1]);
            Assert.Equal(500_000m, Quantity(total.Amount).Value);
            Assert.False(Quantity(total.Amount).PerYear);
            Assert.Equal(2018m, Quantity(total.Years).Value);

            Assert.Equal("note", funder.Body[2].Keyword.Text);
        }

        [Fact]
        public void Place_header_with_title_and_level_clause()
        {
            var text = "place Kluk \"Kluk\" level 3 {\n  island\n}";
            var place = Single<DeclarationSyntax>(text);

            Assert.Equal("place", place.Keyword.Text);
            Assert.Equal("Kluk", place.Name.Text);
            Assert.Equal("Kluk", place.Title!.Value);
            Assert.Null(place.Word);
            var level = Assert.Single(place.Clauses);
            Assert.Equal("level", level.Keyword.Text);
            Assert.Equal(3m, Quantity(level.Value).Value);
            Assert.Equal("level 3", TextIn(text, level));
            Assert.Single(place.Body);
            Assert.Equal(text, TextIn(text, place));
        }

        [Fact]
        public void Place_level_clause_may_name_the_level()
        {
            var place = Single<DeclarationSyntax>("place Laxsjö level servicenod");

            Assert.Equal(new[] { "servicenod" }, Names(Assert.Single(place.Clauses).Value));
        }

        [Fact]
        public void Area_header_priority_and_serves_and_body_statements()
        {
            var text =
                "area IO1 \"Stöd till kommersiell service\" priority 1 serves JamtlandRSP.IO1 {\n" +
                "  description \"d\"\n" +
                "  owner Kommuner, Företag, Länsstyrelsen     # performers (utförare)\n" +
                "  funding Anslag11, Landsbygdsprogrammet       # funding sources\n" +
                "  priority 2\n" +
                "  serves JamtlandRSP.IO2, G1\n" +
                "  goal G1 \"Mål\"\n" +
                "  action A1 \"Åtgärd\"\n" +
                "  note \"n\"\n" +
                "}";
            var area = Single<DeclarationSyntax>(text);

            Assert.Equal("IO1", area.Name.Text);
            Assert.Equal("Stöd till kommersiell service", area.Title!.Value);
            Assert.Equal(new[] { "priority", "serves" }, area.Clauses.Select(clause => clause.Keyword.Text));
            Assert.Equal(1m, Quantity(area.Clauses[0].Value).Value);
            Assert.Equal(new[] { "JamtlandRSP.IO1" }, Names(area.Clauses[1].Value));
            Assert.Equal("serves JamtlandRSP.IO1", TextIn(text, area.Clauses[1]));

            Assert.Equal(
                new[] { "description", "owner", "funding", "priority", "serves", "goal", "action", "note" },
                area.Body.Select(statement => statement.Keyword.Text));
            Assert.Equal(new[] { "Kommuner", "Företag", "Länsstyrelsen" }, Names(((ValueStatementSyntax)area.Body[1]).Value));
            var funding = Assert.IsType<FundingSyntax>(area.Body[2]);
            Assert.Equal(new[] { "Anslag11", "Landsbygdsprogrammet" }, funding.Items.Select(item => item.Funder.ToString()));
            Assert.All(funding.Items, item => Assert.Empty(item.Values));
            Assert.Equal(2m, Quantity(((ValueStatementSyntax)area.Body[3]).Value).Value);
            Assert.Equal(new[] { "JamtlandRSP.IO2", "G1" }, Names(((ValueStatementSyntax)area.Body[4]).Value));
            Assert.Equal("G1", Assert.IsType<DeclarationSyntax>(area.Body[5]).Name.Text);
            Assert.Equal("A1", Assert.IsType<DeclarationSyntax>(area.Body[6]).Name.Text);
        }

        [Theory]
        [InlineData("output")]
        [InlineData("result")]
        [InlineData("effect")]
        public void Goal_kind_word(string kind)
        {
            var goal = Single<DeclarationSyntax>("goal IO1.Insats \"15 företag/år genomför investeringar\" " + kind);

            Assert.Equal("IO1.Insats", goal.Name.Text);
            Assert.Equal(kind, goal.Word!.Text);
            Assert.Empty(goal.Clauses);
        }

        [Fact]
        public void Goal_with_number_name_and_no_kind()
        {
            var text = "goal 1.1 \"En tillfredsställande försörjning med dagligvaror och drivmedel i länet\"";
            var goal = Single<DeclarationSyntax>(text);

            Assert.Equal("1.1", goal.Name.Text);
            Assert.Equal("1.1", TextIn(text, goal.Name));
            Assert.Null(goal.Word);
            Assert.Empty(goal.Body);
            Assert.Equal(text, TextIn(text, goal));
        }

        [Fact]
        public void Goal_with_kind_and_serves_clause_in_header()
        {
            var goal = Single<DeclarationSyntax>("goal R1 \"Samordning\" effect serves OtherPlan.G1, G2 {\n  owner Tillvaxtverket\n}");

            Assert.Equal("effect", goal.Word!.Text);
            var serves = Assert.Single(goal.Clauses);
            Assert.Equal("serves", serves.Keyword.Text);
            Assert.Equal(new[] { "OtherPlan.G1", "G2" }, Names(serves.Value));
        }

        [Fact]
        public void Goal_serves_clause_without_kind_is_not_taken_as_the_kind()
        {
            var goal = Single<DeclarationSyntax>("goal G1 \"Mål\" serves JamtlandRSP.IO2");

            Assert.Null(goal.Word);
            Assert.Equal("serves", Assert.Single(goal.Clauses).Keyword.Text);
        }

        [Fact]
        public void Action_header_priority_word_and_serves()
        {
            var text = "action Hemsändning \"Hemsändningsbidrag\" priority high serves G2.1 {\n  owner Näringslivskontoret\n}";
            var action = Single<DeclarationSyntax>(text);

            Assert.Equal("action", action.Keyword.Text);
            Assert.Equal("Hemsändning", action.Name.Text);
            Assert.Equal("Hemsändningsbidrag", action.Title!.Value);
            Assert.Null(action.Word);
            Assert.Equal(new[] { "priority", "serves" }, action.Clauses.Select(clause => clause.Keyword.Text));
            Assert.Equal(new[] { "high" }, Names(action.Clauses[0].Value));
            Assert.Equal(new[] { "G2.1" }, Names(action.Clauses[1].Value));
            Assert.Equal("priority high", TextIn(text, action.Clauses[0]));
            Assert.Equal(text, TextIn(text, action));
        }

        [Fact]
        public void Scheme_header_with_subsidy_kind_and_title()
        {
            var scheme = Single<DeclarationSyntax>("scheme service-grant \"Servicebidrag\" {\n  source \"SFS 2000:284\"\n}");

            Assert.Equal("scheme", scheme.Keyword.Text);
            Assert.Equal("service-grant", scheme.Name.Text);
            Assert.Equal("Servicebidrag", scheme.Title!.Value);
            Assert.Equal("source", Assert.Single(scheme.Body).Keyword.Text);
        }

        [Fact]
        public void Subsidy_header_with_in_clause_and_one_line_block()
        {
            var text = "action H {\n  subsidy home-delivery-grant in 2024 { net-cost 120 000 kr; households 40 }\n}";
            var action = Single<DeclarationSyntax>(text);
            var subsidy = Assert.IsType<DeclarationSyntax>(Assert.Single(action.Body));

            Assert.Equal("subsidy", subsidy.Keyword.Text);
            Assert.Equal("home-delivery-grant", subsidy.Name.Text);
            var year = Assert.Single(subsidy.Clauses);
            Assert.Equal("in", year.Keyword.Text);
            Assert.Equal(2024m, Quantity(year.Value).Value);
            Assert.Equal(new[] { "net-cost", "households" }, subsidy.Body.Select(statement => statement.Keyword.Text));
            Assert.Equal("subsidy home-delivery-grant in 2024 { net-cost 120 000 kr; households 40 }", TextIn(text, subsidy));
        }

        [Fact]
        public void Subsidy_header_with_for_and_in_clauses_in_any_order()
        {
            var action = Single<DeclarationSyntax>("action H {\n  subsidy operating-aid for Kluk in 2024\n  subsidy service-grant in 2025 for Laxsjö\n}");

            var first = Assert.IsType<DeclarationSyntax>(action.Body[0]);
            Assert.Equal(new[] { "for", "in" }, first.Clauses.Select(clause => clause.Keyword.Text));
            Assert.Equal(new[] { "Kluk" }, Names(first.Clauses[0].Value));
            var second = Assert.IsType<DeclarationSyntax>(action.Body[1]);
            Assert.Equal(new[] { "in", "for" }, second.Clauses.Select(clause => clause.Keyword.Text));
            Assert.Equal(new[] { "Laxsjö" }, Names(second.Clauses[1].Value));
        }

        [Fact]
        public void Block_declaration_span_ends_after_its_closing_brace_not_after_a_comment()
        {
            var text = "place Kluk level 3 {\n  island\n}   # Kluk";
            var place = Single<DeclarationSyntax>(text);

            Assert.Equal("place Kluk level 3 {\n  island\n}", TextIn(text, place));
        }

        [Fact]
        public void Nested_block_spans_are_exact_at_every_level()
        {
            var text =
                "area A {\n" +
                "  action B {\n" +
                "    subsidy home-delivery-grant {\n" +
                "      households 40   # hushåll\n" +
                "    }\n" +
                "  }\n" +
                "}";
            var area = Single<DeclarationSyntax>(text);
            var action = Assert.IsType<DeclarationSyntax>(Assert.Single(area.Body));
            var subsidy = Assert.IsType<DeclarationSyntax>(Assert.Single(action.Body));
            var households = Assert.IsType<FactStatementSyntax>(Assert.Single(subsidy.Body));

            Assert.Equal(text, TextIn(text, area));
            Assert.StartsWith("action B {", TextIn(text, action));
            Assert.EndsWith("    }\n  }", TextIn(text, action));
            Assert.Equal("subsidy home-delivery-grant {\n      households 40   # hushåll\n    }", TextIn(text, subsidy));
            Assert.Equal("households 40", TextIn(text, households));
        }

        [Fact]
        public void Name_span_covers_exactly_the_name_at_its_absolute_position()
        {
            // "municipal plan P {\n" is 19 characters; "place " is 6 more.
            var place = Single<DeclarationSyntax>("place Rötviken \"Rötviken\"");

            Assert.Equal(new TextSpan(25, 8), place.Name.Span);
            Assert.Equal(new TextSpan(19, 6 + 8 + 1 + 10), place.Span);
        }
    }
}
