using System;
using System.Linq;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>What an edit of one document reuses of the compilation before it, and what it computes again.</summary>
    public class WorkspaceReuseTests
    {
        private const string Krokom = "plans/krokom.plan";
        private const string Jamtland = "plans/jamtland-rsp.plan";

        [Fact]
        public void Unchanged_documents_keep_their_syntax_tree_and_bound_plans()
        {
            var before = Compiled(PlanWorkspace.Create(Repository.RealPlans()));
            var after = Compiled(TypeInDescription(before, Krokom));

            foreach (var document in after.Documents.Where(document => document.Path != Krokom))
            {
                Assert.Same(before.GetDocument(document.Path)!.SyntaxTree, document.SyntaxTree);
            }

            Assert.NotSame(before.GetDocument(Krokom)!.SyntaxTree, after.GetDocument(Krokom)!.SyntaxTree);
            foreach (var plan in after.Compilation.Plans)
            {
                var earlier = before.Compilation.FindPlan(plan.Name)!;
                if (plan.Tree.Text.Path == Krokom)
                {
                    Assert.NotSame(earlier, plan);
                }
                else
                {
                    Assert.Same(earlier, plan);
                }
            }

            after.AssertSameAsFromScratch();
        }

        [Fact]
        public void An_edit_that_leaves_the_declarations_keeps_the_scope_and_reruns_only_the_edited_plans_rules()
        {
            var before = Compiled(PlanWorkspace.Create(Repository.RealPlans()));
            var after = Compiled(TypeInDescription(before, Krokom));

            Assert.Same(before.State.Scope, after.State.Scope);
            foreach (var (plan, results) in after.State.Rules)
            {
                if (plan.Tree.Text.Path == Krokom)
                {
                    Assert.False(before.State.Rules.ContainsValue(results));
                }
                else
                {
                    Assert.Same(before.State.Rules[plan], results);
                }
            }
        }

        [Fact]
        public void An_edit_of_a_followed_programme_reruns_the_rules_that_read_it_in_the_plans_that_follow_it()
        {
            var before = Compiled(PlanWorkspace.Create(Repository.RealPlans()));
            var after = Compiled(TypeInLine(before, Jamtland, "note \"Regionala"));

            var krokom = after.Compilation.FindPlan("Krokom")!;
            Assert.Same(before.Compilation.FindPlan("Krokom"), krokom);
            var runs = after.State.Rules[krokom].Runs;
            var earlier = before.State.Rules[krokom].Runs;
            Assert.Contains(Enumerable.Range(0, runs.Count), index => !ReferenceEquals(runs[index], earlier[index]));
            Assert.Contains(Enumerable.Range(0, runs.Count), index => ReferenceEquals(runs[index], earlier[index]));
            after.AssertSameAsFromScratch();
        }

        [Fact]
        public void A_change_that_breaks_a_referenced_plan_updates_the_diagnostics_of_the_plans_that_reference_it()
        {
            var before = Compiled(PlanWorkspace.Create(Repository.RealPlans()));
            Assert.DoesNotContain(before.Compilation.Diagnostics, diagnostic => diagnostic.Location.Path == Krokom && diagnostic.Id == "SP1001");

            // Krokom's area IO1 serves JämtlandRSP.IO1: rename that area of the programme.
            var text = before.GetDocument(Jamtland)!.Text.Text;
            var at = text.IndexOf("area IO1", StringComparison.Ordinal) + "area IO".Length;
            var broken = Compiled(before.WithChange(Jamtland, new TextChange(new TextSpan(at, 1), "9")));

            var krokom = broken.Compilation.FindPlan("Krokom")!;
            Assert.NotSame(before.Compilation.FindPlan("Krokom"), krokom);
            Assert.Contains(broken.Compilation.Diagnostics, diagnostic => diagnostic.Location.Path == Krokom && diagnostic.Message.Contains("IO1"));
            broken.AssertSameAsFromScratch();

            var mended = Compiled(broken.WithChange(Jamtland, new TextChange(new TextSpan(at, 1), "1")));
            Assert.Equal(before.Compilation.Diagnostics, mended.Compilation.Diagnostics);
            mended.AssertSameAsFromScratch();
        }

        [Fact]
        public void Edits_made_before_the_compilation_is_asked_for_are_compiled_from_the_last_compilation()
        {
            var before = Compiled(PlanWorkspace.Create(Repository.RealPlans()));
            var after = TypeInDescription(TypeInDescription(TypeInLine(before, Jamtland, "note \"Regionala"), Krokom), Krokom);

            Assert.Same(before.State.Scope, after.State.Scope);
            Assert.Same(before.Compilation.FindPlan("Pilotkommuner"), after.Compilation.FindPlan("Pilotkommuner"));
            after.AssertSameAsFromScratch();
        }

        private static PlanWorkspace Compiled(PlanWorkspace workspace)
        {
            _ = workspace.Compilation;
            return workspace;
        }

        /// <summary>One character typed in the first description of a document: no declaration changes.</summary>
        private static PlanWorkspace TypeInDescription(PlanWorkspace workspace, string path) => TypeInLine(workspace, path, "description \"");

        private static PlanWorkspace TypeInLine(PlanWorkspace workspace, string path, string line)
        {
            var text = workspace.GetDocument(path)!.Text.Text;
            var at = text.IndexOf(line, StringComparison.Ordinal) + line.Length;
            Assert.True(at >= line.Length, $"'{line}' is in {path}");
            return workspace.WithChange(path, new TextChange(new TextSpan(at, 0), "x"));
        }
    }
}
