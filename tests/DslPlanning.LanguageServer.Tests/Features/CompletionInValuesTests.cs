using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;

namespace DslPlanning.LanguageServer.Tests.Features
{
    /// <summary>Completion inside a statement's value: numbers, amounts, <c>per</c>, a funder's values, and the order of other plans' names.</summary>
    public class CompletionInValuesTests
    {
        private static readonly string[] CostUnits = { "year", "month", "week", "place", "store", "delivery", "household", "trip", "visit", "meeting", "agreement", "participant" };

        private static readonly string[] Units = { "kr", "kronor", "tkr", "mkr", "Mkr", "mnkr", "Mnkr", "%", "km", "h/week", "years", "year" };

        private static readonly string[] Comparisons = { "at least", "at most", "more than", "less than", "about" };

        [Theory]
        [InlineData("\n      cost 20 000|")]
        [InlineData("\n      cost 20 0|00 kr")]
        [InlineData("\n      cost 20|")]
        [InlineData("\n      funding Kassan 50|")]
        public async Task Within_or_right_after_a_number_nothing_is_offered_so_that_nothing_replaces_its_digits(string body)
        {
            var items = await CompleteAsync(LinkedPlans.Municipal(body));

            Assert.Empty(items);
        }

        [Theory]
        [InlineData("\n      funding Kassan 50 %|")]
        [InlineData("\n      funding Kassan 20 000 kr, Region.Anslaget 50 %|")]
        public async Task Right_after_a_percent_sign_typed_against_a_number_nothing_is_offered_so_that_nothing_replaces_it(string body)
        {
            var items = await CompleteAsync(LinkedPlans.Municipal(body));

            Assert.Empty(items);
        }

        [Fact]
        public async Task Right_after_a_targets_percent_sign_nothing_is_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace("goal G1 \"Målet\"", "goal G1 \"Målet\" {\n      target at least 80 %|\n    }", System.StringComparison.Ordinal));

            Assert.Empty(items);
        }

        [Fact]
        public async Task Right_after_a_budgets_number_in_a_funders_header_nothing_is_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace("budget 100 000 kr per year", "budget 100 000|", System.StringComparison.Ordinal));

            Assert.Empty(items);
        }

        [Fact]
        public async Task After_a_number_and_a_space_the_units_replace_nothing()
        {
            var (text, position) = Caret.Split(LinkedPlans.Municipal("\n      cost 20 000 |"));

            var items = await CompleteAsync(text, position);

            var kr = Assert.Single(items, item => item.Label == "kr");
            Assert.Equal(position, kr.TextEdit.Range.Start);
            Assert.Equal(position, kr.TextEdit.Range.End);
        }

        [Theory]
        [InlineData("\n      cost 20 000 |")]
        [InlineData("\n      cost at most 20 000 |")]
        [InlineData("\n      cost about 200 |")]
        public async Task After_a_costs_number_and_a_space_the_units_then_per_and_in_are_offered(string body)
        {
            var items = await CompleteAsync(LinkedPlans.Municipal(body));

            Assert.Equal(Units.Concat(new[] { "per", "in" }), items.Select(item => item.Label));
            Assert.StartsWith("per <unit>:", items.Single(item => item.Label == "per").Detail, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task In_a_funders_block_after_a_budgets_number_and_a_space_the_units_then_per_year_and_in_are_offered()
        {
            const string Header = "funder Kassan \"Kommunens kassa\" municipality budget 100 000 kr per year";
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace(Header, "funder Kassan \"Kommunens kassa\" municipality {\n    budget 2 000 000 |\n  }", System.StringComparison.Ordinal));

            Assert.Equal(Units.Concat(new[] { "per", "in" }), items.Select(item => item.Label));
            Assert.StartsWith("per year:", items.Single(item => item.Label == "per").Detail, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("\n      cost 20 000 kr |")]
        [InlineData("\n      cost at most 20 000 kr |")]
        [InlineData("\n      cost about 2 mkr |")]
        [InlineData("\n      cost 20 000 kr per year |")]
        [InlineData("\n      cost 20 000 kr/year |")]
        [InlineData("\n      cost 200 kr per delivery |")]
        [InlineData("\n      cost 200 kr per delivery per household |")]
        [InlineData("\n      cost 200 kr per delivery, 600 deliveries |")]
        public async Task After_a_costs_amount_per_and_in_are_offered(string body)
        {
            var items = await CompleteAsync(LinkedPlans.Municipal(body));

            Assert.Equal(new[] { "per", "in" }, items.Select(item => item.Label));
            Assert.All(items, item => Assert.Equal(CompletionItemKind.Keyword, item.Kind));
        }

        [Theory]
        [InlineData("\n      cost 20 000 kr in |")]
        [InlineData("\n      cost 20 000 kr in 2026 |")]
        [InlineData("\n      cost 200 kr per delivery, |")]
        public async Task After_a_costs_in_or_its_volumes_comma_no_keyword_is_offered(string body)
        {
            var items = await CompleteAsync(LinkedPlans.Municipal(body));

            Assert.Empty(items);
        }

        [Fact]
        public async Task After_a_costs_volume_per_year_alone_follows_per()
        {
            var afterCount = await CompleteAsync(LinkedPlans.Municipal("\n      cost 200 kr per delivery, 600 deliveries per |"));
            var afterYear = await CompleteAsync(LinkedPlans.Municipal("\n      cost 200 kr per delivery, 600 deliveries per year |"));

            Assert.Equal(new[] { "year" }, afterCount.Select(item => item.Label));
            Assert.Equal(new[] { "in" }, afterYear.Select(item => item.Label));
        }

        [Fact]
        public async Task After_per_in_a_cost_the_cost_units_are_offered_described_in_the_servers_language()
        {
            var english = await CompleteAsync(LinkedPlans.Municipal("\n      cost 200 kr per |"));
            var swedish = await CompleteAsync(LinkedPlans.Municipal("\n      cost 200 kr per |"), "sv");

            Assert.Equal(CostUnits, english.Select(item => item.Label));
            Assert.Equal(CostUnits, swedish.Select(item => item.Label));
            Assert.Contains(english, item => item.Label == "delivery" && item.Detail == "cost unit: per delivery");
            Assert.Contains(swedish, item => item.Label == "delivery" && item.Detail == "kostnadsenhet: per hemsändning");
            Assert.Contains(swedish, item => item.Label == "household" && item.Detail == "kostnadsenhet: per hushåll");
            Assert.Contains(swedish, item => item.Label == "year" && item.Detail == "kostnadsenhet: per år");
        }

        [Fact]
        public async Task After_a_second_per_the_units_given_already_are_left_out()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      cost 100 kr per delivery per |"));
            var afterPerYear = await CompleteAsync(LinkedPlans.Municipal("\n      cost 100 kr per year per |"));

            Assert.Equal(CostUnits.Where(unit => unit != "delivery"), items.Select(item => item.Label));
            Assert.Equal(CostUnits.Where(unit => unit != "year"), afterPerYear.Select(item => item.Label));
        }

        [Fact]
        public async Task After_per_and_in_the_details_are_in_the_servers_language()
        {
            var english = await CompleteAsync(LinkedPlans.Municipal("\n      cost 20 000 kr |"));
            var swedish = await CompleteAsync(LinkedPlans.Municipal("\n      cost 20 000 kr |"), "sv");

            Assert.StartsWith("per <unit>:", english[0].Detail, System.StringComparison.Ordinal);
            Assert.StartsWith("per <enhet>: vad beloppet avser", swedish[0].Detail, System.StringComparison.Ordinal);
            Assert.StartsWith("in <år eller period>:", swedish[1].Detail, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("\n      funding Kassan |")]
        [InlineData("\n      funding Kassan 50 % |")]
        [InlineData("\n      funding Kassan 50 %, Region.Anslaget 10 000 kr |")]
        [InlineData("\n      funding Kassan 100 kr per delivery |")]
        [InlineData("\n      funding Kassan 50 % 20 000 kr per year |")]
        public async Task After_a_funder_or_its_values_per_and_in_are_offered(string body)
        {
            var items = await CompleteAsync(LinkedPlans.Municipal(body));

            Assert.Equal(new[] { "per", "in" }, items.Select(item => item.Label));
        }

        [Fact]
        public async Task After_per_in_a_funding_the_cost_units_are_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      funding Kassan 100 kr per |"));
            var afterIn = await CompleteAsync(LinkedPlans.Municipal("\n      funding Kassan 50 % in 2026 |"));

            Assert.Equal(CostUnits, items.Select(item => item.Label));
            Assert.Empty(afterIn);
        }

        [Fact]
        public async Task In_a_funders_header_after_the_budgets_amount_per_and_in_and_after_per_year_alone()
        {
            var afterAmount = await CompleteAsync(LinkedPlans.Municipal().Replace("budget 100 000 kr per year", "budget 100 000 kr |", System.StringComparison.Ordinal));
            var afterPer = await CompleteAsync(LinkedPlans.Municipal().Replace("budget 100 000 kr per year", "budget 100 000 kr per |", System.StringComparison.Ordinal));

            Assert.Equal(new[] { "per", "in" }, afterAmount.Select(item => item.Label));
            Assert.Equal(new[] { "year" }, afterPer.Select(item => item.Label));
        }

        [Fact]
        public async Task In_a_funders_block_after_a_budgets_amount_per_and_in_and_after_per_year_alone()
        {
            const string Header = "funder Kassan \"Kommunens kassa\" municipality budget 100 000 kr per year";
            var afterAmount = await CompleteAsync(LinkedPlans.Municipal().Replace(Header, "funder Kassan \"Kommunens kassa\" municipality {\n    budget 2 000 000 kr |\n  }", System.StringComparison.Ordinal));
            var afterPer = await CompleteAsync(LinkedPlans.Municipal().Replace(Header, "funder Kassan \"Kommunens kassa\" municipality {\n    budget 2 000 000 kr per |\n  }", System.StringComparison.Ordinal));
            var afterYear = await CompleteAsync(LinkedPlans.Municipal().Replace(Header, "funder Kassan \"Kommunens kassa\" municipality {\n    budget 2 000 000 kr per year |\n  }", System.StringComparison.Ordinal));

            Assert.Equal(new[] { "per", "in" }, afterAmount.Select(item => item.Label));
            Assert.Equal(new[] { "year" }, afterPer.Select(item => item.Label));
            Assert.Equal(new[] { "in" }, afterYear.Select(item => item.Label));
        }

        [Fact]
        public async Task In_a_subsidy_after_a_facts_amount_per_and_after_per_year_alone()
        {
            var afterAmount = await CompleteAsync(LinkedPlans.Municipal("\n      subsidy home-delivery-grant in 2025 {\n        net-cost 120 000 kr |\n      }"));
            var afterPer = await CompleteAsync(LinkedPlans.Municipal("\n      subsidy home-delivery-grant in 2025 {\n        net-cost 120 000 kr per |\n      }"));

            Assert.Equal(new[] { "per" }, afterAmount.Select(item => item.Label));
            Assert.Equal(new[] { "year" }, afterPer.Select(item => item.Label));
        }

        [Fact]
        public async Task In_a_scheme_after_a_terms_at_most_amount_per_is_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace("  level 1 \"Centralort\"", "  scheme home-delivery-grant \"Hemsändningsbidrag\" {\n    amount at most 250 000 kr |\n  }\n  level 1 \"Centralort\"", System.StringComparison.Ordinal));

            Assert.Equal(new[] { "per" }, items.Select(item => item.Label));
        }

        [Fact]
        public async Task After_a_targets_value_per_in_and_by_are_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace("goal G1 \"Målet\"", "goal G1 \"Målet\" {\n      target at least 80 % |\n    }", System.StringComparison.Ordinal));

            Assert.Equal(new[] { "per", "in", "by" }, items.Select(item => item.Label));
        }

        [Theory]
        [InlineData("\n      cost |")]
        [InlineData("\n      cost a|")]
        public async Task After_cost_at_most_and_about_are_offered_as_the_language_reference_has_its_form(string body)
        {
            var items = await CompleteAsync(LinkedPlans.Municipal(body));

            Assert.Equal(new[] { "at most", "about" }, items.Select(item => item.Label));
            Assert.All(items, item => Assert.Equal(CompletionItemKind.Keyword, item.Kind));
        }

        [Theory]
        [InlineData("baseline")]
        [InlineData("target")]
        [InlineData("actual")]
        public async Task After_a_measures_keyword_the_comparisons_are_offered(string keyword)
        {
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace("goal G1 \"Målet\"", "goal G1 \"Målet\" {\n      " + keyword + " |\n    }", System.StringComparison.Ordinal));

            Assert.Equal(Comparisons, items.Select(item => item.Label));
        }

        [Fact]
        public async Task In_a_scheme_after_a_terms_name_the_comparisons_are_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace("  level 1 \"Centralort\"", "  scheme home-delivery-grant \"Hemsändningsbidrag\" {\n    amount |\n  }\n  level 1 \"Centralort\"", System.StringComparison.Ordinal));

            Assert.Equal(Comparisons, items.Select(item => item.Label));
        }

        [Fact]
        public async Task In_a_subsidy_after_a_facts_name_no_comparison_is_offered_since_a_fact_of_an_application_has_none()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      subsidy home-delivery-grant in 2025 {\n        net-cost |\n      }"));

            Assert.DoesNotContain(items, item => Comparisons.Contains(item.Label));
        }

        [Fact]
        public async Task The_comparisons_details_are_in_the_servers_language()
        {
            var english = await CompleteAsync(LinkedPlans.Municipal("\n      cost |"));
            var swedish = await CompleteAsync(LinkedPlans.Municipal("\n      cost |"), "sv");

            Assert.Equal("at most <value>: the value or less", english[0].Detail);
            Assert.Equal("at most <värde>: värdet eller mindre", swedish[0].Detail);
            Assert.Equal("about <värde>: en uppskattning", swedish[1].Detail);
        }

        [Fact]
        public async Task The_names_of_the_plans_the_plan_follows_come_before_those_of_plans_it_does_not_follow()
        {
            const string Other = """
                regional plan Annan "Annan region" {
                  owner Annans
                  period 2023..2030
                  actor Annans "Annan region" region
                }
                """;
            var (text, position) = Caret.Split(LinkedPlans.Municipal("\n      owner |"));
            await using var open = await OpenPlan.SmallAsync(text, new[] { ("annan.plan", Other) });

            var list = await open.Session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(open.Document, position, new CompletionContext(CompletionTriggerKind.Invoked, null)));

            Assert.Equal(new[] { "Kommunen", "Region.Regionen", "Annan.Annans" }, list.Items.Select(item => item.Label));
            Assert.Equal(list.Items.Select(item => item.SortText).OrderBy(sortText => sortText, System.StringComparer.Ordinal), list.Items.Select(item => item.SortText));
        }

        private static async Task<CompletionItem[]> CompleteAsync(string marked, string? locale = null)
        {
            var (text, position) = Caret.Split(marked);
            return await CompleteAsync(text, position, locale);
        }

        private static async Task<CompletionItem[]> CompleteAsync(string text, Position position, string? locale = null)
        {
            await using var open = await OpenPlan.SmallAsync(text, locale: locale);
            var list = await open.Session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(open.Document, position, new CompletionContext(CompletionTriggerKind.Invoked, null)));
            return list.Items.ToArray();
        }
    }
}
