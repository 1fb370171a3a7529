using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>A problem found in a plan, at an exact location.</summary>
    public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, ValueList<Phrase> Arguments)
    {
        public string Id => Descriptor.Id;

        public DiagnosticSeverity Severity => Descriptor.DefaultSeverity;

        /// <summary>The message in English; <see cref="MessageIn"/> for a chosen language.</summary>
        public string Message => MessageIn(PlanLanguage.English);

        public string MessageIn(PlanLanguage language) => Descriptor.FormatMessage(language, Arguments);

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

        /// <summary>The compiler format, in English: <c>plans/x.plan(42,7): error SP3001: message</c>.</summary>
        public override string ToString() => ToString(PlanLanguage.English);

        /// <summary>
        /// The compiler format with the message in <paramref name="language"/>. The words <c>error</c>, <c>warning</c> and
        /// <c>info</c> stay English in every language, as the compiler's own: build tools and editors read them.
        /// </summary>
        public string ToString(PlanLanguage language) =>
            PrintableText.Escape($"{Location.Path}({Location.Start}): {SeverityText(Severity)} {Id}: {MessageIn(language)}");

        private static string SeverityText(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
    }
}
