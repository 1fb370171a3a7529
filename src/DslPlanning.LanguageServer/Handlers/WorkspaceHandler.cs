using System.Linq;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>Plan files changed on disk, workspace folders added or removed, and the editor's settings.</summary>
    internal sealed class WorkspaceHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;
        private readonly LanguageClient _client;

        public WorkspaceHandler(ServerWorkspace workspace, LanguageClient client)
        {
            _workspace = workspace;
            _client = client;
        }

        public void Advertise(ServerCapabilities capabilities) =>
            capabilities.Workspace = new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true));

        [JsonRpcMethod(Methods.DidChangeWatchedFiles, UseSingleObjectParameterDeserialization = true)]
        public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
        {
            if (_workspace.IsInitialized && parameters.Changes is { } changes)
            {
                _workspace.FilesChanged(changes);
            }
        }

        [JsonRpcMethod(Methods.DidChangeWorkspaceFolders, UseSingleObjectParameterDeserialization = true)]
        public void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams parameters)
        {
            if (!_workspace.IsInitialized || parameters.Event is not { } change)
            {
                return;
            }

            _workspace.RemoveFolders((change.Removed ?? new WorkspaceFolder[0]).Select(folder => DocumentUris.ToPath(folder.Uri)).ToList());
            _workspace.AddFolders((change.Added ?? new WorkspaceFolder[0]).Select(folder => DocumentUris.ToPath(folder.Uri)).ToList());
        }

        [JsonRpcMethod(Methods.DidChangeConfiguration, UseSingleObjectParameterDeserialization = true)]
        public void DidChangeConfiguration(DidChangeConfigurationParams parameters)
        {
            if (!_workspace.IsInitialized)
            {
                return;
            }

            var settings = ServerSettings.Read(parameters.Settings);
            _workspace.ChangeSettings(settings);
            if (settings.Problems is { } problem)
            {
                _ = _client.LogAsync(MessageType.Warning, problem);
            }
        }
    }
}
