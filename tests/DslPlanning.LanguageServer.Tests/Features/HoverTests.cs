using System;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using DslPlanning.Model.Law;

namespace DslPlanning.LanguageServer.Tests.Features
{
    public class HoverTests
    {
        [Fact]
        public async Task A_funder_shows_its_title_and_its_commitments_per_year_against_its_budget()
        {
            var hover = await HoverAsync(LinkedPlans.Municipal(), "      funding Kass");

            Assert.Equal(MarkupKind.Markdown, hover!.Contents.Kind);
            Assert.StartsWith("**funder** `Kassan` — Kommunens kassa", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("| 2025 | 10 000 kr | 100 000 kr |", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("| 2030 | 10 000 kr | 100 000 kr |", hover.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_funder_committed_beyond_its_budget_says_by_how_much()
        {
            var plan = LinkedPlans.Municipal().Replace("cost 10 000 kr per year", "cost 130 000 kr per year", StringComparison.Ordinal);

            var hover = await HoverAsync(plan, "      funding Kass");

            Assert.Contains("| 2025 | 130 000 kr | 100 000 kr | **over by 30 000 kr** |", hover!.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task The_name_of_a_reference_is_the_range_of_the_hover()
        {
            var plan = LinkedPlans.Municipal();

            var hover = await HoverAsync(plan, "      funding Kass");

            var line = Caret.After(plan, "      funding Kass").Line;
            Assert.Equal(new Protocol.Range(new Position(line, 14), new Position(line, 20)), hover!.Range);
        }

        [Fact]
        public async Task An_action_shows_its_title_description_owner_and_funding_per_year()
        {
            var hover = await HoverAsync(LinkedPlans.Municipal(), "action Hjä");

            Assert.StartsWith("**action** `Hjälp` — Hjälpen", hover!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("Hjälp till byn", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("owner: Kommunen", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("funding: Kassan: 10 000 kr per year", hover.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Another_plans_goal_named_qualified_shows_that_goal()
        {
            var hover = await HoverAsync(LinkedPlans.Municipal(), "serves Region.IO");

            Assert.StartsWith("**area** `IO1` — Tillgänglighet", hover!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("priority: 1", hover.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_rule_id_in_an_exception_shows_the_rules_title_and_docs_page()
        {
            var plan = LinkedPlans.Municipal("\n      exception SP3003 \"Kostnaden delas med grannkommunen\"");

            var hover = await HoverAsync(plan, "exception SP30");

            Assert.StartsWith("**rule SP3003**: ", hover!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("(https://github.com/DslPlanning/DslPlanning/blob/main/docs/rules/SP3003.md)", hover.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Where_nothing_is_named_there_is_no_hover()
        {
            var hover = await HoverAsync(LinkedPlans.Municipal(), "  period 20");

            Assert.Null(hover);
        }

        [Fact]
        public async Task Krokoms_home_delivery_grant_shows_the_laws_maximum_per_year_with_its_source()
        {
            await using var open = await OpenPlan.RealAsync("krokom.plan");

            var hover = await open.Session.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(open.Document, Caret.After(open.Text, "      subsidy home-deli")));

            var law = SubsidyLaw.HomeDelivery.For(2024)!;
            Assert.StartsWith("**subsidy application** `home-delivery-grant` of action `Hemsändning`", hover!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains($"| 2024 | 100 kr per household and delivery | {law.Source} |", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains($"| 2030 | 100 kr per household and delivery (2026's amounts, the last known) | {law.Source} |", hover.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Krokoms_funder_RegionJH_shows_its_title()
        {
            await using var open = await OpenPlan.RealAsync("krokom.plan");

            var hover = await open.Session.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(open.Document, Caret.After(open.Text, "  funder Regio")));

            Assert.StartsWith("**funder** `RegionJH` — Region Jämtland Härjedalen", hover!.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task With_a_swedish_locale_a_funder_shows_its_commitments_against_its_budget_in_swedish()
        {
            var plan = LinkedPlans.Municipal().Replace("cost 10 000 kr per year", "cost 130 000 kr per year", StringComparison.Ordinal);

            var hover = await HoverAsync(plan, "      funding Kass", "sv");

            Assert.StartsWith("**finansiär** `Kassan` — Kommunens kassa", hover!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("| år | åtagande | budget | |", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("| 2025 | 130 000 kr | 100 000 kr | **överskriden med 30 000 kr** |", hover.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task With_a_swedish_locale_an_action_shows_its_owner_status_and_funding_in_swedish()
        {
            var hover = await HoverAsync(LinkedPlans.Municipal(), "action Hjä", "sv");

            Assert.StartsWith("**åtgärd** `Hjälp` — Hjälpen", hover!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("\n\nansvarig: Kommunen", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("\n\nstatus: planerad", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("\n\nfinansiering: Kassan: 10 000 kr per år under 2025–2030", hover.Contents.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("owner", hover.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task With_a_swedish_locale_an_area_and_a_plan_are_named_with_the_documents_terms()
        {
            var area = await HoverAsync(LinkedPlans.Municipal(), "serves Region.IO", "sv");
            var plan = await HoverAsync(LinkedPlans.Municipal(), "  follows Regi", "sv");

            Assert.StartsWith("**insatsområde** `IO1` — Tillgänglighet", area!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("\n\nprioritet: 1", area.Contents.Value, StringComparison.Ordinal);
            Assert.StartsWith("**regionalt serviceprogram** `Region` — Regionens program", plan!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("\n\nansvarig: Regionen", plan.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("\n\ngiltighetstid: 2023–2030", plan.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task With_a_swedish_locale_krokoms_home_delivery_grant_shows_the_laws_maximum_in_swedish()
        {
            await using var open = await OpenPlan.RealAsync("krokom.plan", locale: "sv");

            var hover = await open.Session.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(open.Document, Caret.After(open.Text, "      subsidy home-deli")));

            var law = SubsidyLaw.HomeDelivery.For(2024)!;
            Assert.StartsWith("**stödansökan** `home-delivery-grant` (hemsändningsbidrag) för åtgärden `Hemsändning`", hover!.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("| år | högsta stöd | lag |", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains($"| 2024 | 100 kr per hushåll och hemsändning | {law.SwedishSource} |", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains($"| 2030 | 100 kr per hushåll och hemsändning (2026 års belopp, de senast kända) | {law.SwedishSource} |", hover.Contents.Value, StringComparison.Ordinal);
        }

        private static async Task<Hover?> HoverAsync(string text, string before, string? locale = null)
        {
            await using var open = await OpenPlan.SmallAsync(text, locale: locale);

            return await open.Session.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(open.Document, Caret.After(text, before)));
        }
    }
}
