using System.Collections.Generic;

namespace DslPlanning.LanguageServer.Protocol
{
    // The structures of LSP 3.17 ("Basic JSON Structures") this server uses, named as in the specification.
    // Positions count UTF-16 code units, the specification's default encoding and a .NET string's own.

    public sealed record Position(int Line, int Character);

    public sealed record Range(Position Start, Position End);

    public sealed record Location(string Uri, Range Range);

    public sealed record TextEdit(Range Range, string NewText);

    public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

    public sealed record TextDocumentIdentifier(string Uri);

    public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

    public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

    public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

    public static class MarkupKind
    {
        public const string PlainText = "plaintext";
        public const string Markdown = "markdown";
    }

    public sealed record MarkupContent(string Kind, string Value);
}
