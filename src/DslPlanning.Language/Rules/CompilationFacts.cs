using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Rules
{
    /// <summary>
    /// What the rules compute over all plans compiled together, computed once per compilation rather than once per
    /// plan (the national corpus has 458 plans): plans by name, funding totals, goals served.
    /// </summary>
    internal sealed class CompilationFacts
    {
        private readonly Lazy<IReadOnlyList<FunderYear>> _fundingTotals;
        private readonly Lazy<ILookup<SymbolRef, FunderYear>> _fundingByFunder;
        private readonly Lazy<HashSet<SymbolRef>> _served;

        public CompilationFacts(IReadOnlyList<BoundPlan> plans)
        {
            Plans = plans;
            ByName = plans.GroupBy(plan => plan.Name).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            var models = plans.Select(plan => plan.Model).ToList();
            _fundingTotals = new Lazy<IReadOnlyList<FunderYear>>(() => Model.Figures.FundingTotals.Compute(models));
            _fundingByFunder = new Lazy<ILookup<SymbolRef, FunderYear>>(() => FundingTotals.ToLookup(total => total.Funder));
            _served = new Lazy<HashSet<SymbolRef>>(() => GoalCoverage.Served(models));
        }

        public IReadOnlyList<BoundPlan> Plans { get; }

        public Dictionary<string, BoundPlan> ByName { get; }

        public IReadOnlyList<FunderYear> FundingTotals => _fundingTotals.Value;

        /// <summary>One funder's totals per year, in year order.</summary>
        public IEnumerable<FunderYear> FundingOf(SymbolRef funder) => _fundingByFunder.Value[funder];

        public HashSet<SymbolRef> ServedGoals => _served.Value;
    }
}
