using System;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Tests.Server
{
    public class LifecycleTests
    {
        [Fact]
        public async Task Initialize_answers_the_capabilities_of_a_utf16_incremental_server()
        {
            await using var session = LspSession.Connect();

            var result = await session.RequestAsync<InitializeResult>(Methods.Initialize, new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });

            Assert.Equal("DslPlanning", result.ServerInfo.Name);
            Assert.Equal("utf-16", result.Capabilities.PositionEncoding);
            Assert.Equal(TextDocumentSyncKind.Incremental, result.Capabilities.TextDocumentSync!.Change);
        }

        [Fact]
        public async Task A_request_before_initialize_is_answered_server_not_initialized()
        {
            await using var session = LspSession.Connect();

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<object?>(Methods.Shutdown, null));

            Assert.Equal(ErrorCodes.ServerNotInitialized, error.ErrorCode);
        }

        [Fact]
        public async Task A_second_initialize_is_refused_and_the_server_keeps_serving()
        {
            await using var session = await LspSession.StartAsync(folder: null);

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<InitializeResult>(Methods.Initialize, new { capabilities = new { } }));

            Assert.Equal(ErrorCodes.InvalidRequest, error.ErrorCode);
            Assert.Null(await session.RequestAsync<object?>(Methods.Shutdown, null));
        }

        [Fact]
        public async Task Exit_after_shutdown_ends_the_server_with_code_0()
        {
            await using var session = await LspSession.StartAsync(folder: null);

            await session.RequestAsync<object?>(Methods.Shutdown, null);
            await session.NotifyAsync(Methods.Exit, null);

            Assert.Equal(0, await session.Server.Completion.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        [Fact]
        public async Task Exit_without_shutdown_ends_the_server_with_code_1()
        {
            await using var session = await LspSession.StartAsync(folder: null);

            await session.NotifyAsync(Methods.Exit, null);

            Assert.Equal(1, await session.Server.Completion.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        [Fact]
        public async Task After_shutdown_a_request_is_refused_as_invalid()
        {
            await using var session = await LspSession.StartAsync(folder: null);
            await session.RequestAsync<object?>(Methods.Shutdown, null);

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<object?>(Methods.Shutdown, null));

            Assert.Equal(ErrorCodes.InvalidRequest, error.ErrorCode);
        }

        [Fact]
        public async Task A_client_that_can_register_watchers_is_asked_to_watch_the_plan_files()
        {
            using var folder = PlanFolder.WithRealPlans();

            await using var session = await LspSession.StartAsync(folder.Path, capabilities: new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
            await session.WaitForRegistrationAsync();

            var registration = Assert.Single(session.Registrations.SelectMany(registrations => registrations.Registrations));
            Assert.Equal(Methods.DidChangeWatchedFiles, registration.Method);
            Assert.Contains("**/*.plan", System.Text.Json.JsonSerializer.Serialize(registration.RegisterOptions), StringComparison.Ordinal);
        }
    }
}
