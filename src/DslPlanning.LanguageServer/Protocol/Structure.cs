using System.Collections.Generic;

namespace DslPlanning.LanguageServer.Protocol
{
    // Folding ranges and selection ranges (LSP 3.17 "Language Features").

    public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

    public static class FoldingRangeKind
    {
        public const string Comment = "comment";
        public const string Region = "region";
    }

    public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

    public sealed record SelectionRangeParams(TextDocumentIdentifier TextDocument, IReadOnlyList<Position>? Positions);

    public sealed record SelectionRange(Range Range, SelectionRange? Parent);
}
