namespace DslPlanning.LanguageServer.Protocol
{
    /// <summary>The editor's preferences; the plan layout is fixed (two spaces per block), so they are read and not followed.</summary>
    public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

    public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

    public sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, FormattingOptions? Options);
}
