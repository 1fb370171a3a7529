namespace DslPlanning.LanguageServer.Protocol
{
    // Go to definition, find references, document highlight and rename (LSP 3.17 "Language Features").

    public sealed record ReferenceContext(bool IncludeDeclaration);

    public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context)
        : TextDocumentPositionParams(TextDocument, Position);

    public static class DocumentHighlightKind
    {
        public const int Text = 1;
        public const int Read = 2;
        public const int Write = 3;
    }

    public sealed record DocumentHighlight(Range Range, int Kind);

    public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string? NewName)
        : TextDocumentPositionParams(TextDocument, Position);

    public sealed record PrepareRenameResult(Range Range, string Placeholder);

    public sealed record RenameOptions(bool PrepareProvider);
}
