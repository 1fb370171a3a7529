namespace DslPlanning.LanguageServer.Protocol
{
    // textDocument/inlayHint (LSP 3.17), the parts this server uses.

    public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

    public static class InlayHintKind
    {
        public const int Type = 1;
        public const int Parameter = 2;
    }

    public sealed record InlayHint(Position Position, string Label, int? Kind, string? Tooltip, bool PaddingLeft, bool PaddingRight);

    public sealed record InlayHintOptions(bool ResolveProvider);
}
