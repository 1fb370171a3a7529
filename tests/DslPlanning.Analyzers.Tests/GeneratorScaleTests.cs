using System;
using System.Linq;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Corpus;
using Microsoft.CodeAnalysis;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>
    /// The generator on many plan files (a follows chain of 1 000 plans, one per file): every plan is generated once, the
    /// findings name their plans, and editing one file re-runs generation for that file only.
    /// </summary>
    public class GeneratorScaleTests
    {
        private const int Plans = 1_000;

        [Fact]
        public void Every_plan_of_a_1_000_file_follows_chain_is_generated_once_with_its_findings()
        {
            var result = RoslynHost.Driver(StressShapes.Generate(StressShape.FollowsChain, Plans)).RunGenerators(RoslynHost.Compilation()).GetRunResult();

            var sources = result.Results.Single().GeneratedSources;
            var plans = sources.Where(source => source.HintName.StartsWith("Plan.", StringComparison.Ordinal)).ToList();
            Assert.Equal(Plans, plans.Count);
            Assert.Equal(Plans, plans.Select(source => source.HintName).Distinct().Count());
            var findings = sources.Single(source => source.HintName == "PlanFindings.g.cs").SourceText.ToString();
            Assert.Equal(Plans - 1, findings.Split("\"SP1013\"").Length - 1);
            Assert.Contains("\"" + StressShapes.FollowsChainPlan(Plans - 1) + "\", \"SP1013\"", findings, StringComparison.Ordinal);
        }

        [Fact]
        public void Editing_a_figure_in_one_file_of_a_1_000_file_chain_regenerates_that_plan_only()
        {
            var files = StressShapes.Generate(StressShape.FollowsChain, Plans);
            var texts = RoslynHost.Texts(files);
            var compilation = RoslynHost.Compilation();
            var driver = RoslynHost.Driver(texts).RunGenerators(compilation);

            var edited = texts[Plans / 2];
            var changed = edited.GetText()!.ToString().Replace("period 2024..2030", "period 2024..2031");
            Assert.NotEqual(edited.GetText()!.ToString(), changed);
            driver = driver.ReplaceAdditionalText(edited, RoslynHost.Texts(new[] { (edited.Path, changed) }).Single()).RunGenerators(compilation);

            var result = driver.GetRunResult().Results.Single();
            var plans = result.TrackedSteps[TrackingNames.Plans].Select(step => step.Outputs.Single()).ToList();
            var modified = Assert.Single(plans, output => output.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains("HintName = Plan." + StressShapes.FollowsChainPlan((Plans / 2) + 1) + ".", modified.Value.ToString(), StringComparison.Ordinal);
            Assert.Equal(Plans - 1, plans.Count(output => output.Reason == IncrementalStepRunReason.Cached));
            Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.Scope].Single().Outputs.Single().Reason);
        }
    }
}
