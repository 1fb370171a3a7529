using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using static DslPlanning.LanguageServer.Tests.Support.TextMarks;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    /// <summary>Folding ranges and selection ranges, over the protocol.</summary>
    public class StructureTests
    {
        private const string M = TwoPlans.Municipal;
        private const string R = TwoPlans.Regional;

        [Fact]
        public async Task Blocks_fold_to_the_line_before_their_closing_brace()
        {
            await using var plans = await TwoPlans.StartAsync();

            var folds = await FoldingRanges(plans.Session, plans.MunicipalUri);

            Assert.Equal(new[]
            {
                new FoldingRange(0, LineOf(M, "action Y"), null),
                new FoldingRange(LineOf(M, "area A"), LineOf(M, "action X") + 3, null),
                new FoldingRange(LineOf(M, "action X"), LineOf(M, "funding"), null),
            }, folds);
        }

        [Fact]
        public async Task A_run_of_comment_lines_folds_as_a_comment()
        {
            await using var plans = await TwoPlans.StartAsync();

            var folds = await FoldingRanges(plans.Session, plans.RegionalUri);

            Assert.Equal(new[]
            {
                new FoldingRange(0, 1, FoldingRangeKind.Comment),
                new FoldingRange(LineOf(R, "regional plan"), LineOf(R, "funder Anslag"), null),
            }, folds);
        }

        [Fact]
        public async Task Selection_grows_from_the_name_through_statement_block_and_declarations_to_the_plan_and_file()
        {
            await using var plans = await TwoPlans.StartAsync();

            const string Owner = "owner Kommunen\n      funding";
            var selections = await plans.Session.RequestAsync<IReadOnlyList<SelectionRange>>(Methods.SelectionRange, new SelectionRangeParams(
                new TextDocumentIdentifier(plans.MunicipalUri), new[] { PositionOf(M, Owner, "Kommunen", 2) }));

            var chain = Chain(Assert.Single(selections)).ToList();
            Assert.Equal(RangeOf(M, Owner, "Kommunen"), chain[0]);
            Assert.Equal(RangeOf(M, Owner, "owner Kommunen"), chain[1]);
            Assert.Equal(Span(M, "{\n      owner Kommunen", "R.Anslag 50 %\n    }"), chain[2]);
            Assert.Equal(Span(M, "action X", "R.Anslag 50 %\n    }"), chain[3]);
            Assert.Equal(Span(M, "{\n    goal G", "R.Anslag 50 %\n    }\n  }"), chain[4]);
            Assert.Equal(Span(M, "area A", "R.Anslag 50 %\n    }\n  }"), chain[5]);
            Assert.Equal(Span(M, "{\n  follows", "owner Kommunen }\n}"), chain[6]);
            Assert.Equal(Span(M, "municipal plan", "owner Kommunen }\n}"), chain[7]);
            Assert.Equal(8, chain.Count);
        }

        [Fact]
        public async Task Selection_in_a_header_grows_through_the_clause_and_the_header_to_the_declaration()
        {
            await using var plans = await TwoPlans.StartAsync();

            var selections = await plans.Session.RequestAsync<IReadOnlyList<SelectionRange>>(Methods.SelectionRange, new SelectionRangeParams(
                new TextDocumentIdentifier(plans.MunicipalUri), new[] { PositionOf(M, "serves R.IO1", "IO1") }));

            var chain = Chain(Assert.Single(selections)).Take(4).ToList();
            Assert.Equal(new[]
            {
                RangeOf(M, "serves R.IO1", "R.IO1"),
                RangeOf(M, "serves R.IO1", "serves R.IO1"),
                Span(M, "area A", "serves R.IO1"),
                Span(M, "area A", "R.Anslag 50 %\n    }\n  }"),
            }, chain);
        }

        [Fact]
        public async Task Selection_answers_each_position_in_the_real_plans_with_ranges_that_grow()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var krokom = folder.Text("krokom.plan");
            var positions = new[] { PositionOf(krokom, "serves JämtlandRSP.IO2", "IO2"), PositionOf(krokom, "follows JämtlandRSP", "follows") };

            var selections = await session.RequestAsync<IReadOnlyList<SelectionRange>>(Methods.SelectionRange,
                new SelectionRangeParams(new TextDocumentIdentifier(folder.Uri("krokom.plan")), positions));

            Assert.Equal(2, selections.Count);
            Assert.Equal(RangeOf(krokom, "serves JämtlandRSP.IO2", "JämtlandRSP.IO2"), selections[0].Range);
            Assert.Equal(RangeOf(krokom, "follows JämtlandRSP", "follows"), selections[1].Range);
            Assert.All(selections.SelectMany(selection => Chain(selection).Zip(Chain(selection).Skip(1))), pair => Assert.True(Ranges.Contains(pair.Second, pair.First) && pair.First != pair.Second));
        }

        private static Task<IReadOnlyList<FoldingRange>> FoldingRanges(LspSession session, string uri) =>
            session.RequestAsync<IReadOnlyList<FoldingRange>>(Methods.FoldingRange, new FoldingRangeParams(new TextDocumentIdentifier(uri)));

        private static IEnumerable<Range> Chain(SelectionRange? selection)
        {
            for (; selection is not null; selection = selection.Parent)
            {
                yield return selection.Range;
            }
        }

        /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
        private static Range Span(string text, string first, string last) => new(RangeOf(text, first, first).Start, RangeOf(text, last, last).End);
    }
}
