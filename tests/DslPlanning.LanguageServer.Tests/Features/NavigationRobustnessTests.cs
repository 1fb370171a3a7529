using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using StreamJsonRpc;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    /// <summary>
    /// Every navigation, symbol and structure request on bad input — a position outside the document, a file the server
    /// does not have, a plan with syntax errors — gets an empty answer or an error response, and the server keeps serving.
    /// </summary>
    public class NavigationRobustnessTests
    {
        private const string Broken = """
            municipal plan B "Trasig" {
              actor Kommunen
              area A priority {
                goal "utan namn"
                action X serves G, {
                  owner Kommunen Kommunen
              }
              funder }
            """;

        public static TheoryData<string> Methods_with_a_position() => new()
        {
            Methods.Definition,
            Methods.References,
            Methods.DocumentHighlight,
            Methods.PrepareRename,
            Methods.Rename,
            Methods.SelectionRange,
        };

        public static TheoryData<string> Methods_of_a_document() => new()
        {
            Methods.DocumentSymbol,
            Methods.FoldingRange,
        };

        [Theory]
        [MemberData(nameof(Methods_with_a_position))]
        public async Task Positions_outside_the_document_get_an_answer_and_the_server_keeps_serving(string method)
        {
            await using var plans = await TwoPlans.StartAsync();

            foreach (var position in new[] { new Position(-3, -7), new Position(10_000, 0), new Position(0, 10_000), new Position(int.MaxValue, int.MaxValue) })
            {
                await AnswersOrRefuses(plans.Session, method, Parameters(plans.MunicipalUri, position));
            }

            await AssertStillServing(plans);
        }

        [Theory]
        [MemberData(nameof(Methods_with_a_position))]
        [MemberData(nameof(Methods_of_a_document))]
        public async Task An_unknown_file_gets_an_empty_answer(string method)
        {
            await using var plans = await TwoPlans.StartAsync();

            var answer = await plans.Session.RequestAsync<JsonElement>(method, Parameters(plans.Folder.Uri("nowhere.plan"), new Position(0, 0)));

            Assert.True(IsEmpty(answer), method + " answered " + answer);
            await AssertStillServing(plans);
        }

        [Theory]
        [MemberData(nameof(Methods_with_a_position))]
        [MemberData(nameof(Methods_of_a_document))]
        public async Task Every_position_of_a_plan_with_syntax_errors_gets_an_answer(string method)
        {
            await using var plans = await TwoPlans.StartAsync();
            var uri = plans.Folder.Uri("b.plan");
            await plans.Session.OpenAsync(uri, Broken);
            var lines = Broken.Split('\n');

            for (var line = 0; line <= lines.Length; line++)
            {
                for (var character = 0; character <= (line < lines.Length ? lines[line].Length + 1 : 0); character++)
                {
                    await AnswersOrRefuses(plans.Session, method, Parameters(uri, new Position(line, character)));
                }
            }

            await AssertStillServing(plans);
        }

        /// <summary>An editor drops the whole outline when one name lies outside its symbol's range.</summary>
        [Fact]
        public async Task The_outline_of_krokom_cut_off_anywhere_keeps_each_name_and_child_inside_its_symbol()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var krokom = folder.Text("krokom.plan");
            var uri = folder.Uri("cut.plan");
            await session.OpenAsync(uri, string.Empty);

            for (var part = 1; part < 10; part++)
            {
                await session.ChangeAsync(uri, part + 1, new TextDocumentContentChangeEvent(null, krokom.Substring(0, krokom.Length * part / 10)));
                var symbols = await session.RequestAsync<IReadOnlyList<DocumentSymbol>>(Methods.DocumentSymbol, new DocumentSymbolParams(new TextDocumentIdentifier(uri)));

                Assert.NotEmpty(symbols);
                Assert.All(DocumentSymbols.Flatten(symbols), symbol =>
                {
                    Assert.True(Ranges.Contains(symbol.Range, symbol.SelectionRange), $"{symbol.Name} at {part}/10");
                    Assert.All(symbol.Children, child => Assert.True(Ranges.Contains(symbol.Range, child.Range), $"{child.Name} at {part}/10"));
                });
            }
        }

        [Fact]
        public async Task Workspace_symbols_answer_a_query_that_matches_nothing_or_is_missing()
        {
            await using var plans = await TwoPlans.StartAsync();

            Assert.Empty(await plans.Session.RequestAsync<IReadOnlyList<WorkspaceSymbol>>(Methods.WorkspaceSymbol, new WorkspaceSymbolParams("ingenting sådant")));
            Assert.NotEmpty(await plans.Session.RequestAsync<IReadOnlyList<WorkspaceSymbol>>(Methods.WorkspaceSymbol, new { }));
        }

        /// <summary>The same parameters serve every method: each reads the fields it knows.</summary>
        private static object Parameters(string uri, Position position) => new
        {
            textDocument = new TextDocumentIdentifier(uri),
            position,
            positions = new[] { position },
            context = new ReferenceContext(IncludeDeclaration: true),
            newName = "NyttNamn",
        };

        private static async Task AnswersOrRefuses(LspSession session, string method, object parameters)
        {
            try
            {
                await session.RequestAsync<JsonElement>(method, parameters);
            }
            catch (RemoteInvocationException refused)
            {
                Assert.Equal(ErrorCodes.RequestFailed, refused.ErrorCode);
            }
        }

        private static bool IsEmpty(JsonElement answer) =>
            answer.ValueKind == JsonValueKind.Null || (answer.ValueKind == JsonValueKind.Array && answer.GetArrayLength() == 0);

        private static async Task AssertStillServing(TwoPlans plans)
        {
            var definition = await plans.Session.RequestAsync<Location?>(Methods.Definition,
                new TextDocumentPositionParams(new TextDocumentIdentifier(plans.MunicipalUri), TextMarks.PositionOf(TwoPlans.Municipal, "follows R", "R")));
            Assert.Equal(plans.RegionalUri, definition?.Uri);
        }
    }
}
