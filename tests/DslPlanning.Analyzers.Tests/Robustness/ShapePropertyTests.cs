using System;
using System.Linq;
using CsCheck;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Semantics;
using DslPlanning.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Property tests over plans built from the shapes of issue 9 (<see cref="HostileShapes"/>: numbers past their bounds,
    /// colliding and reserved names, look-alikes, terminal escapes, any line ends): nothing throws, every diagnostic lies
    /// inside its file and prints safely, no check fails internally (SP9001), and the C# generated for the plans without
    /// an SP error compiles without warnings. Fixed seed in CI; a soak runs more, as <see cref="PropertyTests"/>.
    /// </summary>
    public class ShapePropertyTests
    {
        private const string FixedSeed = "0n7kgc1wyq3t";

        private static int Soak => int.TryParse(Environment.GetEnvironmentVariable("DSLPLANNING_SOAK"), out var factor) && factor > 0 ? factor : 0;

        private static string? Seed => Soak > 0 ? null : FixedSeed;

        private static int Iterations(int ci) => Soak > 0 ? ci * Soak : ci;

        [Fact]
        public void The_front_end_never_fails_and_reports_inside_the_file_in_printable_text()
        {
            HostileShapes.Files.Sample(
                files =>
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

                        if (diagnostic.Id == "SP9001" || HostilePlanText.Unprintable(diagnostic.ToString()).Length > 0)
                        {
                            throw new InvalidOperationException("internal error or unprintable text: " + HostileShapes.Describe(new[] { ("diagnostic", diagnostic.ToString()) }));
                        }
                    }
                },
                seed: Seed,
                iter: Iterations(300),
                threads: 1,
                print: HostileShapes.Describe);
        }

        [Fact]
        public void The_generator_and_the_analyzer_never_fail_and_the_code_of_plans_without_errors_compiles()
        {
            HostileShapes.Files.Sample(
                files =>
                {
                    var result = RoslynHost.Driver(files).RunGenerators(RoslynHost.Compilation()).GetRunResult();
                    if (result.Results.Single().Exception is { } exception)
                    {
                        throw new InvalidOperationException("the generator threw", exception);
                    }

                    var problems = RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics()
                        .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
                    if (problems.Count > 0)
                    {
                        throw new InvalidOperationException("generated code does not compile:\n" + string.Join("\n", problems.Take(5)));
                    }

                    var failures = RoslynHost.Analyze(files).GetAwaiter().GetResult()
                        .Where(diagnostic => diagnostic.Id.StartsWith("AD", StringComparison.Ordinal) || diagnostic.Id == "SP9001").ToList();
                    if (failures.Count > 0)
                    {
                        throw new InvalidOperationException("the analyzer failed: " + string.Join("\n", failures));
                    }
                },
                seed: Seed,
                iter: Iterations(40),
                threads: 1,
                print: HostileShapes.Describe);
        }
    }
}
