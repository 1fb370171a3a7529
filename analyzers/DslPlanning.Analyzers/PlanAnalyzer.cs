using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DslPlanning.Analyzers
{
    /// <summary>
    /// Reports every diagnostic of the plans in the compilation's additional files (*.plan) at its exact location.
    /// All plans of the compilation are checked together, so references between plans are resolved.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlanAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics => RoslynDiagnostics.All;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(Start);
        }

        internal static bool IsPlan(AdditionalText file) => file.Path.EndsWith(".plan", StringComparison.OrdinalIgnoreCase);

        private static void Start(CompilationStartAnalysisContext context)
        {
            var files = context.Options.AdditionalFiles.Where(IsPlan).ToImmutableArray();
            var options = BuildOptions.From(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            if (files.IsEmpty && options.Problems.Count == 0)
            {
                return;
            }

            var result = new Lazy<CheckResult>(() => Check(files, options, context.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            context.RegisterAdditionalFileAction(fileContext =>
            {
                if (!IsPlan(fileContext.AdditionalFile))
                {
                    return;
                }

                foreach (var diagnostic in result.Value.For(fileContext.AdditionalFile.Path))
                {
                    fileContext.ReportDiagnostic(diagnostic);
                }
            });
            var languageVersion = context.Compilation is CSharpCompilation csharp ? csharp.LanguageVersion : CSharpVersion.Minimum;
            context.RegisterCompilationEndAction(endContext =>
            {
                if (!files.IsEmpty && !CSharpVersion.Supports(languageVersion))
                {
                    endContext.ReportDiagnostic(RoslynDiagnostics.Create(
                        Diagnose.CSharpVersionTooOld(languageVersion.ToDisplayString(), minimum: CSharpVersion.Minimum.ToDisplayString()), Location.None, options.Language));
                }

                foreach (var problem in options.Problems)
                {
                    endContext.ReportDiagnostic(RoslynDiagnostics.Create(
                        Diagnose.InvalidBuildProperty(problem.Property, problem.Value, problem.Expected, problem.Consequence), Location.None, options.Language));
                }
            });
        }

        private static CheckResult Check(ImmutableArray<AdditionalText> files, BuildOptions options, CancellationToken cancellationToken)
        {
            var sources = files
                .Select(file => (file.Path, Text: file.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .ToList();
            try
            {
                var compilation = PlanCompilation.Create(sources, new PlanCompilationOptions(options.AsOf));
                return new CheckResult(compilation.Diagnostics
                    .Select(diagnostic => (diagnostic.Location.Path, Diagnostic: RoslynDiagnostics.ToRoslyn(diagnostic, options)))
                    .ToLookup(entry => entry.Path, entry => entry.Diagnostic, StringComparer.Ordinal));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Last resort: the compilation contains failures per file, plan and rule (SP9001 at the plan), so this is a
                // bug outside them. It must not take the build down (AD0001): report it once, at the first file.
                var first = sources.Select(source => source.Path).OrderBy(path => path, StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;
                var diagnostic = RoslynDiagnostics.Create(
                    Diagnose.InternalError(Phrase.Of("checking the plan files", "kontrollen av planfilerna"), exception, scope: Phrase.Of("no plan file", "ingen planfil")),
                    Location.Create(first, default, default),
                    options.Language);
                return new CheckResult(new[] { diagnostic }.ToLookup(_ => first, StringComparer.Ordinal));
            }
        }

        private sealed class CheckResult
        {
            private readonly ILookup<string, Microsoft.CodeAnalysis.Diagnostic> _byPath;

            public CheckResult(ILookup<string, Microsoft.CodeAnalysis.Diagnostic> byPath)
            {
                _byPath = byPath;
            }

            public System.Collections.Generic.IEnumerable<Microsoft.CodeAnalysis.Diagnostic> For(string path) => _byPath[path];
        }
    }
}
