namespace DslPlanning.LanguageServer.Protocol
{
    /// <summary>The LSP method names this server answers or sends.</summary>
    public static class Methods
    {
        public const string Initialize = "initialize";
        public const string Initialized = "initialized";
        public const string Shutdown = "shutdown";
        public const string Exit = "exit";

        public const string DidOpen = "textDocument/didOpen";
        public const string DidChange = "textDocument/didChange";
        public const string DidClose = "textDocument/didClose";
        public const string DidSave = "textDocument/didSave";
        public const string PublishDiagnostics = "textDocument/publishDiagnostics";

        public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
        public const string DidChangeConfiguration = "workspace/didChangeConfiguration";
        public const string DidChangeWorkspaceFolders = "workspace/didChangeWorkspaceFolders";
        public const string RegisterCapability = "client/registerCapability";

        public const string LogMessage = "window/logMessage";
        public const string ShowMessage = "window/showMessage";
    }

    /// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
    public static class ErrorCodes
    {
        public const int InvalidParams = -32602;
        public const int ServerNotInitialized = -32002;
        public const int InvalidRequest = -32600;
        public const int RequestFailed = -32803;
        public const int ContentModified = -32801;
    }
}
