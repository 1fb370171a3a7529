using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;
using DslPlanning.Model;
using Lsp = DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>A compiler diagnostic as the editor shows it: range, severity, code with its docs page, tags, the other places it involves.</summary>
    internal static class DiagnosticConverter
    {
        public const string Source = "DslPlanning";

        /// <param name="workspace">The snapshot the diagnostic comes from, where its related locations are.</param>
        /// <param name="uriOf">The URI the editor knows a path by.</param>
        /// <param name="language">The language of the message, its related information and its docs page.</param>
        public static Lsp.Diagnostic ToProtocol(Diagnostic diagnostic, SourceText text, PlanWorkspace workspace, Func<string, string> uriOf, PlanLanguage language) => new(
            LineMap.Of(text).ToRange(diagnostic.Location.Span),
            Severity(diagnostic.Severity),
            diagnostic.Id,
            new Lsp.CodeDescription(diagnostic.Descriptor.HelpLinkIn(language)),
            Source,
            diagnostic.MessageIn(language),
            Tags(diagnostic),
            RelatedInformation(diagnostic, workspace, uriOf, language));

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

        private static IReadOnlyList<Lsp.DiagnosticRelatedInformation>? RelatedInformation(Diagnostic diagnostic, PlanWorkspace workspace, Func<string, string> uriOf, PlanLanguage language)
        {
            var related = diagnostic.RelatedLocations
                .Select(location => (location, document: workspace.GetDocument(location.Location.Path)))
                .Where(found => found.document is not null)
                .Select(found => new Lsp.DiagnosticRelatedInformation(
                    new Lsp.Location(uriOf(found.location.Location.Path), LineMap.Of(found.document!.Text).ToRange(found.location.Location.Span)),
                    found.location.Message.In(language)))
                .ToList();
            return related.Count == 0 ? null : related;
        }
    }
}
