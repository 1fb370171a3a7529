using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Emit;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DslPlanning.Analyzers
{
    /// <summary>
    /// Compiles each valid plan of the compilation's *.plan files to a static C# class with typed members, and writes
    /// a catalog of all plans. Diagnostics are the analyzer's job; this generator reports none and never throws.
    /// </summary>
    /// <remarks>
    /// Pipeline: each file's text → its outline (declarations) → the scope (all outlines) → each file bound against
    /// the scope and emitted. Editing a plan without changing its declarations leaves every other plan's steps cached.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class PlanGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var sources = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(".plan", StringComparison.OrdinalIgnoreCase))
                .Select(static (file, cancellationToken) => new PlanSource(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .WithTrackingName(TrackingNames.Sources);

            var outlines = sources
                .Select(static (source, cancellationToken) => Outline(source))
                .WithTrackingName(TrackingNames.Outlines);

            var scope = outlines
                .Collect()
                .Select(static (files, cancellationToken) => new GeneratorScope(files.OrderBy(file => file.Path, StringComparer.Ordinal).ToValueList()))
                .WithTrackingName(TrackingNames.Scope);

            var @namespace = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, cancellationToken) => BuildOptions.From(provider.GlobalOptions).Namespace)
                .WithTrackingName(TrackingNames.Namespace);

            var plans = sources
                .Combine(scope)
                .Combine(@namespace)
                .Select(static (input, cancellationToken) => Emit(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Plans);

            // A project whose C# is older than the generated code needs gets none of it (the analyzer reports SP9003).
            var supported = context.ParseOptionsProvider
                .Select(static (options, cancellationToken) => CSharpVersion.Supports(options))
                .WithTrackingName(TrackingNames.LanguageVersion);

            var catalog = plans
                .Select(static (file, cancellationToken) => file.ClassNames)
                .Collect()
                .Combine(@namespace)
                .Select(static (input, cancellationToken) => PlanEmitter.EmitCatalog(input.Left.SelectMany(names => names), input.Right))
                .WithTrackingName(TrackingNames.Catalog);

            var findings = sources
                .Collect()
                .Combine(plans.Select(static (file, cancellationToken) => file.PlanNames).Collect())
                .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, cancellationToken) => BuildOptions.From(provider.GlobalOptions)))
                .Select(static (input, cancellationToken) => Findings(input.Left.Left, input.Left.Right.SelectMany(names => names).ToImmutableHashSet(), input.Right))
                .WithTrackingName(TrackingNames.Findings);

            context.RegisterSourceOutput(findings.Combine(supported), static (output, input) =>
            {
                if (input.Right)
                {
                    output.AddSource("PlanFindings.g.cs", SourceText.From(input.Left, System.Text.Encoding.UTF8));
                }
            });
            context.RegisterSourceOutput(plans.Combine(supported), static (output, input) =>
            {
                foreach (var generated in input.Right ? input.Left.Files : ValueList<GeneratedSource>.Empty)
                {
                    output.AddSource(generated.HintName, SourceText.From(generated.Source, System.Text.Encoding.UTF8));
                }
            });
            context.RegisterSourceOutput(catalog.Combine(supported), static (output, input) =>
            {
                if (input.Right)
                {
                    output.AddSource("PlanCatalog.g.cs", SourceText.From(input.Left, System.Text.Encoding.UTF8));
                }
            });
        }

        private static FileOutline Outline(PlanSource source)
        {
            try
            {
                return new FileOutline(source.Path, PlanBinding.Outline(PlanParser.Parse(source.Path, source.Text)));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The analyzer reports the failure (SP9001); the generator must not fail the build (CS8785).
                return new FileOutline(source.Path, ValueList<PlanOutline>.Empty);
            }
        }

        private static EmittedFile Emit(PlanSource source, GeneratorScope scope, string @namespace, CancellationToken cancellationToken)
        {
            try
            {
                var tree = PlanParser.Parse(source.Path, source.Text);
                cancellationToken.ThrowIfCancellationRequested();
                var diagnostics = new List<Language.Diagnostics.Diagnostic>(tree.Diagnostics);
                var bound = PlanBinding.Bind(tree, scope.Scope, diagnostics);
                foreach (var plan in bound)
                {
                    CSharpNameChecks.ReportMembers(plan, diagnostics);
                }

                var withErrors = new PlanLocator(bound).WithErrors(diagnostics);

                var files = new List<GeneratedSource>();
                var names = new List<string>();
                var planNames = new List<string>();
                for (var index = 0; index < bound.Count; index++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var plan = bound[index];
                    if (!scope.Declares(plan.Name, source.Path, index) || scope.SharingAClass.Contains(plan.Name) || withErrors.Contains(plan))
                    {
                        continue;
                    }

                    var className = CSharpNames.PlanClass(plan.Name);
                    files.Add(new GeneratedSource(CSharpNames.HintName(className), PlanEmitter.EmitPlan(plan.Model, className, FileName(source.Path), @namespace)));
                    names.Add(className);
                    planNames.Add(plan.Name);
                }

                return new EmittedFile(files.ToValueList(), names.ToValueList(), planNames.ToValueList());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return EmittedFile.Empty;
            }
        }

        /// <summary>
        /// The diagnostics of the generated plans (the whole compilation is checked, since rules look across plans), as
        /// <c>PlanCatalog.Findings</c>. File names only, so that the output does not depend on where the project lies.
        /// </summary>
        private static string Findings(ImmutableArray<PlanSource> sources, ImmutableHashSet<string> generated, BuildOptions options)
        {
            try
            {
                var compilation = PlanCompilation.Create(sources.Select(source => (source.Path, source.Text)), new PlanCompilationOptions(options.AsOf));
                var locator = new PlanLocator(compilation.Plans);
                var findings = compilation.Diagnostics
                    .Select(diagnostic => (Diagnostic: diagnostic, Owner: locator.Find(diagnostic)))
                    .Where(entry => entry.Owner is not null && generated.Contains(entry.Owner.Name))
                    .Select(entry => new PlanFinding(
                        entry.Owner!.Name,
                        entry.Diagnostic.Id,
                        entry.Diagnostic.Severity switch
                        {
                            Language.Diagnostics.DiagnosticSeverity.Error => FindingSeverity.Error,
                            Language.Diagnostics.DiagnosticSeverity.Warning => FindingSeverity.Warning,
                            _ => FindingSeverity.Info,
                        },
                        entry.Diagnostic.MessageIn(PlanLanguage.Swedish),
                        FileName(entry.Diagnostic.Location.Path),
                        entry.Diagnostic.Location.Start.Line + 1,
                        entry.Diagnostic.Location.Start.Character + 1));
                return PlanEmitter.EmitFindings(findings, options.Namespace, options.Language);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return PlanEmitter.EmitFindings(Enumerable.Empty<PlanFinding>(), options.Namespace, options.Language);
            }
        }

        private static string FileName(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash < 0 ? path : path.Substring(slash + 1);
        }
    }

    /// <summary>The names of the generator's steps, for tests that check what is cached.</summary>
    public static class TrackingNames
    {
        public const string Sources = nameof(Sources);
        public const string Outlines = nameof(Outlines);
        public const string Scope = nameof(Scope);
        public const string Namespace = nameof(Namespace);
        public const string Plans = nameof(Plans);
        public const string Catalog = nameof(Catalog);
        public const string Findings = nameof(Findings);
        public const string LanguageVersion = nameof(LanguageVersion);
    }

    /// <summary>A plan file's path and text.</summary>
    internal sealed record PlanSource(string Path, string Text);

    /// <summary>The outlines of the plans of one file.</summary>
    internal sealed record FileOutline(string Path, ValueList<PlanOutline> Outlines);

    /// <summary>The C# generated for the plans of one file, and their class names.</summary>
    internal sealed record EmittedFile(ValueList<GeneratedSource> Files, ValueList<string> ClassNames, ValueList<string> PlanNames)
    {
        public static EmittedFile Empty { get; } = new(ValueList<GeneratedSource>.Empty, ValueList<string>.Empty, ValueList<string>.Empty);
    }

    internal sealed record GeneratedSource(string HintName, string Source);
}
