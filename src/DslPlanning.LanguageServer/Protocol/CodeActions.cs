using System.Collections.Generic;

namespace DslPlanning.LanguageServer.Protocol
{
    public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

    public sealed record CodeActionContext(IReadOnlyList<Diagnostic>? Diagnostics, IReadOnlyList<string>? Only);

    public sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic> Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

    public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

    public static class CodeActionKind
    {
        public const string QuickFix = "quickfix";
        public const string Refactor = "refactor";
    }
}
