using System.Collections.Generic;
using System.Linq;
using System.Text;
using DslPlanning.Corpus;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>
    /// What holds for every reference binding records, checked on the real plans and on the national corpus: the symbol
    /// it names is declared, its spans hold the names, and the symbol the queries find there is the one recorded.
    /// </summary>
    public class ReferencePropertyTests
    {
        [Fact]
        public void Every_reference_in_the_real_plans_names_a_declared_symbol_at_its_span()
        {
            var kinds = AssertReferencesHold(PlanCompilation.Create(Repository.RealPlans()));

            Assert.Superset(new HashSet<string> { "Actor", "Funder", "Place", "Level", "Area", "Goal", "PlanKey", "RuleKey" }, kinds);
        }

        [Fact]
        public void Every_reference_in_the_national_corpus_names_a_declared_symbol_at_its_span()
        {
            var kinds = AssertReferencesHold(PlanCompilation.Create(NationalCorpus.Generate()));

            Assert.Superset(new HashSet<string> { "Funder", "Place", "Goal", "PlanKey" }, kinds);
        }

        /// <summary>Checks every reference of the compilation; returns the kinds of symbol they name, so a test can see they were not few.</summary>
        private static HashSet<string> AssertReferencesHold(PlanCompilation compilation)
        {
            var queries = SymbolQueries.Of(compilation);
            var kinds = new HashSet<string>();
            foreach (var plan in compilation.Plans)
            {
                var source = plan.Tree.Text;
                foreach (var reference in plan.References)
                {
                    var written = source.ToString(reference.MemberSpan).Normalize(NormalizationForm.FormC);
                    switch (reference.Symbol)
                    {
                        case RuleKey rule:
                            Assert.NotNull(DiagnosticCatalog.Find(rule.Id));
                            Assert.Equal(rule.Id, written);
                            break;
                        case PlanKey followed:
                            Assert.NotNull(queries.Declaration(followed));
                            Assert.Equal(followed.Name, written);
                            break;
                        case ElementKey element:
                            Assert.NotNull(queries.Declaration(element));
                            if (reference.Range is null)
                            {
                                Assert.Equal(element.Name, written);
                                Assert.Equal(reference.PlanSpan is null ? element.Name : element.Plan + "." + element.Name, source.ToString(reference.Span).Normalize(NormalizationForm.FormC));
                            }
                            else if (!reference.IsImpliedByRange)
                            {
                                // The end of G2.1..3 is written with the last parts only.
                                Assert.EndsWith(written, element.Name);
                            }

                            break;
                    }

                    if (!reference.IsImpliedByRange)
                    {
                        Assert.Equal(reference.Symbol, queries.SymbolAt(source.Path, reference.MemberSpan.Start)?.Symbol);
                    }

                    kinds.Add(reference.Symbol is ElementKey key ? key.Kind.ToString() : reference.Symbol.GetType().Name);
                }
            }

            return kinds;
        }
    }
}
