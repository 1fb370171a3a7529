using System.Collections.Generic;
using System.Linq;
using DslPlanning.Corpus;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>
    /// After any series of edits, the workspace's compilation — made from the one before, reusing what still holds — is
    /// the compilation from nothing of the same texts: the same diagnostics in the same order, the same models.
    /// </summary>
    public class WorkspaceEquivalenceTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Random_edits_of_the_real_plans_compile_as_from_scratch(int seed) =>
            EditAndCompare(Repository.RealPlans(), seed, edits: 40);

        /// <summary>The national corpus: 458 plans, where the regional programmes are followed, served and funded by the others.</summary>
        [Fact]
        public void Random_edits_of_the_national_corpus_compile_as_from_scratch()
        {
            var files = NationalCorpus.Generate();
            EditAndCompare(files, seed: 10, edits: 8);
        }

        /// <summary>Edits of the programmes other plans follow and serve, where a change reaches other plans' diagnostics.</summary>
        [Fact]
        public void Random_edits_of_followed_programmes_compile_as_from_scratch()
        {
            // A region's programme with the plans that follow it, so that each edit is checked at a sixth of the corpus's cost.
            var files = NationalCorpus.Generate();
            var programme = files.First(file => file.Text.Contains("regional plan "));
            var name = programme.Text.Split("regional plan ")[1].Split(' ')[0];
            var region = files.Where(file => file == programme || file.Text.Contains("follows " + name)).Take(40).ToList();
            EditAndCompare(region, seed: 20, edits: 30, document: paths => paths.IndexOf(programme.Path));
        }

        private static void EditAndCompare(IReadOnlyList<(string Path, string Text)> files, int seed, int edits, System.Func<List<string>, int>? document = null)
        {
            var workspace = PlanWorkspace.Create(files);
            workspace.AssertSameAsFromScratch("before any edit");
            var random = new RandomEdits(seed, files.Select(file => file.Text));
            var history = new List<string>();
            for (var i = 0; i < edits; i++)
            {
                var paths = workspace.Documents.Select(each => each.Path).ToList();
                var path = paths[document is not null && random.Next(2) == 0 ? document(paths) : random.Next(paths.Count)];
                var (change, description) = random.Of(workspace.GetDocument(path)!.Text.Text);
                workspace = workspace.WithChange(path, change);
                history.Add(path + ": " + description);

                // Now and then several edits before the next compilation, as when typing is faster than checking.
                if (random.Next(3) > 0)
                {
                    workspace.AssertSameAsFromScratch("after\n  " + string.Join("\n  ", history));
                }
            }

            workspace.AssertSameAsFromScratch("after\n  " + string.Join("\n  ", history));
        }
    }
}
