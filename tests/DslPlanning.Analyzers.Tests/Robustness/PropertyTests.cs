using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Semantics;
using Microsoft.CodeAnalysis;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Property tests: random edits of the real plans never make the parser, binder, rules, generator or analyzer throw;
    /// every diagnostic lies inside its file; every plan without errors yields C# that compiles. CI runs a fixed seed and a
    /// bounded count; a soak runs more: <c>DSLPLANNING_SOAK=50 dotnet test tests/DslPlanning.Analyzers.Tests --filter Robustness</c>
    /// (50 times the iterations, with a random seed unless <c>CsCheck_Seed</c> is set).
    /// </summary>
    public class PropertyTests
    {
        private const string FixedSeed = "3jwo8wa9fzi1";
        private static readonly (string Path, string Text)[] Plans = Repository.RealPlans();

        private static int Soak => int.TryParse(Environment.GetEnvironmentVariable("DSLPLANNING_SOAK"), out var factor) && factor > 0 ? factor : 0;

        private static string? Seed => Soak > 0 ? null : FixedSeed;

        private static int Iterations(int ci) => Soak > 0 ? ci * Soak : ci;

        private static (string Path, string Text)[] Mutate((int Plan, Mutation[] Edits) sample)
        {
            var files = Plans.ToArray();
            var (path, text) = files[sample.Plan];
            files[sample.Plan] = (path, sample.Edits.Aggregate(text, (current, edit) => edit.Apply(current)));
            return files;
        }

        [Fact]
        public void The_front_end_never_throws_and_every_diagnostic_lies_inside_its_file()
        {
            Mutation.OfRealPlan.Sample(
                sample =>
                {
                    var files = Mutate(sample);
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
                },
                seed: Seed,
                iter: Iterations(300),
                threads: 1,
                print: Mutation.Describe);
        }

        [Fact]
        public void The_generator_and_the_analyzer_never_fail_and_the_code_for_valid_plans_compiles()
        {
            Mutation.OfRealPlan.Sample(
                sample =>
                {
                    var files = Mutate(sample);
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
                },
                seed: Seed,
                iter: Iterations(25),
                threads: 1,
                print: Mutation.Describe);
        }
    }
}
