using System.Collections.Generic;
using System.Text.Json;

namespace DslPlanning.LanguageServer.Protocol
{
    public sealed record InitializeParams(
        int? ProcessId,
        string? RootUri,
        string? RootPath,
        IReadOnlyList<WorkspaceFolder>? WorkspaceFolders,
        JsonElement? InitializationOptions,
        JsonElement? Capabilities,
        string? Locale = null);

    public sealed record WorkspaceFolder(string Uri, string Name);

    public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

    public sealed record ServerInfo(string Name, string? Version);

    public static class TextDocumentSyncKind
    {
        public const int None = 0;
        public const int Full = 1;
        public const int Incremental = 2;
    }

    public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions? Save);

    public sealed record SaveOptions(bool IncludeText);

    public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

    public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

    /// <summary>What the server can do; each handler fills in its own part (<c>IServerFeature</c>), the rest stays null and is not sent.</summary>
    public sealed class ServerCapabilities
    {
        public string PositionEncoding { get; set; } = "utf-16";

        public TextDocumentSyncOptions? TextDocumentSync { get; set; }

        public WorkspaceServerCapabilities? Workspace { get; set; }

        public object? CompletionProvider { get; set; }

        public object? HoverProvider { get; set; }

        public object? DefinitionProvider { get; set; }

        public object? ReferencesProvider { get; set; }

        public object? DocumentHighlightProvider { get; set; }

        public object? RenameProvider { get; set; }

        public object? DocumentSymbolProvider { get; set; }

        public object? WorkspaceSymbolProvider { get; set; }

        public object? FoldingRangeProvider { get; set; }

        public object? SelectionRangeProvider { get; set; }

        public object? SemanticTokensProvider { get; set; }

        public object? CodeActionProvider { get; set; }

        public object? DocumentFormattingProvider { get; set; }

        public object? DocumentRangeFormattingProvider { get; set; }

        public object? InlayHintProvider { get; set; }
    }

    public sealed record InitializedParams;
}
