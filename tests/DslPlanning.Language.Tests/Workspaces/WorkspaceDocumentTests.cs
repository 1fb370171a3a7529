using System;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>Documents added, changed and removed; changes that do not fit the document are the caller's error.</summary>
    public class WorkspaceDocumentTests
    {
        private const string Programme = "regional plan R \"R\" {\n  period 2023..2030\n  area IO1 \"Tillgänglighet\"\n}\n";
        private const string Municipal = "municipal plan M \"M\" {\n  period 2023..2030\n  follows R\n  area A \"A\" priority 1 serves R.IO1\n}\n";

        [Fact]
        public void Documents_are_kept_in_path_order_and_a_snapshot_never_changes()
        {
            var first = PlanWorkspace.Create(new[] { ("b.plan", Municipal), ("a.plan", Programme) });
            var second = first.WithDocument("c.plan", "# empty\n");

            Assert.Equal(new[] { "a.plan", "b.plan" }, first.Documents.Select(document => document.Path));
            Assert.Equal(new[] { "a.plan", "b.plan", "c.plan" }, second.Documents.Select(document => document.Path));
            Assert.Same(first.GetDocument("a.plan")!.SyntaxTree, second.GetDocument("a.plan")!.SyntaxTree);
            first.AssertSameAsFromScratch();
            second.AssertSameAsFromScratch();
        }

        [Fact]
        public void Removing_the_followed_programme_reports_the_references_to_it_and_adding_it_back_removes_them()
        {
            var whole = PlanWorkspace.Create(new[] { ("a.plan", Programme), ("b.plan", Municipal) });
            Assert.DoesNotContain(whole.Compilation.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

            var without = whole.WithoutDocument("a.plan");
            Assert.Equal(new[] { "b.plan" }, without.Documents.Select(document => document.Path));
            Assert.DoesNotContain(without.Compilation.Diagnostics, diagnostic => diagnostic.Location.Path == "a.plan");
            Assert.Contains(without.Compilation.Diagnostics, diagnostic => diagnostic.Location.Path == "b.plan" && diagnostic.Severity == DiagnosticSeverity.Error);
            without.AssertSameAsFromScratch();

            var again = without.WithDocument("a.plan", Programme);
            Assert.Equal(whole.Compilation.Diagnostics, again.Compilation.Diagnostics);
            again.AssertSameAsFromScratch();
            Assert.Same(without, without.WithoutDocument("a.plan"));
        }

        [Fact]
        public void Changes_are_made_one_after_the_other_on_the_text_the_one_before_left()
        {
            var workspace = PlanWorkspace.Create(new[] { ("a.plan", Programme) });
            var changed = workspace.WithChanges("a.plan", new[]
            {
                new TextChange(new TextSpan(17, 0), "Ny"),           // regional plan R "NyR" …
                new TextChange(new TextSpan(16, 5), "\"S\""),        // … "S" …
            });

            Assert.StartsWith("regional plan R \"S\" {", changed.GetDocument("a.plan")!.Text.Text);
            changed.AssertSameAsFromScratch();
        }

        [Fact]
        public void The_same_text_again_is_the_same_workspace()
        {
            var workspace = PlanWorkspace.Create(new[] { ("a.plan", Programme) });
            Assert.Same(workspace, workspace.WithDocument("a.plan", Programme));
            Assert.Same(workspace, workspace.WithChange("a.plan", new TextChange(new TextSpan(3, 0), string.Empty)));
        }

        [Theory]
        [InlineData(-1, 0, false)]
        [InlineData(0, -1, false)]
        [InlineData(1, 0, true)]
        [InlineData(-3, 4, true)]
        public void A_change_outside_the_text_is_an_argument_error(int start, int length, bool fromTheEnd)
        {
            var workspace = PlanWorkspace.Create(new[] { ("a.plan", Programme) });
            var span = new TextSpan(start + (fromTheEnd ? Programme.Length : 0), length);
            Assert.Throws<ArgumentOutOfRangeException>(() => workspace.WithChange("a.plan", new TextChange(span, "x")));
        }

        [Fact]
        public void A_change_at_the_end_of_the_text_is_an_insertion()
        {
            var workspace = PlanWorkspace.Create(new[] { ("a.plan", Programme) });
            var changed = workspace.WithChange("a.plan", new TextChange(new TextSpan(Programme.Length, 0), "# slut\n"));
            Assert.EndsWith("}\n# slut\n", changed.GetDocument("a.plan")!.Text.Text);
        }

        [Fact]
        public void A_change_to_a_document_the_workspace_does_not_have_is_an_argument_error()
        {
            var workspace = PlanWorkspace.Create(new[] { ("a.plan", Programme) });
            var error = Assert.Throws<ArgumentException>(() => workspace.WithChange("b.plan", new TextChange(new TextSpan(0, 0), "x")));
            Assert.Equal("path", error.ParamName);
        }

        [Fact]
        public void Other_options_rerun_the_rules_and_keep_the_trees()
        {
            var workspace = PlanWorkspace.Create(Repository.RealPlans());
            _ = workspace.Compilation;
            var later = workspace.WithOptions(new PlanCompilationOptions(new PlanDate(2031, 1, 1)));
            Assert.Same(workspace.Documents[0].SyntaxTree, later.Documents[0].SyntaxTree);
            later.AssertSameAsFromScratch();
        }
    }
}
