using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Reports.Content
{
    /// <summary>
    /// What every section of every report reads: all plans, their findings, and the figures computed over all plans once
    /// (and indexed, so that writing the reports of n plans does not search all n plans for each).
    /// </summary>
    internal sealed class ReportContext
    {
        private readonly Lazy<IReadOnlyList<FunderYear>> _fundingTotals;
        private readonly Lazy<ILookup<SymbolRef, FunderYear>> _fundingByFunder;
        private readonly Lazy<ILookup<string, PlanFinding>> _findingsByPlan;
        private readonly Lazy<ILookup<string, string>> _followers;

        public ReportContext(IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings)
        {
            Plans = plans;
            Findings = findings;
            Lookup = new PlanLookup(plans);
            _fundingTotals = new Lazy<IReadOnlyList<FunderYear>>(() => DslPlanning.Model.Figures.FundingTotals.Compute(plans));
            _fundingByFunder = new Lazy<ILookup<SymbolRef, FunderYear>>(() => FundingTotals.ToLookup(total => total.Funder));
            _findingsByPlan = new Lazy<ILookup<string, PlanFinding>>(() => findings.ToLookup(finding => finding.Plan, StringComparer.Ordinal));
            _followers = new Lazy<ILookup<string, string>>(() => plans
                .SelectMany(plan => plan.Follows.Distinct().Select(followed => (Followed: followed, Follower: plan.Name)))
                .ToLookup(entry => entry.Followed, entry => entry.Follower, StringComparer.Ordinal));
        }

        public IReadOnlyList<ServicePlan> Plans { get; }

        public IReadOnlyList<PlanFinding> Findings { get; }

        public PlanLookup Lookup { get; }

        /// <summary>Funding per funder and year over every plan (a funder that several plans name is one funder).</summary>
        public IReadOnlyList<FunderYear> FundingTotals => _fundingTotals.Value;

        /// <summary>One funder's entries of <see cref="FundingTotals"/>, in year order.</summary>
        public IEnumerable<FunderYear> FundingOf(SymbolRef funder) => _fundingByFunder.Value[funder];

        /// <summary>The names of the plans that follow <paramref name="plan"/>, in the order of the catalog.</summary>
        public IEnumerable<string> FollowersOf(ServicePlan plan) => _followers.Value[plan.Name];

        /// <summary>The findings of one plan, in file and position order.</summary>
        public IReadOnlyList<PlanFinding> FindingsOf(ServicePlan plan) =>
            _findingsByPlan.Value[plan.Name]
                .OrderBy(finding => finding.File, StringComparer.Ordinal)
                .ThenBy(finding => finding.Line)
                .ThenBy(finding => finding.Column)
                .ThenBy(finding => finding.Id, StringComparer.Ordinal)
                .ToList();
    }
}
