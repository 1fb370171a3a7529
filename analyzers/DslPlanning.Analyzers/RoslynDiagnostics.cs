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
    /// <summary>The catalog's descriptors as Roslyn descriptors, and plan diagnostics as Roslyn diagnostics.</summary>
    internal static class RoslynDiagnostics
    {
        public static ImmutableDictionary<string, RoslynDescriptor> Descriptors { get; } =
            DiagnosticCatalog.All.ToImmutableDictionary(descriptor => descriptor.Id, ToRoslyn);

        public static ImmutableArray<RoslynDescriptor> All { get; } =
            Descriptors.Values.OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal).ToImmutableArray();

        public static Microsoft.CodeAnalysis.Diagnostic ToRoslyn(PlanDiagnostic diagnostic, bool warningsAsErrors)
        {
            var location = diagnostic.Location;
            var roslynLocation = Location.Create(
                location.Path,
                new TextSpan(location.Span.Start, location.Span.Length),
                new LinePositionSpan(
                    new LinePosition(location.Start.Line, location.Start.Character),
                    new LinePosition(location.End.Line, location.End.Character)));
            return Create(diagnostic.Descriptor, roslynLocation, warningsAsErrors, diagnostic.Arguments);
        }

        /// <summary>A Roslyn diagnostic of what a factory of <see cref="Diagnose"/> made: its arguments are safe for the build log (<see cref="PrintableText"/>), build property values and exception messages too.</summary>
        public static Microsoft.CodeAnalysis.Diagnostic Create(DiagnosticMessage message, Location location, bool warningsAsErrors) =>
            Create(message.Descriptor, location, warningsAsErrors, message.Arguments);

        private static Microsoft.CodeAnalysis.Diagnostic Create(PlanDescriptor descriptor, Location location, bool warningsAsErrors, ValueList<string> arguments)
        {
            var roslyn = Descriptors[descriptor.Id];
            var severity = warningsAsErrors && roslyn.DefaultSeverity == RoslynSeverity.Warning ? RoslynSeverity.Error : roslyn.DefaultSeverity;
            return Microsoft.CodeAnalysis.Diagnostic.Create(roslyn, location, severity, additionalLocations: null, properties: null, arguments.Cast<object>().ToArray());
        }

        private static RoslynDescriptor ToRoslyn(PlanDescriptor descriptor) => new(
            descriptor.Id,
            descriptor.Title,
            descriptor.MessageFormat,
            descriptor.Category,
            ToRoslyn(descriptor.DefaultSeverity),
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: descriptor.HelpLink,
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
