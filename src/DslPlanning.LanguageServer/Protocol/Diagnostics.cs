using System.Collections.Generic;

namespace DslPlanning.LanguageServer.Protocol
{
    public sealed record Diagnostic(
        Range Range,
        int Severity,
        string Code,
        CodeDescription? CodeDescription,
        string Source,
        string Message,
        IReadOnlyList<int>? Tags,
        IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation);

    public static class DiagnosticSeverity
    {
        public const int Error = 1;
        public const int Warning = 2;
        public const int Information = 3;
        public const int Hint = 4;
    }

    public static class DiagnosticTag
    {
        public const int Unnecessary = 1;
        public const int Deprecated = 2;
    }

    public sealed record CodeDescription(string Href);

    public sealed record DiagnosticRelatedInformation(Location Location, string Message);

    public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);
}
