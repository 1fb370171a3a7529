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
    /// plan (the national corpus has 458 plans): plans by name, funding totals, goals served. Goals served and funding
    /// are computed from each plan's part (<see cref="PlanFacts"/>); a compilation whose plans contribute what the
    /// previous one's did takes over its goals served and funding as they are.
    /// </summary>
    internal sealed class CompilationFacts
    {
        private readonly Lazy<IReadOnlyList<FunderYear>> _fundingTotals;
        private readonly Lazy<HashSet<SymbolRef>> _served;
        private readonly IReadOnlyList<CoverageContribution> _coverage;
        private readonly IReadOnlyList<FundingContribution> _funding;

        public CompilationFacts(IReadOnlyList<BoundPlan> plans, CompilationFacts? previous = null)
        {
            Plans = plans;
            ByName = plans.GroupBy(plan => plan.Name).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            var models = plans.Select(plan => plan.Model).ToList();
            _fundingTotals = new Lazy<IReadOnlyList<FunderYear>>(() => Model.Figures.FundingTotals.Compute(models));
            _coverage = plans.Select(plan => plan.Facts.Coverage).ToList();
            _served = previous is not null && SameParts(_coverage, previous._coverage)
                ? previous._served
                : new Lazy<HashSet<SymbolRef>>(() => GoalCoverage.Served(_coverage));
            _funding = plans.Select(plan => plan.Facts.Funding).ToList();
            Funding = previous is not null && SameParts(_funding, previous._funding) ? previous.Funding : new FundingByFunder(plans);
        }

        public IReadOnlyList<BoundPlan> Plans { get; }

        public Dictionary<string, BoundPlan> ByName { get; }

        public IReadOnlyList<FunderYear> FundingTotals => _fundingTotals.Value;

        /// <summary>Each funder's totals; the same object as the previous compilation's when no plan's funding changed.</summary>
        public FundingByFunder Funding { get; }

        /// <summary>One funder's totals per year, in year order.</summary>
        public IReadOnlyList<FunderYear> FundingOf(SymbolRef funder) => Funding.Of(funder);

        /// <summary>The goals served; the same set as the previous compilation's when no plan's part in it changed.</summary>
        public HashSet<SymbolRef> ServedGoals => _served.Value;

        private static bool SameParts<T>(IReadOnlyList<T> parts, IReadOnlyList<T>? previous) where T : class
        {
            if (previous is null || parts.Count != previous.Count)
            {
                return false;
            }

            for (var i = 0; i < parts.Count; i++)
            {
                if (!ReferenceEquals(parts[i], previous[i]) && !parts[i].Equals(previous[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Each funder's totals per year (<see cref="Model.Figures.FundingTotals.Totals"/>), computed for a funder when first asked.</summary>
    internal sealed class FundingByFunder
    {
        private readonly Lazy<Dictionary<SymbolRef, List<Commitment>>> _commitments;
        private readonly Dictionary<SymbolRef, IReadOnlyList<FunderYear>> _totals = new();
        private readonly Dictionary<string, BoundPlan> _owners;

        public FundingByFunder(IReadOnlyList<BoundPlan> plans)
        {
            _owners = plans.GroupBy(plan => plan.Name).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            _commitments = new Lazy<Dictionary<SymbolRef, List<Commitment>>>(() =>
            {
                var byFunder = new Dictionary<SymbolRef, List<Commitment>>();
                foreach (var (funder, commitment) in plans.SelectMany(plan => plan.Facts.Funding.Commitments))
                {
                    if (!byFunder.TryGetValue(funder, out var list))
                    {
                        byFunder.Add(funder, list = new List<Commitment>());
                    }

                    list.Add(commitment);
                }

                return byFunder;
            });
        }

        public IReadOnlyList<FunderYear> Of(SymbolRef funder)
        {
            lock (_totals)
            {
                if (!_totals.TryGetValue(funder, out var totals))
                {
                    totals = _commitments.Value.TryGetValue(funder, out var commitments)
                        ? Model.Figures.FundingTotals.Totals(funder, commitments, _owners.TryGetValue(funder.Plan, out var owner) ? owner.Model : null, owner?.Elements).ToList()
                        : (IReadOnlyList<FunderYear>)Array.Empty<FunderYear>();
                    _totals.Add(funder, totals);
                }

                return totals;
            }
        }
    }
}
