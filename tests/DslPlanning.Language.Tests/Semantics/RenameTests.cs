using System;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>Rename (<see cref="SymbolQueries.Rename"/>): the edits in every file, and the refusals.</summary>
    public class RenameTests
    {
        private const string Regional = """
            regional plan R {
              area IO1
              goal 3.1
              goal 3.2
              goal 3.3
              level 1
              place Kluk level 1
              funder Anslag
              funder Region
            }
            """;

        private const string Municipal = """
            municipal plan M {
              follows R
              funder Kommunen
              area A serves R.IO1, R.3.1–3.3 {
                action X serves R.IO1 { funding R.Anslag 50 %, Kommunen 50 % }
              }
            }
            """;

        private static readonly (string Path, string Text)[] Files = { ("m.plan", Municipal), ("r.plan", Regional) };

        [Fact]
        public void An_element_of_another_plan_is_renamed_at_its_declaration_and_in_the_member_part_of_every_qualified_name()
        {
            var renamed = Renamed(new ElementKey(SymbolKind.Area, "R", "IO1"), "Insatsområde1");

            Assert.Contains("area A serves R.Insatsområde1, R.3.1–3.3", renamed["m.plan"]);
            Assert.Contains("action X serves R.Insatsområde1 {", renamed["m.plan"]);
            Assert.Contains("area Insatsområde1\n", renamed["r.plan"]);
        }

        [Fact]
        public void A_plan_is_renamed_in_its_header_in_follows_and_in_the_plan_part_of_qualified_names()
        {
            var renamed = Renamed(new PlanKey("R"), "Region");

            Assert.Equal(Municipal.Replace("R.", "Region.").Replace("follows R", "follows Region"), renamed["m.plan"]);
            Assert.StartsWith("regional plan Region {", renamed["r.plan"]);
        }

        [Fact]
        public void A_level_written_as_a_number_is_renamed_to_a_name()
        {
            var renamed = Renamed(new ElementKey(SymbolKind.Level, "R", "1"), "servicenod");

            Assert.Contains("level servicenod\n  place Kluk level servicenod", renamed["r.plan"]);
        }

        [Fact]
        public void A_new_name_in_another_form_of_Unicode_is_written_as_names_are_read_and_the_same_name_changes_nothing()
        {
            var renamed = Renamed(new ElementKey(SymbolKind.Funder, "M", "Kommunen"), "Ja\u0308mtland");
            Assert.Contains("Jämtland 50 %", renamed["m.plan"]);

            Assert.Empty(Rename(new ElementKey(SymbolKind.Funder, "M", "Kommunen"), "Kommunen").Edits);
        }

        [Theory]
        [InlineData("Region JH", "'Region JH' is not a name: a name is letters, digits and '_', in parts joined by '.' or '-', with no spaces (such as RegionJH, Hemsändning or 3.1).")]
        [InlineData("", "The new name is empty.")]
        [InlineData("R.X", "'R.X' would read as X of the plan R: choose a name that does not begin with a plan's name and '.'.")]
        public void A_funder_is_not_renamed_to_what_is_not_a_name_or_would_read_as_another_name(string newName, string refusal) =>
            Assert.Equal(refusal, Rename(new ElementKey(SymbolKind.Funder, "M", "Kommunen"), newName).Refusal?.English);

        [Fact]
        public void A_funder_is_not_renamed_to_the_name_of_another_funder_of_its_plan() =>
            Assert.Equal("The plan R already has a funder named Anslag (r.plan, line 8).", Rename(new ElementKey(SymbolKind.Funder, "R", "Region"), "Anslag").Refusal?.English);

        [Fact]
        public void A_name_longer_than_names_may_be_is_refused() =>
            Assert.Equal("The new name is longer than the 128 characters a name may have.", Rename(new ElementKey(SymbolKind.Funder, "M", "Kommunen"), new string('x', 129)).Refusal?.English);

        [Fact]
        public void Areas_and_goals_share_their_names()
        {
            var refusal = Rename(new ElementKey(SymbolKind.Area, "R", "IO1"), "3.1").Refusal?.English;

            Assert.Equal("The plan R already has a goal named 3.1 (r.plan, line 3) (areas and goals share their names).", refusal);
        }

        [Fact]
        public void An_actor_may_take_a_funders_name_since_they_do_not_share_names()
        {
            var regional = Regional.Replace("funder Anslag", "funder Anslag\n  actor Länsstyrelsen");
            var result = SymbolQueries.Of(Compile.Files(("r.plan", regional))).Rename(new ElementKey(SymbolKind.Actor, "R", "Länsstyrelsen"), "Anslag");

            Assert.False(result.IsRefused, result.Refusal?.English);
        }

        [Fact]
        public void A_plan_is_not_renamed_to_another_plans_name_nor_to_a_name_with_a_dot()
        {
            Assert.Equal("There is already a plan named M (m.plan, line 1).", Rename(new PlanKey("R"), "M").Refusal?.English);
            Assert.Equal("A plan's name cannot contain '.': 'R.S' would read as an element of another plan (Plan.name).", Rename(new PlanKey("R"), "R.S").Refusal?.English);
        }

        [Theory]
        [InlineData("3.1")]
        [InlineData("3.2")]
        [InlineData("3.3")]
        public void A_goal_that_a_range_names_or_stands_for_is_not_renamed(string goal)
        {
            var refusal = Rename(new ElementKey(SymbolKind.Goal, "R", goal), "3.9").Refusal?.English;

            Assert.Equal($"The goal {goal} is part of the range R.3.1–3.3 (m.plan, line 4): with a new name the range would stand for other goals. "
                + "Write the range's goals out one by one first.", refusal);
        }

        [Fact]
        public void A_level_is_not_renamed_to_a_name_that_would_read_as_a_number()
        {
            Assert.Equal(
                "A level is written after 'level' as a number (3) or as a name that begins with a letter (servicenod); '2a' is neither.",
                Rename(new ElementKey(SymbolKind.Level, "R", "1"), "2a").Refusal?.English);
            Assert.False(Rename(new ElementKey(SymbolKind.Level, "R", "1"), "2").IsRefused);
        }

        [Fact]
        public void A_funder_or_place_is_not_renamed_to_a_name_that_begins_with_a_digit_but_an_area_is()
        {
            Assert.Equal("A funder's name begins with a letter: after 'paid-by' in a subsidy, '1_1' would read as a number.", Rename(new ElementKey(SymbolKind.Funder, "R", "Anslag"), "1_1").Refusal?.English);
            Assert.Equal("A place's name begins with a letter: after 'place' in a subsidy, '2024' would read as a number.", Rename(new ElementKey(SymbolKind.Place, "R", "Kluk"), "2024").Refusal?.English);
            Assert.False(Rename(new ElementKey(SymbolKind.Area, "R", "IO1"), "4").IsRefused);
        }

        [Theory]
        [InlineData("A1_1", true)]
        [InlineData("1_1", false)]
        public void The_grammar_reads_a_paid_by_that_begins_with_a_digit_as_a_number(string funder, bool bound)
        {
            var compilation = Compile.InPlan($"funder {funder}\naction X {{\n  subsidy home-delivery-grant in 2024 {{ paid-by {funder} }}\n}}");

            Assert.Equal(bound, compilation.Plans.Single().References.Any(reference => reference.Symbol is ElementKey { Kind: SymbolKind.Funder }));
        }

        [Fact]
        public void A_rule_and_an_undeclared_name_are_not_renamed()
        {
            Assert.Equal("SP5001 is the ID of a rule of the checker; a plan cannot rename it.", Rename(new RuleKey("SP5001"), "SP5002").Refusal?.English);
            Assert.Equal("No plan declares the goal 9.9, so there is nothing to rename.", Rename(new ElementKey(SymbolKind.Goal, "R", "9.9"), "9.8").Refusal?.English);
        }

        [Fact]
        public void A_refusal_reads_in_swedish_in_the_documents_words()
        {
            Assert.Equal("Planen R har redan en finansiär som heter Anslag (r.plan, rad 8).", Rename(new ElementKey(SymbolKind.Funder, "R", "Region"), "Anslag").Refusal?.Swedish);
            Assert.Equal("Planen R har redan ett mål som heter 3.1 (r.plan, rad 3) (insatsområden och mål delar namn).", Rename(new ElementKey(SymbolKind.Area, "R", "IO1"), "3.1").Refusal?.Swedish);
            Assert.Equal("Målet 3.2 ingår i intervallet R.3.1–3.3 (m.plan, rad 4): med ett nytt namn skulle intervallet stå för andra mål. "
                + "Skriv först ut intervallets mål ett i taget.", Rename(new ElementKey(SymbolKind.Goal, "R", "3.2"), "3.9").Refusal?.Swedish);
            Assert.Equal("En finansiärs namn börjar med en bokstav: efter 'paid-by' i en stödansökan skulle '1_1' läsas som ett tal.",
                Rename(new ElementKey(SymbolKind.Funder, "R", "Anslag"), "1_1").Refusal?.Swedish);
            Assert.Equal("Det finns redan en plan som heter M (m.plan, rad 1).", Rename(new PlanKey("R"), "M").Refusal?.Swedish);
            Assert.Equal("Ingen plan deklarerar målet 9.9, så det finns inget att byta namn på.", Rename(new ElementKey(SymbolKind.Goal, "R", "9.9"), "9.8").Refusal?.Swedish);
            Assert.Equal("Det nya namnet är tomt.", Rename(new ElementKey(SymbolKind.Funder, "M", "Kommunen"), string.Empty).Refusal?.Swedish);
        }

        [Theory]
        [InlineData("budget")]
        [InlineData("funding")]
        [InlineData("in")]
        [InlineData("per")]
        [InlineData("serves")]
        public void A_keyword_is_a_name_where_a_name_stands_so_a_funder_named_after_one_binds_as_before(string keyword)
        {
            var renamed = Renamed(new ElementKey(SymbolKind.Funder, "M", "Kommunen"), keyword);
            var before = Compile.Files(Files);
            var after = Compile.Files(("m.plan", renamed["m.plan"]), ("r.plan", renamed["r.plan"]));

            Assert.Equal(before.Diagnostics.Select(diagnostic => diagnostic.Id), after.Diagnostics.Select(diagnostic => diagnostic.Id));
            Assert.Equal(2, SymbolQueries.Of(after).References(new ElementKey(SymbolKind.Funder, "M", keyword), includeDeclaration: true).Count);
        }

        private static RenameResult Rename(SymbolKey symbol, string newName) => SymbolQueries.Of(Compile.Files(Files)).Rename(symbol, newName);

        /// <summary>The files' texts after the rename's edits, which must not be refused.</summary>
        private static System.Collections.Generic.Dictionary<string, string> Renamed(SymbolKey symbol, string newName)
        {
            var result = Rename(symbol, newName);
            Assert.False(result.IsRefused, result.Refusal?.English);
            return RenameEdits.Apply(Files, result);
        }
    }
}
