using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using DslPlanning.Model;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>
    /// A scripted editor session with the server in process, over a duplex stream with the same framing as stdio:
    /// requests, notifications, and what the server sends (diagnostics, log lines, registrations) kept for the test.
    /// </summary>
    internal sealed class LspSession : IAsyncDisposable
    {
        /// <summary>How long a test waits for something the server sends before it fails.</summary>
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

        private readonly JsonRpc _client;
        private readonly ClientTarget _target;

        private readonly ClientMessageHandler _handler;

        private readonly PlanLanguageServer? _server;

        private LspSession(PlanLanguageServer? server, JsonRpc client, ClientMessageHandler handler, ClientTarget target, Stream clientStream)
        {
            _server = server;
            _client = client;
            _handler = handler;
            _target = target;
            ClientStream = clientStream;
        }

        /// <summary>The server, when it runs in this process.</summary>
        public PlanLanguageServer Server => _server ?? throw new InvalidOperationException("The server runs in another process.");

        /// <summary>The client's end of the connection, for tests that write raw bytes.</summary>
        public Stream ClientStream { get; }

        public IReadOnlyCollection<LogMessageParams> Log => _target.Log;

        public IReadOnlyCollection<RegistrationParams> Registrations => _target.Registrations;

        /// <summary>The capabilities the server answered <c>initialize</c> with (<see cref="InitializeAsync"/>), as sent.</summary>
        public JsonElement Capabilities { get; private set; }

        /// <summary>Errors the server sent with no request id: its answers to messages it could not read.</summary>
        public IReadOnlyCollection<StreamJsonRpc.Protocol.JsonRpcError.ErrorDetail> UnaddressedErrors => _handler.UnaddressedErrors;

        /// <summary>A connected session, not yet initialized; without <paramref name="options"/>, diagnostics are published without waiting for more changes.</summary>
        public static LspSession Connect(LanguageServerOptions? options = null)
        {
            var (serverStream, clientStream) = FullDuplexStream.CreatePair();
            var server = PlanLanguageServer.Start(serverStream, serverStream, options ?? new LanguageServerOptions(TimeSpan.Zero));
            return Attach(clientStream, clientStream, server);
        }

        /// <summary>A session with a server in another process, on its stdin and stdout.</summary>
        public static LspSession Attach(Stream toServer, Stream fromServer) => Attach(toServer, fromServer, server: null);

        /// <summary>A session initialized on <paramref name="folder"/> (or none), whose first diagnostics are published.</summary>
        public static async Task<LspSession> StartAsync(string? folder, object? initializationOptions = null, object? capabilities = null, LanguageServerOptions? options = null, string? locale = null)
        {
            var session = Connect(options);
            await session.InitializeAsync(folder, initializationOptions, capabilities, locale);
            return session;
        }

        /// <summary>
        /// initialize and initialized on <paramref name="folder"/> (or none), with the editor's <paramref name="locale"/> when
        /// given; waits for the first diagnostics of a folder with plans.
        /// </summary>
        public async Task InitializeAsync(string? folder, object? initializationOptions = null, object? capabilities = null, string? locale = null)
        {
            var session = this;
            var root = folder is null ? null : DocumentUris.FromPath(folder);
            var result = await session.RequestAsync<JsonElement>(Methods.Initialize, new
            {
                processId = (int?)null,
                rootUri = root,
                workspaceFolders = root is null ? null : new[] { new WorkspaceFolder(root, Path.GetFileName(folder!)) },
                initializationOptions,
                capabilities = capabilities ?? new { },
                locale,
            });
            Capabilities = result.GetProperty("capabilities");
            await session.NotifyAsync(Methods.Initialized, new { });
            if (folder is not null && Directory.EnumerateFiles(folder, "*.plan", SearchOption.AllDirectories).Any())
            {
                await session.WaitForDiagnosticsAsync(DocumentUris.FromPath(Directory.EnumerateFiles(folder, "*.plan", SearchOption.AllDirectories).First()));
            }
        }

        private static LspSession Attach(Stream toServer, Stream fromServer, PlanLanguageServer? server)
        {
            var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolJson.Options };
            var handler = new ClientMessageHandler(toServer, fromServer, formatter);
            var client = new JsonRpc(handler);
            var target = new ClientTarget();
            client.AddLocalRpcTarget(target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
            client.StartListening();
            return new LspSession(server, client, handler, target, toServer);
        }

        public Task<T> RequestAsync<T>(string method, object? parameters, CancellationToken cancellation = default) =>
            _client.InvokeWithParameterObjectAsync<T>(method, parameters, cancellation);

        public Task NotifyAsync(string method, object? parameters) =>
            _client.NotifyWithParameterObjectAsync(method, parameters);

        public Task OpenAsync(string uri, string text, int version = 1) =>
            NotifyAsync(Methods.DidOpen, new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", version, text)));

        public Task ChangeAsync(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
            NotifyAsync(Methods.DidChange, new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));

        /// <summary>The next diagnostics published for <paramref name="uri"/> that satisfy <paramref name="until"/> (any, without it).</summary>
        public Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? until = null) =>
            _target.WaitForAsync(uri, until ?? (_ => true), Patience);

        /// <summary>The first log line that satisfies <paramref name="match"/>, waiting for it as long as for diagnostics.</summary>
        public Task<LogMessageParams> WaitForLogAsync(Func<LogMessageParams, bool> match) =>
            WaitUntilAsync(() => _target.Log.FirstOrDefault(match), () => "No such log line; the log: " + string.Join(" | ", _target.Log.Select(entry => entry.Message)));

        /// <summary>The first registration the server asked the client for, waiting for it as long as for diagnostics.</summary>
        public Task<RegistrationParams> WaitForRegistrationAsync() =>
            WaitUntilAsync(() => _target.Registrations.FirstOrDefault(), () => "The server asked for no registration");

        /// <summary>What <paramref name="found"/> gives once it gives something; after <see cref="Patience"/>, a failure that says <paramref name="missing"/>.</summary>
        private static async Task<T> WaitUntilAsync<T>(Func<T?> found, Func<string> missing) where T : class
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                if (found() is { } value)
                {
                    return value;
                }

                if (waited.Elapsed > Patience)
                {
                    throw new TimeoutException(missing() + " within " + Patience.TotalSeconds + " s");
                }

                await Task.Delay(10).ConfigureAwait(false);
            }
        }

        /// <summary>Every diagnostics list published so far, oldest first, and forgets them.</summary>
        public IReadOnlyList<PublishDiagnosticsParams> TakePublished() => _target.TakeAll();

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            if (_server is not null)
            {
                _server.Dispose();
                await Task.WhenAny(_server.Completion, Task.Delay(Patience)).ConfigureAwait(false);
            }
        }

        /// <summary>The editor's side: what the server sends it.</summary>
        private sealed class ClientTarget
        {
            private readonly object _gate = new();
            private readonly List<PublishDiagnosticsParams> _published = new();
            private readonly List<(string Uri, Func<PublishDiagnosticsParams, bool> Until, TaskCompletionSource<PublishDiagnosticsParams> Done)> _waiting = new();

            public ConcurrentQueue<LogMessageParams> Log { get; } = new();

            public ConcurrentQueue<RegistrationParams> Registrations { get; } = new();

            [JsonRpcMethod(Methods.PublishDiagnostics)]
            public void PublishDiagnostics(PublishDiagnosticsParams diagnostics)
            {
                lock (_gate)
                {
                    _published.Add(diagnostics);
                    foreach (var waiter in _waiting.Where(waiter => waiter.Uri == diagnostics.Uri && waiter.Until(diagnostics)).ToList())
                    {
                        _waiting.Remove(waiter);
                        waiter.Done.TrySetResult(diagnostics);
                    }
                }
            }

            [JsonRpcMethod(Methods.LogMessage)]
            public void LogMessage(LogMessageParams message) => Log.Enqueue(message);

            [JsonRpcMethod(Methods.RegisterCapability)]
            public object? RegisterCapability(RegistrationParams registrations)
            {
                Registrations.Enqueue(registrations);
                return null;
            }

            public async Task<PublishDiagnosticsParams> WaitForAsync(string uri, Func<PublishDiagnosticsParams, bool> until, TimeSpan patience)
            {
                var done = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (_gate)
                {
                    var already = _published.LastOrDefault(published => published.Uri == uri);
                    if (already is not null && until(already))
                    {
                        return already;
                    }

                    _waiting.Add((uri, until, done));
                }

                var finished = await Task.WhenAny(done.Task, Task.Delay(patience)).ConfigureAwait(false);
                if (finished != done.Task)
                {
                    throw new TimeoutException($"No diagnostics as expected for {uri} within {patience.TotalSeconds} s; last published: " +
                        JsonSerializer.Serialize(_published.LastOrDefault(published => published.Uri == uri), ProtocolJson.Options));
                }

                return await done.Task.ConfigureAwait(false);
            }

            public IReadOnlyList<PublishDiagnosticsParams> TakeAll()
            {
                lock (_gate)
                {
                    var all = _published.ToList();
                    _published.Clear();
                    return all;
                }
            }
        }
    }
}
