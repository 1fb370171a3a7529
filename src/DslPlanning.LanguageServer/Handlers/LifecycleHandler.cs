using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary><c>initialize</c>, <c>initialized</c>, <c>shutdown</c> and <c>exit</c>.</summary>
    internal sealed class LifecycleHandler
    {
        private readonly ServerWorkspace _workspace;
        private readonly LanguageClient _client;
        private readonly DiagnosticPublisher _diagnostics;
        private readonly IReadOnlyList<IServerFeature> _features;
        private readonly Action<int> _exit;
        private readonly PlanFileWatcher _watcher;
        private bool _watchFilesByRegistration;

        public LifecycleHandler(ServerWorkspace workspace, LanguageClient client, DiagnosticPublisher diagnostics, IReadOnlyList<IServerFeature> features, PlanFileWatcher watcher, Action<int> exit)
        {
            _watcher = watcher;
            _workspace = workspace;
            _client = client;
            _diagnostics = diagnostics;
            _features = features;
            _exit = exit;
        }

        [JsonRpcMethod(Methods.Initialize, UseSingleObjectParameterDeserialization = true)]
        public InitializeResult Initialize(InitializeParams parameters)
        {
            var settings = ServerSettings.Read(parameters.InitializationOptions);
            if (!_workspace.Initialize(Folders(parameters), settings, parameters.Locale))
            {
                throw new LocalRpcException("The server is initialized already.") { ErrorCode = ErrorCodes.InvalidRequest };
            }

            _watchFilesByRegistration = ClientCan(parameters.Capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration");
            if (parameters.ProcessId is { } processId)
            {
                ExitWithEditor(processId);
            }

            var capabilities = new ServerCapabilities();
            foreach (var feature in _features)
            {
                feature.Advertise(capabilities);
            }

            var version = typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return new InitializeResult(capabilities, new ServerInfo("DslPlanning", version));
        }

        [JsonRpcMethod(Methods.Initialized, UseSingleObjectParameterDeserialization = true)]
        public async Task InitializedAsync(JsonElement? parameters)
        {
            _ = parameters;
            foreach (var problem in _workspace.LoadFolders(_workspace.Folders))
            {
                await _client.LogAsync(MessageType.Warning, problem).ConfigureAwait(false);
            }

            if (_workspace.Settings.Problems is { } settingsProblem)
            {
                await _client.LogAsync(MessageType.Warning, settingsProblem).ConfigureAwait(false);
            }

            _diagnostics.Schedule();
            if (_watchFilesByRegistration)
            {
                var watchers = new DidChangeWatchedFilesRegistrationOptions(new[] { new FileSystemWatcher("**/*.plan") });
                await _client.RegisterCapabilityAsync(new RegistrationParams(new[] { new Registration("dslplanning-plan-files", Methods.DidChangeWatchedFiles, watchers) })).ConfigureAwait(false);
            }
            else
            {
                _watcher.Watch(_workspace.Folders);
            }
        }

        [JsonRpcMethod(Methods.Shutdown)]
        public object? Shutdown()
        {
            _ = _workspace.Snapshot();
            _workspace.ShutDown();
            return null;
        }

        /// <summary>Ends the server: exit code 0 after <c>shutdown</c>, 1 without it, as the specification says.</summary>
        [JsonRpcMethod(Methods.Exit)]
        public void Exit() => _exit(_workspace.IsShutDown ? 0 : 1);

        private static IEnumerable<string> Folders(InitializeParams parameters)
        {
            if (parameters.WorkspaceFolders is { Count: > 0 } folders)
            {
                return folders.Select(folder => DocumentUris.ToPath(folder.Uri));
            }

            if (parameters.RootUri is { } rootUri)
            {
                return new[] { DocumentUris.ToPath(rootUri) };
            }

            return parameters.RootPath is { } rootPath ? new[] { rootPath } : Array.Empty<string>();
        }

        private static bool ClientCan(JsonElement? capabilities, params string[] path)
        {
            if (capabilities is not { ValueKind: JsonValueKind.Object } node)
            {
                return false;
            }

            foreach (var name in path)
            {
                if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
                {
                    return false;
                }
            }

            return node.ValueKind == JsonValueKind.True;
        }

        /// <summary>An editor that ends without <c>exit</c> (it crashed) leaves no server behind.</summary>
        private void ExitWithEditor(int processId)
        {
            try
            {
                var editor = Process.GetProcessById(processId);
                _ = editor.WaitForExitAsync().ContinueWith(_ => _exit(1), TaskScheduler.Default);
            }
            catch (ArgumentException)
            {
                // No such process (an editor on another machine, or a test): the connection's end ends the server.
            }
        }
    }
}
