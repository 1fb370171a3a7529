using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DslPlanning.Benchmarks
{
    /// <summary>What the analyzer and the generator run on in the benchmarks: plan files as additional texts, and a compilation to generate into.</summary>
    internal static class RoslynInputs
    {
        public static CSharpCompilation Compilation() => CSharpCompilation.Create(
            "Plans",
            new[] { CSharpSyntaxTree.ParseText("class Empty { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(Model.ServicePlan).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text)> files) =>
            files.Select(file => (AdditionalText)new PlanText(file.Path, file.Text)).ToImmutableArray();

        private sealed class PlanText : AdditionalText
        {
            private readonly Microsoft.CodeAnalysis.Text.SourceText _text;

            public PlanText(string path, string text)
            {
                Path = path;
                _text = Microsoft.CodeAnalysis.Text.SourceText.From(text);
            }

            public override string Path { get; }

            public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
