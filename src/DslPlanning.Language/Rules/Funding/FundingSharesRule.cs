using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Funding
{
    /// <summary>When every funding source of an action states a share, the shares add up to 100 %.</summary>
    public sealed class FundingSharesRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.SharesOverHundred, DiagnosticCatalog.SharesUnderHundred };

        public override void Check(RuleContext context)
        {
            foreach (var action in context.Model.AllActions)
            {
                CheckShares(context, action, action.Funding);
            }

            foreach (var area in context.Model.Areas)
            {
                CheckShares(context, area, area.Funding);
            }
        }

        private static void CheckShares(RuleContext context, object owner, IReadOnlyList<FundingSource> funding)
        {
            if (funding.Count == 0 || funding.Any(source => source.Share is null))
            {
                return;
            }

            var total = funding.Aggregate(0m, (sum, source) => Saturating.Add(sum, source.Share!.Value.Value));
            if (total == 100m)
            {
                return;
            }

            var name = owner is PlanAction action ? action.Name : ((Area)owner).Name;
            var shares = funding.Select(source => (source.Funder.Name, source.Share!.Value)).ToList();
            var statement = context.ListSpan(funding.Cast<object>().ToList(), owner);
            if (total > 100m)
            {
                context.Report(owner, statement, Diagnose.SharesOverHundred(name, ownerIsArea: owner is Area, new Percent(total), shares));
            }
            else
            {
                context.Report(owner, statement, Diagnose.SharesUnderHundred(name, ownerIsArea: owner is Area, new Percent(total), shares));
            }
        }
    }
}
