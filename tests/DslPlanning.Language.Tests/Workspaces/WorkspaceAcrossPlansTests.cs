using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>
    /// An edit of one plan changes the findings of another, unchanged plan through the facts the rules share: the
    /// funding of a funder other plans commit, the goals other plans' actions serve.
    /// </summary>
    public class WorkspaceAcrossPlansTests
    {
        private const string Regional = """
            regional plan R {
              period 2024
              funder Anslag "1:1-anslaget" appropriation budget 100 000 kr per year
              goal G "Bevarad service" { indicator "butiker" }
              goal H "Nya servicepunkter" { indicator "servicepunkter" }
              action Y serves H { cost 50 000 kr per year; funding Anslag 50 000 kr per year }
            }
            """;

        private const string Municipal = """
            municipal plan M {
              period 2024
              review yearly
              follows R
              action X serves R.G { cost 40 000 kr per year; funding R.Anslag 40 000 kr per year }
            }
            """;

        [Fact]
        public void Raising_a_commitment_in_one_plan_puts_the_funder_of_another_over_budget_and_lowering_it_takes_it_back()
        {
            var workspace = PlanWorkspace.Create(new[] { ("m.plan", Municipal), ("r.plan", Regional) });
            Assert.Empty(Findings(workspace, "r.plan", "SP3006"));
            var programme = workspace.Compilation.FindPlan("R");

            var over = Replace(workspace, "m.plan", "40 000 kr per year }", "60 000 kr per year }");
            over = Replace(over, "m.plan", "cost 40 000", "cost 60 000");
            Assert.Single(Findings(over, "r.plan", "SP3006"));
            Assert.Same(programme, over.Compilation.FindPlan("R"));
            over.AssertSameAsFromScratch();

            var back = Replace(over, "m.plan", "60 000 kr per year }", "40 000 kr per year }");
            Assert.Empty(Findings(back, "r.plan", "SP3006"));
            back.AssertSameAsFromScratch();
        }

        [Fact]
        public void An_action_in_one_plan_that_stops_serving_a_goal_of_another_leaves_that_goal_unserved()
        {
            var workspace = PlanWorkspace.Create(new[] { ("m.plan", Municipal), ("r.plan", Regional) });
            Assert.DoesNotContain(workspace.Compilation.Diagnostics, diagnostic => diagnostic.Location.Path == "r.plan" && diagnostic.Message.Contains("'G'"));

            var unserved = Replace(workspace, "m.plan", "serves R.G", "serves R.H");
            Assert.Contains(unserved.Compilation.Diagnostics, diagnostic => diagnostic.Location.Path == "r.plan" && diagnostic.Message.Contains("G"));
            Assert.NotEqual(workspace.Compilation.Diagnostics.Where(InProgramme), unserved.Compilation.Diagnostics.Where(InProgramme));
            unserved.AssertSameAsFromScratch();

            var served = Replace(unserved, "m.plan", "serves R.H", "serves R.G");
            Assert.Equal(workspace.Compilation.Diagnostics, served.Compilation.Diagnostics);
            served.AssertSameAsFromScratch();
        }

        [Fact]
        public void Renaming_the_followed_programme_reports_the_follows_and_the_references_and_renaming_it_back_mends_them()
        {
            var workspace = PlanWorkspace.Create(new[] { ("m.plan", Municipal), ("r.plan", Regional) });
            var renamed = Replace(workspace, "r.plan", "regional plan R {", "regional plan S {");
            Assert.Contains(renamed.Compilation.Diagnostics, diagnostic => diagnostic.Location.Path == "m.plan" && diagnostic.Severity == DiagnosticSeverity.Error);
            renamed.AssertSameAsFromScratch();

            var back = Replace(renamed, "r.plan", "regional plan S {", "regional plan R {");
            Assert.Equal(workspace.Compilation.Diagnostics, back.Compilation.Diagnostics);
            back.AssertSameAsFromScratch();
        }

        private static bool InProgramme(Diagnostic diagnostic) => diagnostic.Location.Path == "r.plan";

        private static List<Diagnostic> Findings(PlanWorkspace workspace, string path, string id) =>
            workspace.Compilation.Diagnostics.Where(diagnostic => diagnostic.Location.Path == path && diagnostic.Id == id).ToList();

        /// <summary>The workspace, compiled, with the first <paramref name="old"/> in the document replaced as an editor sends it.</summary>
        private static PlanWorkspace Replace(PlanWorkspace workspace, string path, string old, string replacement)
        {
            _ = workspace.Compilation;
            var at = workspace.GetDocument(path)!.Text.Text.IndexOf(old, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{old}' is in {path}");
            return workspace.WithChange(path, new TextChange(new TextSpan(at, old.Length), replacement));
        }
    }
}
