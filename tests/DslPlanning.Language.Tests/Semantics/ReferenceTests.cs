using System.Linq;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Semantics
{
    public class ReferenceTests
    {
        [Fact]
        public void Unknown_actor_is_reported_at_the_name_with_a_suggestion()
        {
            var diagnostic = Compile.InPlan("actor Näringslivskontoret\naction A { owner Näringslivskontor }").Single();

            Assert.Equal("SP1002", diagnostic.Id);
            Assert.Equal("3,20", diagnostic.Position());
            Assert.Equal(17, diagnostic.Location.Span.Length);
            Assert.Contains("Unknown actor 'Näringslivskontor'", diagnostic.Message);
            Assert.Contains("did you mean 'Näringslivskontoret'", diagnostic.Message);
        }

        [Fact]
        public void Reference_to_an_element_of_another_kind_names_both_kinds()
        {
            var diagnostic = Compile.InPlan("funder Kommunstyrelsen\naction A { owner Kommunstyrelsen }").Single();

            Assert.Equal("SP1011", diagnostic.Id);
            Assert.Contains("declared as a funder, but an actor is expected", diagnostic.Message);
        }

        [Fact]
        public void Names_declared_twice_in_one_namespace_are_reported_at_the_second()
        {
            var diagnostic = Compile.InPlan("place Kluk\nplace Kluk").Single();

            Assert.Equal("SP1001", diagnostic.Id);
            Assert.Equal("3,9", diagnostic.Position());
            Assert.Contains("Place 'Kluk' is already declared in plan P at line 2", diagnostic.Message);
        }

        [Fact]
        public void Areas_and_goals_share_a_namespace_but_actors_and_places_do_not()
        {
            Assert.Equal("SP1001", Compile.InPlan("area X\ngoal X").Single().Id);
            Assert.Empty(Compile.InPlan("actor Krokom\nplace Krokom").Structure());
        }

        [Fact]
        public void A_goal_of_another_plan_is_named_with_the_plan_as_prefix()
        {
            var compilation = Compile.Files(
                ("rsp.plan", "regional plan R {\n  area IO1\n  goal 1.1\n}"),
                ("m.plan", "municipal plan M {\n  follows R\n  area A serves R.IO1 {\n    action X serves R.1.1\n  }\n}"));

            Assert.Empty(compilation.Structure());
            var area = compilation.FindPlan("M")!.Model.Areas.Single();
            Assert.Equal(new SymbolRef("R", "IO1"), area.Serves.Single());
            Assert.Equal(new SymbolRef("R", "1.1"), area.Actions.Single().Serves.Single());
        }

        [Fact]
        public void Unknown_goal_in_another_plan_names_that_plan()
        {
            var diagnostic = Compile.Files(
                ("rsp.plan", "regional plan R {\n  goal 1.1\n}"),
                ("m.plan", "municipal plan M {\n  action X serves R.1.2\n}")).Single();

            Assert.Equal("SP1002", diagnostic.Id);
            Assert.Equal("m.plan", diagnostic.Location.Path);
            Assert.Contains("Unknown goal or area '1.2' in plan R (did you mean '1.1'?)", diagnostic.Message);
        }

        [Fact]
        public void A_prefix_that_is_no_plan_is_explained()
        {
            var diagnostic = Compile.InPlan("action X serves JämtlandRSP.IO1").Single();

            Assert.Equal("SP1002", diagnostic.Id);
            Assert.Contains("no plan named 'JämtlandRSP' is compiled together with this one", diagnostic.Message);
        }

        [Fact]
        public void Goal_ranges_expand_to_every_goal_between_their_ends()
        {
            var compilation = Compile.Files(
                ("rsp.plan", "regional plan R {\n  goal 3.1\n  goal 3.2\n  goal 3.3\n  goal 4.1\n}"),
                ("a.plan", "annual plan A {\n  follows R\n  action X serves R.3.1–3.3\n  action Y serves R.3.2..3.3, R.4.1\n}"));

            Assert.Empty(compilation.Structure());
            var actions = compilation.FindPlan("A")!.Model.Actions;
            Assert.Equal(new[] { "3.1", "3.2", "3.3" }, actions[0].Serves.Select(goal => goal.Name));
            Assert.Equal(new[] { "3.2", "3.3", "4.1" }, actions[1].Serves.Select(goal => goal.Name));
        }

        [Theory]
        [InlineData("3.1..4.2", "differ only in their last number")]
        [InlineData("3.3..3.1", "ends before it starts")]
        [InlineData("3.1..3.4", "'3.4' is not declared")]
        [InlineData("3.1..3.x", "last part of both ends must be a number")]
        public void Malformed_goal_ranges_are_reported(string range, string reason)
        {
            var compilation = Compile.InPlan($"goal 3.1\ngoal 3.2\ngoal 3.3\ngoal 4.2\ngoal 3.x\naction X serves {range}");

            var diagnostic = compilation.Diagnostics.First();
            Assert.Equal("SP1006", diagnostic.Id);
            Assert.Equal("7,19", diagnostic.Position());
            Assert.Contains(reason, diagnostic.Message);
        }

        [Theory]
        [InlineData("G2.1..G2.2147483647", "2147483647")]
        [InlineData("G2.1..G2.1001", "1001")]
        public void A_goal_range_longer_than_the_plans_names_is_one_diagnostic_without_a_walk_over_its_numbers(string range, string numbers)
        {
            var compilation = Compile.InPlan($"goal G2.1\ngoal G2.2\naction X serves {range}");

            var diagnostic = compilation.Single();
            Assert.Equal("SP1006", diagnostic.Id);
            Assert.Equal("4,19", diagnostic.Position());
            Assert.Equal($"The range {range} is invalid: it spans {numbers} numbers, more than the 3 names plan P declares; check its end", diagnostic.Message);
        }

        [Fact]
        public void A_goal_range_of_up_to_a_thousand_numbers_names_each_missing_goal()
        {
            var compilation = Compile.InPlan("goal G2.1\ngoal G2.2\naction X serves G2.1..G2.1000");

            var missing = compilation.Structure();
            Assert.Equal(998, missing.Count);
            Assert.All(missing, diagnostic => Assert.Equal("SP1006", diagnostic.Id));
            Assert.Equal("The range G2.1..G2.1000 is invalid: 'G2.3' is not declared in plan P", missing[0].Message);
            Assert.Equal("The range G2.1..G2.1000 is invalid: 'G2.1000' is not declared in plan P", missing[997].Message);
            Assert.Equal(new[] { "G2.1", "G2.2" }, compilation.Plans.Single().Model.Actions.Single().Serves.Select(goal => goal.Name));
        }

        [Fact]
        public void A_range_where_single_names_are_expected_is_reported()
        {
            var diagnostic = Compile.InPlan("actor A1\nactor A2\naction X { owner A1..A2 }").Single();

            Assert.Equal("SP1006", diagnostic.Id);
        }

        [Fact]
        public void Plans_with_the_same_name_in_two_files_are_reported_at_the_second()
        {
            var diagnostic = Compile.Files(("a.plan", "regional plan R {\n}"), ("b.plan", "\nregional plan R {\n}")).Single();

            Assert.Equal("SP1003", diagnostic.Id);
            Assert.Equal("b.plan", diagnostic.Location.Path);
            Assert.Equal("2,15", diagnostic.Position());
            Assert.Contains("a.plan(1,15)", diagnostic.Message);
        }

        [Fact]
        public void Follows_names_a_plan_of_the_compilation()
        {
            var diagnostic = Compile.InPlan("follows JamtlandRSP").Single();

            Assert.Equal("SP1002", diagnostic.Id);
            Assert.Contains("Unknown plan 'JamtlandRSP'", diagnostic.Message);
        }

        [Fact]
        public void A_municipal_plan_following_an_annual_plan_is_a_warning()
        {
            var diagnostic = Compile.Files(("a.plan", "annual plan A {\n}"), ("m.plan", "municipal plan M {\n  follows A\n}")).Single();

            Assert.Equal("SP1013", diagnostic.Id);
            Assert.Equal(DslPlanning.Language.Diagnostics.DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Contains("Municipal plan M follows annual plan A", diagnostic.Message);
        }

        [Fact]
        public void Plans_following_each_other_in_a_cycle_are_reported_once()
        {
            var compilation = Compile.Files(
                ("a.plan", "regional plan A {\n  follows B\n}"),
                ("b.plan", "regional plan B {\n  follows A\n}"));

            var cycles = compilation.Diagnostics.Where(diagnostic => diagnostic.Id == "SP1014").ToList();
            Assert.Single(cycles);
            Assert.Contains("A → B → A", cycles[0].Message);
        }
    
        [Fact]
        public void A_plan_following_itself_is_reported_once()
        {
            var diagnostic = Compile.InPlan("follows P").Single();

            Assert.Equal("SP1014", diagnostic.Id);
            Assert.Contains("P → P", diagnostic.Message);
        }

        [Fact]
        public void A_range_end_may_repeat_only_the_last_part_of_the_start()
        {
            var plan = Compile.Model("goal G2.1\ngoal G2.2\ngoal G2.3\naction X serves G2.1..3");

            Assert.Equal(new[] { "G2.1", "G2.2", "G2.3" }, plan.Actions.Single().Serves.Select(goal => goal.Name));
        }

        [Fact]
        public void A_hyphen_between_goal_numbers_is_explained_as_a_range_written_wrongly()
        {
            var diagnostic = Compile.InPlan("goal 1.1\ngoal 1.2\naction X serves 1.1-1.2").Single();

            Assert.Equal("SP1002", diagnostic.Id);
            Assert.Contains("a range of goals is written with '..' or '–', e.g. 1.1..1.2", diagnostic.Message);
        }
    }
}
