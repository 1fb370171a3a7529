using System.Linq;
using DslPlanning.Corpus;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>The benchmark workloads are what they claim: national in size and shape, valid plans, deterministic.</summary>
    public class CorpusTests
    {
        [Fact]
        public void The_national_corpus_has_every_region_annual_plan_and_municipality_and_no_errors()
        {
            var corpus = NationalCorpus.Generate();

            Assert.Equal(21, corpus.Count(file => file.Path.StartsWith("regions/Region", System.StringComparison.Ordinal) && file.Path.EndsWith("RSP.plan", System.StringComparison.Ordinal)));
            Assert.Equal(21 * 7 + 21, corpus.Count(file => file.Path.StartsWith("regions/", System.StringComparison.Ordinal)));
            Assert.Equal(290, corpus.Count(file => file.Path.StartsWith("municipalities/", System.StringComparison.Ordinal)));

            var compilation = PlanCompilation.Create(corpus);
            Assert.Equal(458, compilation.Plans.Count);
            Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            Assert.Contains(compilation.Plans, plan => plan.Model.Follows.Count > 0);
        }

        [Fact]
        public void The_large_plan_is_one_file_of_at_least_10_000_lines_without_errors()
        {
            var files = NationalCorpus.LargePlan();

            var large = files.Single(file => file.Path.StartsWith("large/", System.StringComparison.Ordinal));
            Assert.True(NationalCorpus.LineCount(large.Text) >= 10_000, $"{NationalCorpus.LineCount(large.Text)} lines");
            Assert.DoesNotContain(PlanCompilation.Create(files).Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public void The_corpus_is_the_same_for_the_same_seed_and_differs_for_another()
        {
            Assert.Equal(NationalCorpus.Generate(), NationalCorpus.Generate());
            Assert.NotEqual(NationalCorpus.Generate(), NationalCorpus.Generate(seed: 7));
            Assert.Equal(NationalCorpus.LargePlan(), NationalCorpus.LargePlan());
        }
    }
}
