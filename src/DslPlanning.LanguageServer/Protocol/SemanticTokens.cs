using System.Collections.Generic;

namespace DslPlanning.LanguageServer.Protocol
{
    public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

    public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Range, bool Full);

    public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

    public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range);

    /// <summary>Five integers per token, each position relative to the token before: line, start character, length, type, modifiers.</summary>
    public sealed record SemanticTokens(IReadOnlyList<int> Data);
}
