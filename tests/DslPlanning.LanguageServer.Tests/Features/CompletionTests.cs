using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;

namespace DslPlanning.LanguageServer.Tests.Features
{
    public class CompletionTests
    {
        [Fact]
        public async Task At_a_statement_start_in_an_action_the_actions_statements_are_offered_with_their_description_and_example()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      |"));

            var owner = Assert.Single(items, item => item.Label == "owner" && item.Kind == CompletionItemKind.Keyword);
            Assert.Equal("owner <actor>, …", owner.Detail);
            Assert.Contains("responsible (ansvarig utförare)", owner.Documentation!.Value, System.StringComparison.Ordinal);
            Assert.Contains("owner Näringslivskontoret", owner.Documentation.Value, System.StringComparison.Ordinal);
            Assert.Contains(items, item => item.Label == "funding");
            Assert.Contains(items, item => item.Label == "status");
            Assert.DoesNotContain(items, item => item.Label is "follows" or "aim" or "goal");
        }

        [Fact]
        public async Task A_statement_given_once_is_not_offered_again_when_it_stands_in_the_block_or_its_header()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      |"));

            Assert.DoesNotContain(items, item => item.Label == "description");
            Assert.DoesNotContain(items, item => item.Label == "serves");
            Assert.Contains(items, item => item.Label == "period");
        }

        [Fact]
        public async Task A_new_action_is_offered_as_a_snippet_with_owner_funding_and_serves_stubs()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n    }\n    |\n    action Tom {"));

            var snippet = Assert.Single(items, item => item.Label == "action" && item.Kind == CompletionItemKind.Snippet);
            Assert.Equal(InsertTextFormat.Snippet, snippet.InsertTextFormat);
            Assert.StartsWith("action ${1:Name}", snippet.TextEdit.NewText, System.StringComparison.Ordinal);
            Assert.Contains("serves ${3:goal}", snippet.TextEdit.NewText, System.StringComparison.Ordinal);
            Assert.Contains("owner ${4:actor}", snippet.TextEdit.NewText, System.StringComparison.Ordinal);
            Assert.Contains("funding ${5:funder}", snippet.TextEdit.NewText, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task After_owner_the_actors_are_offered_and_another_plans_actors_qualified()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      owner |"));

            Assert.Equal(new[] { "Kommunen", "Region.Regionen" }, items.Select(item => item.Label));
            Assert.All(items, item => Assert.Equal(CompletionItemKind.Reference, item.Kind));
            Assert.Equal("Kommunen", items[0].Documentation!.Value);
        }

        [Fact]
        public async Task After_funding_and_after_a_comma_in_its_list_the_funders_are_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      funding Kassan 50 %, |"));

            Assert.Equal(new[] { "Kassan", "Region.Anslaget" }, items.Select(item => item.Label));
        }

        [Fact]
        public async Task After_serves_the_goals_and_areas_are_offered_and_after_a_plan_and_a_dot_its_goals_replacing_what_was_typed()
        {
            var (text, position) = Caret.Split(LinkedPlans.Municipal("\n      |"));
            text = text.Insert(Offset(text, position), "serves Region.");
            var items = await CompleteAsync(text, position with { Character = position.Character + "serves Region.".Length }, triggerCharacter: ".");

            var goal = Assert.Single(items, item => item.Label == "Region.IO1");
            Assert.Equal(position with { Character = position.Character + "serves ".Length }, goal.TextEdit.Range.Start);
            Assert.Contains(items, item => item.Label == "G1");
            Assert.Contains(items, item => item.Label == "A1");
        }

        [Fact]
        public async Task In_a_new_areas_header_its_clauses_are_offered_and_one_written_already_is_not()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n    }\n  }\n  area A2 \"Nytt\" priority 2 |").Replace("\n    }\n  }\n}", "\n}"));

            Assert.Equal("serves", items[0].Label);
            Assert.Equal("serves <goal or area>, …", items[0].Detail);
            Assert.DoesNotContain(items, item => item.Label == "priority");
        }

        [Fact]
        public async Task After_follows_the_other_plans_are_offered_with_their_titles()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace("  follows Region", "  follows |", System.StringComparison.Ordinal));

            var plan = Assert.Single(items);
            Assert.Equal("Region", plan.Label);
            Assert.Equal("Regionens program", plan.Documentation!.Value);
        }

        [Fact]
        public async Task After_status_in_an_action_the_statuses_of_an_action_are_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      status |"));

            Assert.Equal(new[] { "planned", "proposed", "ongoing", "completed", "cancelled", "example" }, items.Select(item => item.Label));
        }

        [Fact]
        public async Task After_a_number_the_units_are_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      cost 20 000 |"));

            Assert.Contains(items, item => item.Label == "kr" && item.Kind == CompletionItemKind.Unit);
            Assert.Contains(items, item => item.Label == "tkr");
            Assert.Contains(items, item => item.Label == "%");
            Assert.Contains(items, item => item.Label == "h/week");
        }

        [Fact]
        public async Task After_a_number_the_units_are_described_in_the_servers_language_and_the_unit_words_stay()
        {
            var english = await CompleteAsync(LinkedPlans.Municipal("\n      cost 20 000 |"));
            var swedish = await CompleteAsync(LinkedPlans.Municipal("\n      cost 20 000 |"), "sv");

            Assert.Contains(english, item => item.Label == "tkr" && item.Detail == "money in thousands of kronor: 400 tkr = 400 000 kr");
            Assert.Contains(swedish, item => item.Label == "tkr" && item.Detail == "belopp i tusental kronor: 400 tkr = 400 000 kr");
            Assert.Contains(swedish, item => item.Label == "h/week" && item.Detail == "öppettimmar per vecka: 45 h/week");
        }

        [Fact]
        public async Task After_exception_the_rules_are_offered_with_their_titles()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n      exception |"));

            var rule = Assert.Single(items, item => item.Label == "SP3003");
            Assert.Equal(CompletionItemKind.Constant, rule.Kind);
            Assert.False(string.IsNullOrEmpty(rule.Detail));
            Assert.Contains("docs/rules/SP3003.md", rule.Documentation!.Value, System.StringComparison.Ordinal);
            Assert.DoesNotContain(items, item => item.Label.StartsWith("SP0", System.StringComparison.Ordinal) || item.Label.StartsWith("SP1", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task After_services_the_services_of_the_language_are_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal("\n    }\n    |").Replace("|", string.Empty).Replace("place Byn level 1 { services groceries }", "place Byn level 1 { services groceries, | }"));

            Assert.Contains(items, item => item.Label == "fuel");
            Assert.Contains(items, item => item.Label == "pharmacy");
        }

        [Fact]
        public async Task A_space_typed_in_a_lines_indentation_asks_for_nothing()
        {
            var (text, position) = Caret.Split(LinkedPlans.Municipal("\n      |"));

            var items = await CompleteAsync(text, position, triggerCharacter: " ");

            Assert.Empty(items);
        }

        [Fact]
        public async Task In_an_action_typed_halfway_at_the_end_of_the_file_the_actions_statements_are_offered()
        {
            var items = await CompleteAsync(LinkedPlans.Municipal().Replace("\n    }\n  }\n}", "\n    }\n    action X {\n      |"));

            Assert.Contains(items, item => item.Label == "owner");
            Assert.Contains(items, item => item.Label == "serves");
            Assert.DoesNotContain(items, item => item.Label == "goal");
        }

        [Fact]
        public async Task In_krokom_the_goals_of_the_regional_programme_are_offered_after_serves()
        {
            const string Marker = "action Hemsändning \"Hemsändningsbidrag\" {";
            await using var open = await OpenPlan.RealAsync("krokom.plan", text => text.Replace(Marker, Marker + "\n      serves JämtlandRSP.", System.StringComparison.Ordinal));

            var list = await open.Session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(open.Document, Caret.After(open.Text, "serves JämtlandRSP."), new CompletionContext(CompletionTriggerKind.TriggerCharacter, ".")));

            Assert.Contains(list.Items, item => item.Label == "JämtlandRSP.IO1");
            Assert.Contains(list.Items, item => item.Label == "M2.1");
        }

        [Fact]
        public async Task In_krokom_the_funders_of_the_plan_are_offered_after_funding_and_no_actor_that_is_not_one()
        {
            const string Marker = "action Hemsändning \"Hemsändningsbidrag\" {";
            await using var open = await OpenPlan.RealAsync("krokom.plan", text => text.Replace(Marker, Marker + "\n      funding ", System.StringComparison.Ordinal));

            var list = await open.Session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(open.Document, Caret.After(open.Text, Marker + "\n      funding "), null));

            Assert.Contains(list.Items, item => item.Label == "Kommunstyrelsen");
            Assert.Contains(list.Items, item => item.Label == "RegionJH");
            Assert.DoesNotContain(list.Items, item => item.Label == "Näringslivskontoret");
        }

        [Fact]
        public async Task With_a_swedish_locale_names_words_and_rules_are_described_in_swedish_and_keywords_stay()
        {
            var owners = await CompleteAsync(LinkedPlans.Municipal("\n      serves |"), "sv");
            var rules = await CompleteAsync(LinkedPlans.Municipal("\n      exception |"), "sv");
            var kinds = await CompleteAsync(LinkedPlans.Municipal("\n      subsidy |"), "sv");

            Assert.Contains(owners, item => item.Label == "G1" && item.Detail == "målet G1");
            Assert.Contains(owners, item => item.Label == "Region.IO1" && item.Detail == "insatsområdet IO1 i planen Region");
            var rule = Assert.Single(rules, item => item.Label == "SP3003");
            Assert.Equal(Language.Diagnostics.DiagnosticCatalog.Find("SP3003")!.TextIn(Model.PlanLanguage.Swedish).Title, rule.Detail);
            Assert.Contains("docs/rules/sv/SP3003.md", rule.Documentation!.Value, System.StringComparison.Ordinal);
            Assert.Contains(kinds, item => item.Label == "home-delivery-grant" && item.Detail == "stödtyp");
        }

        private static async Task<CompletionItem[]> CompleteAsync(string marked, string? locale = null)
        {
            var (text, position) = Caret.Split(marked);
            return await CompleteAsync(text, position, locale: locale);
        }

        private static async Task<CompletionItem[]> CompleteAsync(string text, Position position, string? triggerCharacter = null, string? locale = null)
        {
            await using var open = await OpenPlan.SmallAsync(text, locale: locale);
            var context = triggerCharacter is null
                ? new CompletionContext(CompletionTriggerKind.Invoked, null)
                : new CompletionContext(CompletionTriggerKind.TriggerCharacter, triggerCharacter);

            var list = await open.Session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(open.Document, position, context));

            return list.Items.ToArray();
        }

        private static int Offset(string text, Position position) =>
            string.Join('\n', text.Split('\n').Take(position.Line)).Length + (position.Line > 0 ? 1 : 0) + position.Character;
    }
}
