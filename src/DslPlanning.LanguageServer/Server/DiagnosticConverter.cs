using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;
using Lsp = DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>A compiler diagnostic as the editor shows it: range, severity, code with its docs page, tags.</summary>
    internal static class DiagnosticConverter
    {
        public const string Source = "DslPlanning";

        public static Lsp.Diagnostic ToProtocol(Diagnostic diagnostic, SourceText text) => new(
            LineMap.Of(text).ToRange(diagnostic.Location.Span),
            Severity(diagnostic.Severity),
            diagnostic.Id,
            new Lsp.CodeDescription(diagnostic.Descriptor.HelpLink),
            Source,
            diagnostic.Message,
            Tags(diagnostic),
            RelatedInformation: null);

        private static int Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => Lsp.DiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => Lsp.DiagnosticSeverity.Warning,
            DiagnosticSeverity.Info => Lsp.DiagnosticSeverity.Information,
            _ => Lsp.DiagnosticSeverity.Hint,
        };

        /// <summary>An exception that suppresses nothing is shown faded, as code an editor marks unused.</summary>
        private static IReadOnlyList<int>? Tags(Diagnostic diagnostic) =>
            diagnostic.Descriptor == DiagnosticCatalog.ExceptionUnused ? new[] { Lsp.DiagnosticTag.Unnecessary } : null;
    }
}
