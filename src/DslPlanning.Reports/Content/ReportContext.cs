using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Reports.Content
{
    /// <summary>What every section of every report reads: all plans, their findings, and the figures computed over all plans once.</summary>
    internal sealed class ReportContext
    {
        private readonly Lazy<IReadOnlyList<FunderYear>> _fundingTotals;

        public ReportContext(IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings)
        {
            Plans = plans;
            Findings = findings;
            Lookup = new PlanLookup(plans);
            _fundingTotals = new Lazy<IReadOnlyList<FunderYear>>(() => DslPlanning.Model.Figures.FundingTotals.Compute(plans));
        }

        public IReadOnlyList<ServicePlan> Plans { get; }

        public IReadOnlyList<PlanFinding> Findings { get; }

        public PlanLookup Lookup { get; }

        /// <summary>Funding per funder and year over every plan (a funder that several plans name is one funder).</summary>
        public IReadOnlyList<FunderYear> FundingTotals => _fundingTotals.Value;

        /// <summary>The findings of one plan, in file and position order.</summary>
        public IReadOnlyList<PlanFinding> FindingsOf(ServicePlan plan) =>
            Findings.Where(finding => finding.Plan == plan.Name)
                .OrderBy(finding => finding.File, StringComparer.Ordinal)
                .ThenBy(finding => finding.Line)
                .ThenBy(finding => finding.Column)
                .ThenBy(finding => finding.Id, StringComparer.Ordinal)
                .ToList();
    }
}
