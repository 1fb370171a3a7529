using System.Linq;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>A problem found in a plan, at an exact location.</summary>
    public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, ValueList<string> Arguments)
    {
        public string Id => Descriptor.Id;

        public DiagnosticSeverity Severity => Descriptor.DefaultSeverity;

        public string Message => Descriptor.FormatMessage(Arguments.Cast<object>().ToArray());

        /// <summary>The replacement the message suggests ("did you mean …"), for an editor's quick fix.</summary>
        public Suggestion? Suggestion { get; init; }

        /// <summary>The other places the finding involves, for an editor's related information; the message names them too.</summary>
        public ValueList<RelatedLocation> RelatedLocations { get; init; } = ValueList<RelatedLocation>.Empty;

        /// <summary>
        /// The diagnostic a factory of <see cref="Diagnose"/> made, at <paramref name="location"/>. Its arguments (plan text
        /// among them) are safe to print: control and invisible characters are shown as <c>\uXXXX</c> (<see cref="PrintableText"/>),
        /// in the build log, the CLI and the reports alike.
        /// </summary>
        public static Diagnostic Create(DiagnosticMessage message, SourceLocation location) =>
            new Diagnostic(message.Descriptor, location, message.Arguments) { Suggestion = message.Suggestion };

        /// <summary>The compiler format: <c>plans/x.plan(42,7): error SP3001: message</c>.</summary>
        public override string ToString() =>
            PrintableText.Escape($"{Location.Path}({Location.Start}): {SeverityText(Severity)} {Id}: {Message}");

        private static string SeverityText(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
    }
}
