using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Server
{
    /// <summary>What an editor can get wrong, or a broken connection can send: each is answered or left out, and the server keeps serving.</summary>
    public class RobustnessTests
    {
        [Theory]
        [InlineData("{not json")]
        [InlineData("[]")]
        [InlineData("{\"jsonrpc\":\"2.0\",\"id\":7}")]
        [InlineData("\"just a string\"")]
        public async Task A_message_that_cannot_be_read_is_answered_and_the_next_one_is_served(string body)
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var bytes = Encoding.UTF8.GetBytes(body);

            await session.ClientStream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n").Concat(bytes).ToArray());
            await session.ClientStream.FlushAsync();

            Assert.Null(await session.RequestAsync<object?>(Methods.Shutdown, null));
            Assert.Contains(session.UnaddressedErrors, error => error.Code == JsonRpcErrorCode.ParseError || error.Code == JsonRpcErrorCode.InvalidRequest);
        }

        [Fact]
        public async Task A_method_the_server_does_not_know_is_answered_method_not_found()
        {
            await using var session = await LspSession.StartAsync(folder: null);

            var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => session.RequestAsync<object?>("textDocument/noSuchThing", new { }));

            Assert.Contains("noSuchThing", error.Message, StringComparison.Ordinal);
            Assert.Null(await session.RequestAsync<object?>(Methods.Shutdown, null));
        }

        [Fact]
        public async Task Parameters_of_the_wrong_shape_get_an_error_response_and_the_server_keeps_serving()
        {
            await using var session = LspSession.Connect();

            await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<InitializeResult>(Methods.Initialize, new { processId = "not a number" }));

            Assert.NotNull(await session.RequestAsync<InitializeResult>(Methods.Initialize, new { capabilities = new { } }));
        }

        [Fact]
        public async Task A_change_at_a_stale_version_is_left_out_and_logged()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var uri = folder.Uri("krokom.plan");
            var text = folder.Text("krokom.plan");
            await session.OpenAsync(uri, text, version: 5);

            await session.ChangeAsync(uri, 5, new TextDocumentContentChangeEvent(null, "garbage that would break the plan"));
            await session.ChangeAsync(uri, 6, new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), "# kept\n"));

            var published = await session.WaitForDiagnosticsAsync(uri, diagnostics => diagnostics.Version == 6);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            await session.WaitForLogAsync(line => line.Message.Contains("version 5", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_change_to_a_document_that_is_not_open_is_left_out_and_logged()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);

            await session.ChangeAsync(folder.Uri("nowhere.plan"), 2, new TextDocumentContentChangeEvent(null, "plan X"));

            await session.WaitForLogAsync(line => line.Message.Contains("nowhere.plan", StringComparison.Ordinal) && line.Message.Contains("not open", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_change_whose_range_lies_past_the_end_applies_at_the_end_as_the_specification_says()
        {
            using var folder = PlanFolder.Empty();
            await using var session = await LspSession.StartAsync(folder.Path);
            var uri = folder.Uri("new.plan");
            await session.OpenAsync(uri, string.Empty);

            await session.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(new Range(new Position(99, 99), new Position(200, 0)), "plan X"));

            var published = await session.WaitForDiagnosticsAsync(uri, diagnostics => diagnostics.Version == 2);
            Assert.Equal("plan X", session.Server.Workspace.Current.GetDocument(folder.FilePath("new.plan"))!.Text.Text);
            Assert.NotNull(published);
        }

        [Fact]
        public async Task Notifications_before_initialize_are_dropped()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = LspSession.Connect();

            await session.OpenAsync(folder.Uri("early.plan"), "plan Early");
            var result = await session.RequestAsync<InitializeResult>(Methods.Initialize, new { capabilities = new { } });

            Assert.NotNull(result);
            Assert.Null(session.Server.Workspace.Current.GetDocument(folder.FilePath("early.plan")));
        }

        [Fact]
        public async Task A_cancelled_request_is_answered_and_the_server_keeps_serving()
        {
            await using var session = await LspSession.StartAsync(folder: null);
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RequestAsync<object?>(Methods.Shutdown, null, cancelled.Token));

            Assert.Null(await session.RequestAsync<object?>(Methods.Shutdown, null));
        }
    }
}
