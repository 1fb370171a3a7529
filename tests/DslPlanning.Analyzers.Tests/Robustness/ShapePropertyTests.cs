using System;
using CsCheck;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Property tests over plans built from the shapes of issue 9 (<see cref="HostileShapes"/>: numbers past their bounds,
    /// colliding and reserved names, look-alikes, terminal escapes, any line ends): nothing throws, every diagnostic lies
    /// inside its file and prints safely, no check fails internally (SP9001), and the C# generated for the plans without
    /// an SP error compiles without warnings. Seeds and counts: <see cref="PropertyChecks"/>.
    /// </summary>
    public class ShapePropertyTests
    {
        private const string FixedSeed = "0n7kgc1wyq3t";

        [Fact]
        public void The_front_end_never_fails_and_reports_inside_the_file_in_printable_text()
        {
            HostileShapes.Files.Sample(
                files =>
                {
                    foreach (var diagnostic in PropertyChecks.FrontEndReportsInsideTheFiles(files).Diagnostics)
                    {
                        if (diagnostic.Id == "SP9001" || HostilePlanText.Unprintable(diagnostic.ToString()).Length > 0)
                        {
                            throw new InvalidOperationException("internal error or unprintable text: " + HostileShapes.Describe(new[] { ("diagnostic", diagnostic.ToString()) }));
                        }
                    }
                },
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(300),
                threads: 1,
                print: HostileShapes.Describe);
        }

        [Fact]
        public void The_generator_and_the_analyzer_never_fail_and_the_code_of_plans_without_errors_compiles()
        {
            HostileShapes.Files.Sample(
                PropertyChecks.GeneratorAndAnalyzerSucceed,
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(40),
                threads: 1,
                print: HostileShapes.Describe);
        }
    }
}
