using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PlanDiagnostic = DslPlanning.Language.Diagnostics.Diagnostic;
using PlanDescriptor = DslPlanning.Language.Diagnostics.DiagnosticDescriptor;
using PlanSeverity = DslPlanning.Language.Diagnostics.DiagnosticSeverity;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace DslPlanning.Analyzers
{
    /// <summary>
    /// The catalog's descriptors as Roslyn descriptors, one set per language, and plan diagnostics as Roslyn diagnostics
    /// in the build's language (<see cref="BuildOptions.Language"/>). The analyzer declares the English set; Roslyn
    /// accepts a reported diagnostic by its ID, so a Swedish one is reported with the Swedish descriptor of that ID,
    /// whose title, message and docs page are Swedish.
    /// </summary>
    internal static class RoslynDiagnostics
    {
        private static readonly ImmutableDictionary<string, RoslynDescriptor> English = ForLanguage(PlanLanguage.English);
        private static readonly ImmutableDictionary<string, RoslynDescriptor> Swedish = ForLanguage(PlanLanguage.Swedish);

        public static ImmutableArray<RoslynDescriptor> All { get; } =
            English.Values.OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal).ToImmutableArray();

        public static RoslynDescriptor Descriptor(string id, PlanLanguage language) => (language == PlanLanguage.Swedish ? Swedish : English)[id];

        public static Microsoft.CodeAnalysis.Diagnostic ToRoslyn(PlanDiagnostic diagnostic, BuildOptions options)
        {
            var location = diagnostic.Location;
            var roslynLocation = Location.Create(
                location.Path,
                new TextSpan(location.Span.Start, location.Span.Length),
                new LinePositionSpan(
                    new LinePosition(location.Start.Line, location.Start.Character),
                    new LinePosition(location.End.Line, location.End.Character)));
            return Create(diagnostic.Descriptor, roslynLocation, options.WarningsAsErrors, options.Language, diagnostic.Arguments);
        }

        /// <summary>A Roslyn diagnostic of what a factory of <see cref="Diagnose"/> made: its arguments are safe for the build log (<see cref="PrintableText"/>), build property values and exception messages too.</summary>
        public static Microsoft.CodeAnalysis.Diagnostic Create(DiagnosticMessage message, Location location, PlanLanguage language) =>
            Create(message.Descriptor, location, warningsAsErrors: false, language, message.Arguments);

        private static Microsoft.CodeAnalysis.Diagnostic Create(
            PlanDescriptor descriptor, Location location, bool warningsAsErrors, PlanLanguage language, ValueList<Phrase> arguments)
        {
            var roslyn = Descriptor(descriptor.Id, language);
            var severity = warningsAsErrors && roslyn.DefaultSeverity == RoslynSeverity.Warning ? RoslynSeverity.Error : roslyn.DefaultSeverity;
            return Microsoft.CodeAnalysis.Diagnostic.Create(
                roslyn, location, severity, additionalLocations: null, properties: null, arguments.Select(argument => (object)argument.In(language)).ToArray());
        }

        private static ImmutableDictionary<string, RoslynDescriptor> ForLanguage(PlanLanguage language) =>
            DiagnosticCatalog.All.ToImmutableDictionary(descriptor => descriptor.Id, descriptor => ToRoslyn(descriptor, language));

        private static RoslynDescriptor ToRoslyn(PlanDescriptor descriptor, PlanLanguage language) => new(
            descriptor.Id,
            descriptor.TextIn(language).Title,
            descriptor.TextIn(language).MessageFormat,
            descriptor.Category,
            ToRoslyn(descriptor.DefaultSeverity),
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: descriptor.HelpLinkIn(language),
            customTags: Tags(descriptor));

        private static string[] Tags(PlanDescriptor descriptor)
        {
            var tags = new List<string>();
            if (descriptor.Id == DiagnosticCatalog.InvalidBuildProperty.Id || descriptor.Id == DiagnosticCatalog.CSharpVersionTooOld.Id)
            {
                tags.Add(WellKnownDiagnosticTags.CompilationEnd);
            }

            return tags.ToArray();
        }

        private static RoslynSeverity ToRoslyn(PlanSeverity severity) => severity switch
        {
            PlanSeverity.Error => RoslynSeverity.Error,
            PlanSeverity.Warning => RoslynSeverity.Warning,
            PlanSeverity.Info => RoslynSeverity.Info,
            _ => RoslynSeverity.Hidden,
        };
    }
}
