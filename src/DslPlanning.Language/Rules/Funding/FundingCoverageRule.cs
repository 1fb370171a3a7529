using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Figures;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Funding
{
    /// <summary>
    /// When every funding source of an action states an amount, together they cover the cost: per unit when they are
    /// stated per the same units as the cost (200 kr per delivery), else per year when both can be computed.
    /// </summary>
    public sealed class FundingCoverageRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.AmountsBelowCost };

        public override void Check(RuleContext context)
        {
            foreach (var action in context.Model.AllActions.Where(action => action.Costs.Count > 0 && action.Funding.Count > 0))
            {
                if (action.Funding.Any(source => source.Amount is null))
                {
                    continue;
                }

                var funded = action.Funding.Aggregate(Money.Zero, (sum, source) => sum + source.Amount!.Value);
                if (action.Costs.Count == 1 && action.Funding.All(source => SameUnits(source.Per, action.Costs[0].Per)))
                {
                    var cost = action.Costs[0];
                    if (funded < cost.Amount && cost.Bound != Comparison.AtMost)
                    {
                        Report(context, action, funded, cost.Amount, cost.Per);
                    }

                    continue;
                }

                var yearlyFunding = action.Funding.Select(source => CostFigures.PerYear(source, action)).ToList();
                if (CostFigures.PerYear(action) is { } yearlyCost && yearlyFunding.All(amount => amount is not null))
                {
                    var total = yearlyFunding.Aggregate(Money.Zero, (sum, amount) => sum + amount!.Value);
                    if (total < yearlyCost && action.Costs.All(cost => cost.Bound != Comparison.AtMost))
                    {
                        Report(context, action, total, yearlyCost, per: null);
                    }
                }
            }
        }

        /// <param name="per">The units both are stated per, or null when both are per year.</param>
        private static void Report(RuleContext context, PlanAction action, Money funded, Money cost, IReadOnlyList<CostUnit>? per)
        {
            var span = context.ListSpan(action.Funding.Cast<object>().ToList(), action);
            context.Report(action, span, Diagnose.AmountsBelowCost(action.Name, funded, cost, per));
        }

        private static bool SameUnits(IReadOnlyList<CostUnit> first, IReadOnlyList<CostUnit> second) =>
            first.OrderBy(unit => unit).SequenceEqual(second.OrderBy(unit => unit));
    }
}
