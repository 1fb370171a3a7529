using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Handlers;
using DslPlanning.LanguageServer.Protocol;

using DslPlanning.Model;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// The language server on a pair of streams (stdin and stdout, or an in-process duplex stream in tests): LSP 3.17
    /// messages with Content-Length headers, JSON-RPC by StreamJsonRpc. Messages are handled one at a time, in the
    /// order they came (a change is applied before the request that follows it); diagnostics are computed beside them.
    /// </summary>
    public sealed class PlanLanguageServer : IDisposable
    {
        private readonly JsonRpc _rpc;
        private readonly PlanFileWatcher _watcher;
        private readonly TaskCompletionSource<int> _exitCode = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private PlanLanguageServer(Stream input, Stream output, LanguageServerOptions options)
        {
            var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolJson.Options };
            _rpc = new JsonRpc(new TolerantMessageHandler(output, input, formatter))
            {
                SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false),
            };

            var client = new LanguageClient(_rpc);
            Workspace = new ServerWorkspace();
            _watcher = new PlanFileWatcher(Workspace);
            Diagnostics = new DiagnosticPublisher(Workspace, client, options.DiagnosticsDelay);
            Workspace.Changed += Diagnostics.Schedule;
            Workspace.Problem += problem => _ = client.LogAsync(MessageType.Warning, problem);

            var features = Features(Workspace, client);
            _rpc.AddLocalRpcTarget(new LifecycleHandler(Workspace, client, Diagnostics, features, _watcher, Exit));
            foreach (var feature in features)
            {
                _rpc.AddLocalRpcTarget(feature);
            }

            _rpc.Disconnected += (_, _) => Exit(Workspace.IsShutDown ? 0 : 1);
        }

        /// <summary>The exit code, once the editor sent <c>exit</c> or closed the connection.</summary>
        public Task<int> Completion => _exitCode.Task;

        internal ServerWorkspace Workspace { get; }

        internal DiagnosticPublisher Diagnostics { get; }

        public static PlanLanguageServer Start(Stream input, Stream output, LanguageServerOptions? options = null)
        {
            var server = new PlanLanguageServer(input, output, options ?? LanguageServerOptions.Default);
            server._rpc.StartListening();
            return server;
        }

        /// <summary>Closes the connection. It does not wait for the reading to end: a read of stdin cannot be cancelled.</summary>
        public void Dispose()
        {
            _rpc.Dispose();
            _watcher.Dispose();
        }

        /// <summary>Every handler of the protocol's methods besides the lifecycle: add a new one here.</summary>
        private static IReadOnlyList<IServerFeature> Features(ServerWorkspace workspace, LanguageClient client) => new IServerFeature[]
        {
            new DocumentSyncHandler(workspace),
            new WorkspaceHandler(workspace, client),
            new DefinitionHandler(workspace),
            new ReferencesHandler(workspace),
            new DocumentHighlightHandler(workspace),
            new RenameHandler(workspace),
            new DocumentSymbolHandler(workspace),
            new WorkspaceSymbolHandler(workspace),
            new FoldingRangeHandler(workspace),
            new SelectionRangeHandler(workspace),
            new CodeActionHandler(workspace),
            new FormattingHandler(workspace),
            new SemanticTokensHandler(workspace),
            new CompletionHandler(workspace),
            new HoverHandler(workspace),
            new InlayHintHandler(workspace),
        };

        private void Exit(int code)
        {
            if (_exitCode.TrySetResult(code))
            {
                Dispose();
            }
        }
    }

    public sealed record LanguageServerOptions(TimeSpan DiagnosticsDelay)
    {
        /// <summary>Keystrokes within 10 ms of each other (or while the plans are being checked) are checked together.</summary>
        public static LanguageServerOptions Default { get; } = new(TimeSpan.FromMilliseconds(10));
    }
}
