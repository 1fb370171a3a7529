using System;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>
    /// A binding the workspace reuses gives the references binding from nothing gives (<see cref="FromScratch"/> compares
    /// them after every edit of every workspace test), and the queries over it find the declarations where they are now.
    /// </summary>
    public class WorkspaceReferenceTests
    {
        private const string Krokom = "plans/krokom.plan";
        private const string Jamtland = "plans/jamtland-rsp.plan";
        private static readonly ElementKey RegionalArea = new(SymbolKind.Area, "JämtlandRSP", "IO1");

        [Fact]
        public void Lines_added_above_a_declaration_another_plan_references_keep_the_binding_and_move_the_declaration()
        {
            var before = PlanWorkspace.Create(Repository.RealPlans());
            var krokom = before.Compilation.FindPlan("Krokom")!;

            var after = Insert(before, Jamtland, "  area IO1", "  # en rad till\n  # och en till\n");

            Assert.Same(krokom, after.Compilation.FindPlan("Krokom"));
            var declaration = SymbolQueries.Of(after.Compilation).Declaration(RegionalArea)!;
            Assert.Equal(Jamtland, declaration.Path);
            Assert.Equal("IO1", after.GetDocument(Jamtland)!.Text.ToString(declaration.Span));
            Assert.Equal(
                SymbolQueries.Of(PlanCompilation.Create(after.Documents.Select(document => document.Text))).References(RegionalArea, includeDeclaration: true),
                SymbolQueries.Of(after.Compilation).References(RegionalArea, includeDeclaration: true));
            after.AssertSameAsFromScratch("after lines added to the regional plan");
        }

        [Fact]
        public void Renaming_a_declaration_by_hand_and_back_drops_its_references_in_other_plans_and_brings_them_back()
        {
            var workspace = PlanWorkspace.Create(Repository.RealPlans());
            Assert.NotEmpty(SymbolQueries.Of(workspace.Compilation).References(RegionalArea, includeDeclaration: false));

            var renamed = Replace(workspace, Jamtland, "area IO1", "area IO9");
            Assert.Empty(SymbolQueries.Of(renamed.Compilation).References(RegionalArea, includeDeclaration: false));
            renamed.AssertSameAsFromScratch("after area IO1 was renamed IO9");

            var back = Replace(renamed, Jamtland, "area IO9", "area IO1");
            Assert.Equal(
                SymbolQueries.Of(workspace.Compilation).References(RegionalArea, includeDeclaration: false),
                SymbolQueries.Of(back.Compilation).References(RegionalArea, includeDeclaration: false));
            back.AssertSameAsFromScratch("after IO9 was renamed IO1 again");
        }

        [Fact]
        public void An_edit_in_the_referring_plan_moves_its_references_with_the_text()
        {
            var workspace = PlanWorkspace.Create(Repository.RealPlans());
            var edited = Insert(workspace, Krokom, "  follows JämtlandRSP", "  # följer regionens program\n");

            var text = edited.GetDocument(Krokom)!.Text;
            var references = SymbolQueries.Of(edited.Compilation).References(RegionalArea, includeDeclaration: false);
            Assert.All(references, reference => Assert.Equal("IO1", text.ToString(reference.Span)));
            edited.AssertSameAsFromScratch("after a comment was added to Krokom");
        }

        private static PlanWorkspace Insert(PlanWorkspace workspace, string path, string before, string text)
        {
            var at = workspace.GetDocument(path)!.Text.Text.IndexOf(before, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{before}' is in {path}");
            return workspace.WithChange(path, new TextChange(new TextSpan(at, 0), text));
        }

        private static PlanWorkspace Replace(PlanWorkspace workspace, string path, string text, string replacement)
        {
            var at = workspace.GetDocument(path)!.Text.Text.IndexOf(text, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{text}' is in {path}");
            return workspace.WithChange(path, new TextChange(new TextSpan(at, text.Length), replacement));
        }
    }
}
