using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DslPlanning.Corpus;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>
    /// The shapes of input that once took super-linear time (issue 9), at sizes far beyond real plans: they compile to
    /// exactly what a short chain or list would report, and no walk over a chain overflows the stack. How their time
    /// grows is measured in tests/DslPlanning.Benchmarks (ScalingBenchmarks), not here.
    /// </summary>
    public class ScaleTests
    {
        [Fact]
        public void A_50_000_goal_chain_served_by_one_action_at_its_end_is_served_throughout()
        {
            var compilation = PlanCompilation.Create(StressShapes.Generate(StressShape.GoalChain, 50_000));

            Assert.Empty(Errors(compilation));
            Assert.Empty(With(compilation, "SP5001", "SP5002"));
            var plan = compilation.Plans.Single().Model;
            Assert.Equal(50_000, plan.Goals.Count);
            var served = GoalCoverage.Served(new[] { plan });
            Assert.All(plan.Goals, goal => Assert.Contains(plan.Ref(goal.Name), served));
        }

        [Fact]
        public void A_50_000_goal_chain_without_an_action_reports_each_goal_once_at_its_name()
        {
            var compilation = PlanCompilation.Create(StressShapes.Generate(StressShape.UnservedGoalChain, 50_000));

            var text = compilation.SyntaxTrees.Single().Text;
            var unserved = With(compilation, "SP5001", "SP5002");
            Assert.All(unserved, diagnostic => Assert.Equal("SP5002", diagnostic.Id));
            Assert.Equal(Goals(50_000), unserved.Select(diagnostic => text.ToString(diagnostic.Location.Span)));
            Assert.Equal(
                "No action of the plans compiled together serves goal G050000 of Kedja (Mål 050000)",
                unserved[unserved.Count - 1].Message);
        }

        /// <summary>
        /// 25 000 plans on a stack of 256 kB are as deep, for a walk that recursed once per plan, as 100 000 plans on the
        /// 1 MB stack of a build's thread: a stack overflow would end the test run.
        /// </summary>
        [Fact]
        public void A_follows_chain_four_times_longer_than_a_quarter_size_stack_could_recurse_is_checked()
        {
            var files = StressShapes.Generate(StressShape.FollowsChain, 25_000);
            PlanCompilation? compilation = null;
            var thread = new Thread(() => compilation = PlanCompilation.Create(files), maxStackSize: 256 * 1024);
            thread.Start();
            thread.Join();

            Assert.NotNull(compilation);
            Assert.Equal(25_000, compilation!.Plans.Count);
            Assert.Empty(Errors(compilation));
            Assert.Equal(24_999, With(compilation, "SP1013").Count);
        }

        [Fact]
        public void A_cycle_through_10_000_plans_is_reported_once_by_its_ends_at_the_follows_that_closes_it()
        {
            var files = StressShapes.Generate(StressShape.FollowsChain, 10_000).ToList();
            files[9_999] = (files[9_999].Path, files[9_999].Text.Replace("  review yearly\n", "  review yearly\n  follows Program000001\n"));

            var compilation = PlanCompilation.Create(files);

            var cycle = Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP1014");
            Assert.Equal("chain/Program010000.plan", cycle.Location.Path);
            Assert.Equal(
                "Plans follow each other in a cycle: Program000001 → Program000002 → Program000003 → Program000004 → … 9992 more plans … "
                + "→ Program009997 → Program009998 → Program009999 → Program010000 → Program000001; remove one of the 'follows'",
                cycle.Message);
            Assert.Equal(10_000, compilation.Diagnostics.Count(diagnostic => diagnostic.Id == "SP1013"));
        }

        [Fact]
        public void An_action_listing_20_000_places_names_each_of_them()
        {
            var compilation = PlanCompilation.Create(StressShapes.Generate(StressShape.ActionPlaces, 20_000));

            Assert.Empty(Errors(compilation));
            var plan = compilation.Plans.Single().Model;
            Assert.Equal(plan.Places.Select(place => plan.Ref(place.Name)), plan.Actions.Single().Places);
            Assert.Equal(20_000, plan.Places.Count);
        }

        [Fact]
        public void A_plan_of_5_000_ranked_areas_each_with_its_own_funder_and_place_is_clean()
        {
            var compilation = PlanCompilation.Create(StressShapes.Generate(StressShape.WidePlan, 5_000));

            Assert.Empty(Errors(compilation));
            Assert.Empty(With(compilation, "SP1001", "SP1003", "SP2001", "SP2003", "SP2004", "SP3001", "SP3002"));
            var plan = compilation.Plans.Single().Model;
            Assert.Equal(Enumerable.Range(1, 5_000), plan.Areas.Select(area => area.Rank!.Value));
            Assert.Equal(5_000, plan.Funders.Count);
        }

        [Fact]
        public void Of_5_000_exceptions_on_a_plan_the_first_for_a_rule_sets_aside_all_its_findings_and_the_others_are_unused()
        {
            var exceptions = string.Concat(Enumerable.Repeat("  exception SP3001 \"Ingen kostnad\"\n", 5_000))
                + "  exception SP5002 \"Kommunerna tjänar målen\"\n  exception SP5002 \"En gång till\"\n";
            var (path, text) = StressShapes.Generate(StressShape.UnservedGoalChain, 5_000).Single();

            var compilation = PlanCompilation.Create(new[] { (path, text.Replace("  review yearly\n", "  review yearly\n" + exceptions)) });

            var applied = Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP1016");
            Assert.Equal("Justified exception: SP5002 is not reported here (5000 findings) because: Kommunerna tjänar målen", applied.Message);
            Assert.Equal(5_001, compilation.Diagnostics.Count(diagnostic => diagnostic.Id == "SP1017"));
            Assert.Empty(With(compilation, "SP3001", "SP5002"));
        }

        /// <summary>A hint compares a name with the first <see cref="Parsing.Suggestions.MaxCandidates"/> names of its kind, not with all.</summary>
        [Fact]
        public void Each_of_1_500_misspelt_goal_names_among_1_500_goals_is_reported_once_with_a_hint_among_the_first_thousand()
        {
            var goals = Goals(1_500).ToList();
            var text = "municipal plan P {\n" + string.Concat(goals.Select(goal => $"  goal {goal}\n"))
                + string.Concat(goals.Select(goal => $"  action Do{goal} serves {goal}x\n")) + "}\n";

            var compilation = PlanCompilation.Create(new[] { ("p.plan", text) });

            Assert.All(compilation.Diagnostics, diagnostic => Assert.Equal("SP1002", diagnostic.Id));
            Assert.Equal(goals.Select(goal => goal + "x"), compilation.Diagnostics.Select(diagnostic => compilation.SyntaxTrees[0].Text.ToString(diagnostic.Location.Span)));
            Assert.Equal("Unknown goal or area 'G000001x' (did you mean 'G000001'?); declare it or correct the name", compilation.Diagnostics[0].Message);
            Assert.Equal("Unknown goal or area 'G001000x' (did you mean 'G001000'?); declare it or correct the name", compilation.Diagnostics[999].Message);
            Assert.StartsWith("Unknown goal or area 'G001500x'", compilation.Diagnostics[1499].Message);
            Assert.DoesNotContain("'G001500'", compilation.Diagnostics[1499].Message);
        }

        /// <summary>The diagnostics with the IDs a test is about: what else the shape makes other checks report is not its subject.</summary>
        private static List<Diagnostic> With(PlanCompilation compilation, params string[] ids) =>
            compilation.Diagnostics.Where(diagnostic => ids.Contains(diagnostic.Id)).ToList();

        private static List<Diagnostic> Errors(PlanCompilation compilation) =>
            compilation.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();

        private static IEnumerable<string> Goals(int count) =>
            Enumerable.Range(1, count).Select(number => "G" + number.ToString("000000", CultureInfo.InvariantCulture));
    }
}
