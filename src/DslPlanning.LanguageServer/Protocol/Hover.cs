namespace DslPlanning.LanguageServer.Protocol
{
    // textDocument/hover (LSP 3.17).

    public sealed record Hover(MarkupContent Contents, Range? Range);
}
