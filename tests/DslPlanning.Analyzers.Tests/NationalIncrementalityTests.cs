using System;
using System.Linq;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Corpus;
using Microsoft.CodeAnalysis;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>At national scale (458 plans), editing one plan re-runs generation for that plan only.</summary>
    public class NationalIncrementalityTests
    {
        [Fact]
        public void Editing_one_plan_of_the_national_corpus_regenerates_only_that_plan()
        {
            var corpus = NationalCorpus.Generate();
            var texts = RoslynHost.Texts(corpus);
            var compilation = RoslynHost.Compilation();
            var driver = RoslynHost.Driver(texts).RunGenerators(compilation);
            Assert.Equal(corpus.Count, driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Plans].Length);

            var edited = texts.Single(text => text.Path == "municipalities/Kommun123.plan");
            var changed = edited.GetText()!.ToString().Replace("budget 3 000 000 kr per year", "budget 3 100 000 kr per year");
            Assert.NotEqual(edited.GetText()!.ToString(), changed);
            driver = driver.ReplaceAdditionalText(edited, RoslynHost.Texts(new[] { (edited.Path, changed) }).Single()).RunGenerators(compilation);

            var result = driver.GetRunResult().Results.Single();
            var plans = result.TrackedSteps[TrackingNames.Plans].Select(step => step.Outputs.Single()).ToList();
            var modified = Assert.Single(plans, output => output.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains("HintName = Plan.Kommun123.", modified.Value.ToString(), StringComparison.Ordinal);
            Assert.Equal(corpus.Count - 1, plans.Count(output => output.Reason == IncrementalStepRunReason.Cached));
            Assert.All(result.TrackedSteps[TrackingNames.Outlines], step =>
                Assert.Contains(step.Outputs.Single().Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }
    }
}
