using System.Collections.Generic;

namespace DslPlanning.LanguageServer.Protocol
{
    public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

    public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

    /// <summary>A change: <see cref="Range"/> and its replacement, or (no range) the document's whole new text.</summary>
    public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

    public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

    public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);
}
