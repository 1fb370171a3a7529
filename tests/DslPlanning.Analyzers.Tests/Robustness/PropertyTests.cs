using System.Linq;
using CsCheck;
using DslPlanning.Analyzers.Tests.Support;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Property tests: random edits of the real plans never make the parser, binder, rules, generator or analyzer throw;
    /// every diagnostic lies inside its file; every plan without errors yields C# that compiles. Seeds and counts:
    /// <see cref="PropertyChecks"/>.
    /// </summary>
    public class PropertyTests
    {
        private const string FixedSeed = "3jwo8wa9fzi1";
        private static readonly (string Path, string Text)[] Plans = Repository.RealPlans();

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
                sample => PropertyChecks.FrontEndReportsInsideTheFiles(Mutate(sample)),
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(300),
                threads: 1,
                print: Mutation.Describe);
        }

        [Fact]
        public void The_generator_and_the_analyzer_never_fail_and_the_code_for_valid_plans_compiles()
        {
            Mutation.OfRealPlan.Sample(
                sample => PropertyChecks.GeneratorAndAnalyzerSucceed(Mutate(sample)),
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(25),
                threads: 1,
                print: Mutation.Describe);
        }
    }
}
