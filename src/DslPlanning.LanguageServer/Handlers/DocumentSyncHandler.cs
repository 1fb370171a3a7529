using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>The documents the editor has open: <c>didOpen</c>, <c>didChange</c> (incremental), <c>didClose</c>, <c>didSave</c>.</summary>
    internal sealed class DocumentSyncHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public DocumentSyncHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) =>
            capabilities.TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental, new SaveOptions(IncludeText: false));

        [JsonRpcMethod(Methods.DidOpen, UseSingleObjectParameterDeserialization = true)]
        public void DidOpen(DidOpenTextDocumentParams parameters)
        {
            if (IsReady && parameters.TextDocument is { } document)
            {
                _workspace.Open(document);
            }
        }

        [JsonRpcMethod(Methods.DidChange, UseSingleObjectParameterDeserialization = true)]
        public void DidChange(DidChangeTextDocumentParams parameters)
        {
            if (IsReady && parameters.TextDocument is { } document)
            {
                _workspace.Change(document, parameters.ContentChanges);
            }
        }

        [JsonRpcMethod(Methods.DidClose, UseSingleObjectParameterDeserialization = true)]
        public void DidClose(DidCloseTextDocumentParams parameters)
        {
            if (IsReady && parameters.TextDocument is { } document)
            {
                _workspace.Close(document);
            }
        }

        /// <summary>The text is already the editor's; the file on disk now says the same.</summary>
        [JsonRpcMethod(Methods.DidSave, UseSingleObjectParameterDeserialization = true)]
        public void DidSave(DidSaveTextDocumentParams parameters) => _ = parameters;

        /// <summary>Notifications before <c>initialize</c> or after <c>shutdown</c> are dropped, as the specification says.</summary>
        private bool IsReady => _workspace.IsInitialized && !_workspace.IsShutDown;
    }
}
