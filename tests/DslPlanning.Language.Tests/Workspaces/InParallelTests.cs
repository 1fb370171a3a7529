using System;
using System.Linq;
using DslPlanning.Corpus;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>The steps of a compilation that run on every core (<see cref="InParallel"/>) give what they would one by one.</summary>
    public class InParallelTests
    {
        [Fact]
        public void Map_gives_each_items_result_in_the_items_order()
        {
            var items = Enumerable.Range(0, 10_000).Select(i => $"plan{i}").ToList();

            var results = InParallel.Map(items, item => item.ToUpperInvariant());

            Assert.Equal(items.Select(item => item.ToUpperInvariant()), results);
        }

        [Fact]
        public void Map_of_no_items_or_one_item()
        {
            Assert.Empty(InParallel.Map(Array.Empty<int>(), item => item + 1));
            Assert.Equal(new[] { 2 }, InParallel.Map(new[] { 1 }, item => item + 1));
        }

        [Fact]
        public void A_failure_is_thrown_as_itself_not_wrapped_by_the_parallel_loop()
        {
            var items = Enumerable.Range(0, 1_000).ToList();

            var failure = Assert.Throws<InvalidOperationException>(() => InParallel.Map(items, item => item == 500 ? throw new InvalidOperationException("item 500") : item));

            Assert.Equal("item 500", failure.Message);
        }

        [Fact]
        public void The_national_corpus_compiles_to_the_same_diagnostics_in_the_same_order_every_time()
        {
            var corpus = NationalCorpus.Generate();

            var first = PlanCompilation.Create(corpus);
            var second = PlanCompilation.Create(corpus);

            Assert.NotEmpty(first.Diagnostics);
            Assert.Equal(first.Diagnostics.Select(diagnostic => diagnostic.ToString()), second.Diagnostics.Select(diagnostic => diagnostic.ToString()));
            Assert.Equal(first.Plans.Select(plan => plan.Model), second.Plans.Select(plan => plan.Model));
        }
    }
}
