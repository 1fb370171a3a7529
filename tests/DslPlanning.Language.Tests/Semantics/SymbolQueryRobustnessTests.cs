using System;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Tests.Workspaces;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>The queries answer on plans broken by random edits, without an exception, with spans within the texts.</summary>
    public class SymbolQueryRobustnessTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Every_query_answers_within_the_text_after_random_edits_of_the_real_plans(int seed)
        {
            var files = Repository.RealPlans();
            var workspace = PlanWorkspace.Create(files);
            var random = new RandomEdits(seed, files.Select(file => file.Text));
            var found = 0;
            for (var edit = 0; edit < 25; edit++)
            {
                var path = workspace.Documents[random.Next(workspace.Documents.Count)].Path;
                var (change, description) = random.Of(workspace.GetDocument(path)!.Text.Text);
                workspace = workspace.WithChange(path, change);
                found += AssertQueriesAnswer(workspace, path, $"after {path}: {description}");
            }

            Assert.True(found > 25, $"symbols found at {found} offsets: the queries were asked about symbols");
        }

        /// <summary>Asks every query at offsets across the file; returns at how many a symbol was found.</summary>
        private static int AssertQueriesAnswer(PlanWorkspace workspace, string path, string after)
        {
            var symbols = 0;
            var queries = SymbolQueries.Of(workspace.Compilation);
            var length = workspace.GetDocument(path)!.Text.Length;
            for (var offset = -1; offset <= length + 1; offset += 53)
            {
                Assert.All(queries.EnclosingDeclarations(path, offset), declaration => Assert.InRange(offset, declaration.Span.Start, declaration.Span.End));
                if (queries.SymbolAt(path, offset) is not { } found)
                {
                    continue;
                }

                symbols++;
                Assert.InRange(offset, found.Span.Start, found.Span.End);
                Assert.All(queries.References(found.Symbol, includeDeclaration: true).Append(found), occurrence => AssertWithin(workspace, occurrence.Path, occurrence.Span, after));
                var rename = queries.Rename(found.Symbol, "Nytt_namn");
                Assert.All(rename.Edits, file => Assert.All(file.Changes, change => AssertWithin(workspace, file.Path, change.Span, after)));
                _ = queries.Highlights(found.Symbol, path);
            }

            Assert.All(workspace.Compilation.Plans, plan => Assert.All(Enum.GetValues<SymbolKind>(), kind => queries.VisibleFrom(plan.Name, kind)));
            return symbols;
        }

        private static void AssertWithin(PlanWorkspace workspace, string path, TextSpan span, string after) =>
            Assert.True(span.Start >= 0 && span.End <= workspace.GetDocument(path)!.Text.Length, $"{path} {span} {after}");
    }
}
