using System.Linq;
using DslPlanning.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>Editing one plan among several re-runs the generator's steps for that plan only.</summary>
    public class IncrementalityTests
    {
        private static readonly (string Path, string Text)[] Plans = RoslynHost.Texts(Repository.RealPlans())
            .Select(text => (text.Path, text.GetText()!.ToString()))
            .ToArray();

        private static (GeneratorDriver Driver, GeneratorRunResult Result) EditKrokom(string from, string to)
        {
            var compilation = RoslynHost.Compilation();
            var texts = RoslynHost.Texts(Plans);
            var driver = RoslynHost.Driver(texts).RunGenerators(compilation);
            Assert.Null(driver.GetRunResult().Results.Single().Exception);

            var krokom = texts.Single(text => text.Path.EndsWith("krokom.plan", System.StringComparison.Ordinal));
            var edited = RoslynHost.Texts(new[] { (krokom.Path, krokom.GetText()!.ToString().Replace(from, to)) }).Single();
            Assert.NotEqual(krokom.GetText()!.ToString(), edited.GetText()!.ToString());

            driver = driver.ReplaceAdditionalText(krokom, edited).RunGenerators(compilation);
            return (driver, driver.GetRunResult().Results.Single());
        }

        [Fact]
        public void Editing_a_figure_in_one_plan_regenerates_that_plan_only()
        {
            var (_, result) = EditKrokom("cost 200 kr per delivery", "cost 210 kr per delivery");

            var plans = result.TrackedSteps[TrackingNames.Plans].Select(step => step.Outputs.Single()).ToList();
            Assert.Equal(5, plans.Count);
            var modified = Assert.Single(plans, output => output.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains("HintName = Plan.Krokom.", modified.Value.ToString());
            Assert.Equal(4, plans.Count(output => output.Reason == IncrementalStepRunReason.Cached));

            Assert.All(result.TrackedSteps[TrackingNames.Outlines], step =>
                Assert.Contains(step.Outputs.Single().Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
            Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.Scope].Single().Outputs.Single().Reason);
            Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.Catalog].Single().Outputs.Single().Reason);
            Assert.Contains("new DslModel.Money(210m)", result.GeneratedSources.Single(source => source.HintName.StartsWith("Plan.Krokom.", System.StringComparison.Ordinal)).SourceText.ToString());
        }

        [Fact]
        public void Declaring_a_new_element_re_binds_every_plan_but_changes_only_the_edited_one()
        {
            var (_, result) = EditKrokom("  place Rödön", "  place Nyby\n  place Rödön");

            Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.Scope].Single().Outputs.Single().Reason);
            var reasons = result.TrackedSteps[TrackingNames.Plans].Select(step => step.Outputs.Single().Reason).ToList();
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.Equal(4, reasons.Count(reason => reason == IncrementalStepRunReason.Unchanged));
        }
    }
}
