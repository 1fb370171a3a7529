using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    /// <summary>Code actions, formatting and semantic tokens on bad input: an empty answer, and the server keeps serving.</summary>
    public class RobustnessTests
    {
        private static readonly Range Outside = new(new Position(100_000, 5_000), new Position(-3, -7));

        [Fact]
        public async Task Positions_outside_the_document_get_an_answer()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);
            var session = plan.Session;
            var document = new TextDocumentIdentifier(plan.Uri);

            Assert.Empty(await session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(document, Outside, null)));
            Assert.Empty(await session.RequestAsync<TextEdit[]>(Methods.RangeFormatting, new DocumentRangeFormattingParams(document, Outside, null)));
            Assert.Empty((await session.RequestAsync<SemanticTokens>(Methods.SemanticTokensRange, new SemanticTokensRangeParams(document, Outside))).Data);

            await AssertStillServing(session, document);
        }

        [Fact]
        public async Task An_unknown_file_gets_an_empty_answer()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);
            var session = plan.Session;
            var unknown = new TextDocumentIdentifier(plan.Uri.Replace("plan.plan", "unknown.plan", System.StringComparison.Ordinal));
            var range = new Range(new Position(0, 0), new Position(1, 0));

            Assert.Empty(await session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(unknown, range, null)));
            Assert.Empty(await session.RequestAsync<TextEdit[]>(Methods.Formatting, new DocumentFormattingParams(unknown, null)));
            Assert.Empty(await session.RequestAsync<TextEdit[]>(Methods.RangeFormatting, new DocumentRangeFormattingParams(unknown, range, null)));
            Assert.Empty((await session.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new SemanticTokensParams(unknown))).Data);
            Assert.Empty((await session.RequestAsync<SemanticTokens>(Methods.SemanticTokensRange, new SemanticTokensRangeParams(unknown, range))).Data);

            await AssertStillServing(session, new TextDocumentIdentifier(plan.Uri));
        }

        [Fact]
        public async Task A_document_with_syntax_errors_gets_answers()
        {
            var broken = SmallPlans.Ownerless.Replace("  period 2023..2030", "  period 2023..\n  actionn \"").Replace("  }\n}\n", "  ");
            await using var plan = await OnePlanSession.StartAsync(broken);
            var session = plan.Session;
            var document = new TextDocumentIdentifier(plan.Uri);
            var all = new Range(new Position(0, 0), new Position(100, 0));

            var actions = await session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(document, all, null));
            Assert.Contains(actions, action => action.Title == "Change 'actionn' to 'action'");
            Assert.Empty(await session.RequestAsync<TextEdit[]>(Methods.Formatting, new DocumentFormattingParams(document, null)));
            Assert.Empty(await session.RequestAsync<TextEdit[]>(Methods.RangeFormatting, new DocumentRangeFormattingParams(document, all, null)));
            Assert.NotEmpty((await session.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new SemanticTokensParams(document))).Data);

            await AssertStillServing(session, document);
        }

        private static async Task AssertStillServing(LspSession session, TextDocumentIdentifier document) =>
            Assert.NotEmpty((await session.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new SemanticTokensParams(document))).Data);
    }
}
