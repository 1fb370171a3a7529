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

        /// <summary>
        /// A diagnostic whose arguments (plan text among them) are made safe to print: control and invisible characters
        /// are shown as <c>\uXXXX</c> (<see cref="PrintableText"/>), in the build log, the CLI and the reports alike.
        /// </summary>
        public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments) =>
            new Diagnostic(descriptor, location, new ValueList<string>(arguments.Select(PrintableText.Escape)));

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
