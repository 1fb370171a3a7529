using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>The property every workspace test rests on: its compilation is the compilation from nothing of the same texts.</summary>
    internal static class FromScratch
    {
        public static void AssertSameAsFromScratch(this PlanWorkspace workspace, string after = "")
        {
            var expected = PlanCompilation.Create(workspace.Documents.Select(document => document.Text), workspace.Options);
            var actual = workspace.Compilation;
            Assert.True(
                expected.Diagnostics.Equals(actual.Diagnostics),
                $"diagnostics differ {after}\nfrom scratch:\n  {string.Join("\n  ", expected.Diagnostics)}\nworkspace:\n  {string.Join("\n  ", actual.Diagnostics)}");
            Assert.Equal(expected.Plans.Select(plan => plan.Model), actual.Plans.Select(plan => plan.Model));
            Assert.Equal(expected.Plans.Select(plan => plan.References), actual.Plans.Select(plan => plan.References));
            Assert.Equal(expected.SyntaxTrees.Select(tree => tree.Text.Path), actual.SyntaxTrees.Select(tree => tree.Text.Path));
        }
    }
}
