using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;

namespace DslPlanning.LanguageServer.Tests.Features
{
    /// <summary>Completion, hover and inlay hints on bad input answer (empty, or null for hover), and the server keeps serving.</summary>
    public class CompletionRobustnessTests
    {
        private static readonly object Enabled = new { inlayHints = new { enabled = true } };

        /// <summary>A plan typed halfway: open blocks, a list ending in a comma, a rule ID and a string left unfinished.</summary>
        private const string Broken = """
            municipal plan Ort "Ortens plan" {
              owner
              funder Kassan "Kassa" municipality budget 100 000 kr per
              area A1 "Område" priority 1 serves {
                action Y { funding Kassan 50 %,
                  subsidy home-delivery-grant in { net-cost 120 000
                  exception SP
                  note "inte klar
                action X {
            """;

        [Fact]
        public async Task Positions_outside_the_document_get_empty_answers()
        {
            await using var open = await OpenPlan.SmallAsync(LinkedPlans.Municipal(), Enabled);
            var (session, uri) = (open.Session, open.Uri);

            foreach (var position in new[] { new Position(9999, 0), new Position(0, 9999), new Position(-1, -1), new Position(2, int.MaxValue) })
            {
                var completion = await session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(new TextDocumentIdentifier(uri), position, null));
                var hover = await session.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(new TextDocumentIdentifier(uri), position));
                Assert.NotNull(completion);
                Assert.Null(hover);
            }

            var hints = await session.RequestAsync<InlayHint[]>(Methods.InlayHint, new InlayHintParams(new TextDocumentIdentifier(uri), new Range(new Position(500, 0), new Position(-5, 99))));
            Assert.Empty(hints);
            await AssertStillServingAsync(session, uri);
        }

        [Fact]
        public async Task An_unknown_file_gets_empty_answers()
        {
            await using var open = await OpenPlan.SmallAsync(LinkedPlans.Municipal(), Enabled);
            var (session, uri) = (open.Session, open.Uri);
            var unknown = new TextDocumentIdentifier(uri.Replace("ort.plan", "okänd.plan", System.StringComparison.Ordinal));

            var completion = await session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(unknown, new Position(0, 0), null));
            var hover = await session.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(unknown, new Position(0, 0)));
            var hints = await session.RequestAsync<InlayHint[]>(Methods.InlayHint, new InlayHintParams(unknown, new Range(new Position(0, 0), new Position(10, 0))));

            Assert.Empty(completion.Items);
            Assert.Null(hover);
            Assert.Empty(hints);
            await AssertStillServingAsync(session, uri);
        }

        [Fact]
        public async Task Requests_without_a_document_get_empty_answers()
        {
            await using var open = await OpenPlan.SmallAsync(LinkedPlans.Municipal(), Enabled);
            var (session, uri) = (open.Session, open.Uri);

            var completion = await session.RequestAsync<CompletionList>(Methods.Completion, new { });
            var hover = await session.RequestAsync<Hover?>(Methods.Hover, new { });
            var hints = await session.RequestAsync<InlayHint[]>(Methods.InlayHint, new { });

            Assert.Empty(completion.Items);
            Assert.Null(hover);
            Assert.Empty(hints);
            await AssertStillServingAsync(session, uri);
        }

        [Fact]
        public async Task Every_position_of_a_plan_typed_halfway_is_answered()
        {
            await using var open = await OpenPlan.SmallAsync(Broken, Enabled);
            var (session, uri) = (open.Session, open.Uri);
            var document = new TextDocumentIdentifier(uri);

            foreach (var position in Positions(Broken))
            {
                await session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(document, position, null));
                await session.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(document, position));
            }

            var hints = await session.RequestAsync<InlayHint[]>(Methods.InlayHint, new InlayHintParams(document, new Range(new Position(0, 0), new Position(100, 0))));
            Assert.NotNull(hints);
            var atFundingList = await session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(document, Caret.After(Broken, "50 %,"), null));
            Assert.Contains(atFundingList.Items, item => item.Label == "Kassan");
            await AssertStillServingAsync(session, uri);
        }

        private static IEnumerable<Position> Positions(string text)
        {
            var lines = text.Split('\n');
            return lines.SelectMany((line, index) => Enumerable.Range(0, line.Length + 1).Select(character => new Position(index, character)));
        }

        private static async Task AssertStillServingAsync(LspSession session, string uri)
        {
            var list = await session.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams(new TextDocumentIdentifier(uri), new Position(1, 2), null));
            Assert.Contains(list.Items, item => item.Label == "note");
        }
    }
}
