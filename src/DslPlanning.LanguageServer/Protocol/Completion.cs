using System.Collections.Generic;

namespace DslPlanning.LanguageServer.Protocol
{
    // textDocument/completion (LSP 3.17), the parts this server uses.

    public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

    public static class CompletionTriggerKind
    {
        public const int Invoked = 1;
        public const int TriggerCharacter = 2;
        public const int TriggerForIncompleteCompletions = 3;
    }

    public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);

    public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context)
        : TextDocumentPositionParams(TextDocument, Position);

    public static class CompletionItemKind
    {
        public const int Text = 1;
        public const int Unit = 11;
        public const int Value = 12;
        public const int Enum = 13;
        public const int Keyword = 14;
        public const int Snippet = 15;
        public const int Reference = 18;
        public const int Module = 9;
        public const int Constant = 21;
    }

    public static class InsertTextFormat
    {
        public const int PlainText = 1;
        public const int Snippet = 2;
    }

    public sealed record CompletionItem(
        string Label,
        int Kind,
        string? Detail,
        MarkupContent? Documentation,
        int InsertTextFormat,
        TextEdit TextEdit,
        string? SortText = null,
        string? FilterText = null);

    public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
}
