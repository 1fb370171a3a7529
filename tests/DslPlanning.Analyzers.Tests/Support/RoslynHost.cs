using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DslPlanning.Analyzers.Tests.Support
{
    /// <summary>Runs the generator and the analyzer the way the compiler does, on in-memory plans.</summary>
    public static class RoslynHost
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Append(typeof(DslPlanning.Model.ServicePlan).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray());

        /// <summary>
        /// A C# compilation as a project with nullable enabled, every warning of every warning wave (such as CS8981, lower-case
        /// type names) reported, and every warning an error.
        /// </summary>
        public static CSharpCompilation Compilation(params string[] sources) => Compilation(LanguageVersion.Latest, sources);

        public static CSharpCompilation Compilation(LanguageVersion version, params string[] sources) => CSharpCompilation.Create(
            "Plans",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions(version), "Source" + index + ".cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999));

        public static CSharpParseOptions ParseOptions(LanguageVersion version) => CSharpParseOptions.Default.WithLanguageVersion(version);

        public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text)> files) =>
            files.Select(file => (AdditionalText)new InMemoryText(file.Path, file.Text)).ToImmutableArray();

        /// <summary>Build properties as MSBuild passes them to the compiler (build_property.Name).</summary>
        public static AnalyzerConfigOptionsProvider Properties(params (string Name, string Value)[] properties) =>
            new BuildProperties(properties.ToDictionary(property => "build_property." + property.Name, property => property.Value));

        public static GeneratorDriver Driver(IEnumerable<(string Path, string Text)> files, AnalyzerConfigOptionsProvider? options = null, LanguageVersion version = LanguageVersion.Latest) =>
            Driver(Texts(files), options, version);

        public static GeneratorDriver Driver(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null, LanguageVersion version = LanguageVersion.Latest) =>
            CSharpGeneratorDriver.Create(
                new[] { new PlanGenerator().AsSourceGenerator() },
                texts,
                ParseOptions(version),
                options ?? Properties(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>The analyzer's diagnostics for the plans.</summary>
        public static async Task<ImmutableArray<Diagnostic>> Analyze(IEnumerable<(string Path, string Text)> files, AnalyzerConfigOptionsProvider? options = null, LanguageVersion version = LanguageVersion.Latest)
        {
            var analyzerOptions = new AnalyzerOptions(Texts(files), options ?? Properties());
            var compilation = Compilation(version, "class Empty { }");
            var withAnalyzers = compilation
                .WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default))
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PlanAnalyzer()), new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            return await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None);
        }

        private sealed class InMemoryText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class BuildProperties : AnalyzerConfigOptionsProvider
        {
            private readonly Options _global;

            public BuildProperties(Dictionary<string, string> values)
            {
                _global = new Options(values);
            }

            public override AnalyzerConfigOptions GlobalOptions => _global;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

            private sealed class Options : AnalyzerConfigOptions
            {
                public static readonly Options Empty = new(new Dictionary<string, string>());
                private readonly Dictionary<string, string> _values;

                public Options(Dictionary<string, string> values)
                {
                    _values = values;
                }

                public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
            }
        }
    }
}
