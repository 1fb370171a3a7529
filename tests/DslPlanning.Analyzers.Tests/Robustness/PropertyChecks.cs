using System;
using System.Linq;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Semantics;
using Microsoft.CodeAnalysis;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// What every property test asserts of a sample of plan files, and how many samples it runs. CsCheck runs the test's
    /// seed first and then new random samples, so every run, CI's too, explores a little further; a failure prints the
    /// seed of the failing sample, which reproduces it when passed as the seed. A soak runs more:
    /// <c>DSLPLANNING_SOAK=50 dotnet test tests/DslPlanning.Analyzers.Tests --filter Robustness</c> (50 times the iterations).
    /// </summary>
    internal static class PropertyChecks
    {
        private static int Soak => int.TryParse(Environment.GetEnvironmentVariable("DSLPLANNING_SOAK"), out var factor) && factor > 0 ? factor : 0;

        /// <summary>The test's seed, run first (a sample that once failed); none in a soak.</summary>
        public static string? Seed(string fixedSeed) => Soak > 0 ? null : fixedSeed;

        public static int Iterations(int ci) => Soak > 0 ? ci * Soak : ci;

        /// <summary>Compiling the plans does not throw, and every diagnostic lies inside its file.</summary>
        public static PlanCompilation FrontEndReportsInsideTheFiles((string Path, string Text)[] files)
        {
            var compilation = PlanCompilation.Create(files);
            var lengths = files.ToDictionary(file => file.Path, file => file.Text.Length);
            foreach (var diagnostic in compilation.Diagnostics)
            {
                var span = diagnostic.Location.Span;
                if (!lengths.TryGetValue(diagnostic.Location.Path, out var length) || span.Start < 0 || span.End > length)
                {
                    throw new InvalidOperationException($"{diagnostic} has span {span} outside its file of {length} characters");
                }
            }

            return compilation;
        }

        /// <summary>The generator does not throw, the C# it writes compiles without warnings, and the analyzer does not fail (AD0001, SP9001).</summary>
        public static void GeneratorAndAnalyzerSucceed((string Path, string Text)[] files)
        {
            var result = RoslynHost.Driver(files).RunGenerators(RoslynHost.Compilation()).GetRunResult();
            if (result.Results.Single().Exception is { } exception)
            {
                throw new InvalidOperationException("the generator threw", exception);
            }

            var errors = RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics()
                .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("generated code does not compile:\n" + string.Join("\n", errors.Take(5)));
            }

            var analyzer = RoslynHost.Analyze(files).GetAwaiter().GetResult()
                .Where(diagnostic => diagnostic.Id.StartsWith("AD", StringComparison.Ordinal) || diagnostic.Id == "SP9001").ToList();
            if (analyzer.Count > 0)
            {
                throw new InvalidOperationException("the analyzer failed: " + string.Join("\n", analyzer));
            }
        }
    }
}
