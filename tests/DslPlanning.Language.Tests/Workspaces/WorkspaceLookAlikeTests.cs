using System.Linq;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>
    /// Look-alike names (SP1018) across plans as the workspace moves its index of names from one compilation to the next:
    /// a name reported names the first name of its look and where it is, so moving, adding or removing either changes
    /// the report.
    /// </summary>
    public class WorkspaceLookAlikeTests
    {
        // "Кrokom" starts with the Cyrillic К (U+041A), "Krokom" with the Latin K.
        private const string First = "municipal plan A \"A\" {\n  actor Krokom municipality\n  actor Kommunen municipality\n}\n";
        private const string Second = "municipal plan B \"B\" {\n  actor \u041Arokom municipality\n}\n";
        private const string Third = "municipal plan C \"C\" {\n  actor Krokom municipality\n  place \u041Arokom\n}\n";

        [Fact]
        public void Moving_adding_and_removing_look_alike_names_reports_as_from_scratch()
        {
            var workspace = PlanWorkspace.Create(new[] { ("a.plan", First), ("b.plan", Second) });
            Assert.Equal(new[] { "b.plan" }, LookAlikes(workspace));

            // The first name moves: the report at b names its new place.
            var moved = Step(workspace, w => w.WithChange("a.plan", new TextChange(new TextSpan(First.IndexOf("  actor Krokom"), 0), "\n\n")));
            Assert.Contains("a.plan(4,", moved.Compilation.Diagnostics.Single(diagnostic => diagnostic.Id == "SP1018").Message);

            // The reported name moves.
            var shifted = Step(moved, w => w.WithChange("b.plan", new TextChange(new TextSpan(Second.IndexOf("  actor"), 0), "\n")));

            // A third plan: its Latin name is the first's own, its Cyrillic place is reported.
            var third = Step(shifted, w => w.WithDocument("c.plan", Third));
            Assert.Equal(new[] { "b.plan", "c.plan" }, LookAlikes(third));

            // Without the first plan, b's name is the first of its look, and c's Latin name is reported, naming it.
            var without = Step(third, w => w.WithoutDocument("a.plan"));
            Assert.Equal(new[] { "c.plan" }, LookAlikes(without));
            Assert.Contains("b.plan(", without.Compilation.Diagnostics.First(diagnostic => diagnostic.Id == "SP1018").Message);

            // The first plan back, its name renamed to the Cyrillic look: nothing differs from the first any more but c's Latin name.
            Step(without, w => w.WithDocument("a.plan", First.Replace("actor Krokom", "actor \u041Arokom")));
        }

        private static PlanWorkspace Step(PlanWorkspace workspace, System.Func<PlanWorkspace, PlanWorkspace> edit)
        {
            _ = workspace.Compilation;
            var next = edit(workspace);
            next.AssertSameAsFromScratch();
            return next;
        }

        private static string[] LookAlikes(PlanWorkspace workspace) =>
            workspace.Compilation.Diagnostics.Where(diagnostic => diagnostic.Id == "SP1018").Select(diagnostic => diagnostic.Location.Path).ToArray();
    }
}
