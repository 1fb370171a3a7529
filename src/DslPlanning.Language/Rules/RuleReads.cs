using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Rules
{
    /// <summary>
    /// What one rule read outside its own plan while it checked the plan: the plans it looked up by name, the goals it
    /// asked about being served, the funders whose totals it took, or all plans, all goals served or all funding at
    /// once. Every way out of the plan goes through <see cref="RuleContext"/>, which notes it here; so the rule's findings
    /// still hold in a later compilation that gives the same answers (<see cref="StillHold"/>), and a workspace reruns
    /// the rule on the plan only when one of them changed.
    /// </summary>
    internal sealed class RuleReads
    {
        private Dictionary<string, BoundPlan?>? _plans;
        private Dictionary<SymbolRef, bool>? _served;
        private Dictionary<SymbolRef, IReadOnlyList<FunderYear>>? _funding;
        private bool _allPlans;
        private bool _allServed;
        private bool _allFunding;

        public void AllPlans() => _allPlans = true;

        public void AllServed() => _allServed = true;

        public void AllFunding() => _allFunding = true;

        public void Plan(string name, BoundPlan? plan) => (_plans ??= new Dictionary<string, BoundPlan?>(StringComparer.Ordinal))[name] = plan;

        public void Served(SymbolRef goal, bool served) => (_served ??= new Dictionary<SymbolRef, bool>())[goal] = served;

        public void Funding(SymbolRef funder, IReadOnlyList<FunderYear> totals) => (_funding ??= new Dictionary<SymbolRef, IReadOnlyList<FunderYear>>())[funder] = totals;

        /// <summary>
        /// Whether the facts of a later compilation (<paramref name="now"/>) answer every read as <paramref name="then"/>
        /// did. <paramref name="samePlans"/>: the later compilation has the very same bound plans.
        /// </summary>
        public bool StillHold(CompilationFacts now, CompilationFacts then, bool samePlans)
        {
            if (_allPlans && !samePlans)
            {
                return false;
            }

            var sameServed = ReferenceEquals(now.ServedGoals, then.ServedGoals);
            if ((_allServed && !sameServed) || (_allFunding && !ReferenceEquals(now.Funding, then.Funding)))
            {
                return false;
            }

            if (_plans is not null && _plans.Any(read => !ReferenceEquals(read.Value, now.ByName.TryGetValue(read.Key, out var plan) ? plan : null)))
            {
                return false;
            }

            if (_served is not null && !sameServed && _served.Any(read => now.ServedGoals.Contains(read.Key) != read.Value))
            {
                return false;
            }

            return _funding is null || ReferenceEquals(now.Funding, then.Funding) || _funding.All(read => SameTotals(now.FundingOf(read.Key), read.Value));
        }

        private static bool SameTotals(IReadOnlyList<FunderYear> now, IReadOnlyList<FunderYear> then) =>
            now.Count == then.Count && now.Zip(then, (left, right) =>
                left.Funder == right.Funder && left.Year == right.Year && left.Committed == right.Committed && left.Budget == right.Budget
                && left.Commitments.SequenceEqual(right.Commitments)).All(same => same);
    }
}
