using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Model.Figures
{
    /// <summary>
    /// What an action's costs and funding amount to per year, where the plan states enough to compute it: an amount
    /// per year, times the places (per place) or the volume (600 deliveries per year) its other units name. The
    /// arithmetic saturates (<see cref="Money"/>), so no plan makes it throw.
    /// </summary>
    public static class CostFigures
    {
        /// <summary>The yearly amount of a cost, or null when the plan does not say how many units a year there are.</summary>
        public static Money? PerYear(Cost cost, PlanAction action) =>
            PerYear(cost.Amount, cost.Per, cost.Volume, cost.Years, action);

        /// <summary>The yearly cost of an action: the sum of its costs, or null when one of them cannot be computed.</summary>
        public static Money? PerYear(PlanAction action)
        {
            if (action.Costs.Count == 0)
            {
                return null;
            }

            var total = Money.Zero;
            foreach (var cost in action.Costs)
            {
                if (PerYear(cost, action) is not { } yearly)
                {
                    return null;
                }

                total += yearly;
            }

            return total;
        }

        /// <summary>
        /// The yearly amount of a funding source: its amount per year, or its share of the action's yearly cost. An
        /// action's only funding source that states neither pays the whole cost ("finansiering: kommunen").
        /// </summary>
        public static Money? PerYear(FundingSource source, PlanAction action)
        {
            if (source.Amount is { } amount)
            {
                var volume = action.Costs.Select(cost => cost.Volume).FirstOrDefault(candidate => candidate is not null);
                return PerYear(amount, source.Per, volume, source.Years, action);
            }

            var share = source.Share?.Fraction ?? (IsSoleSource(source, action) ? 1m : (decimal?)null);
            return share is { } fraction && PerYear(action) is { } cost ? cost * fraction : null;
        }

        private static bool IsSoleSource(FundingSource source, PlanAction action) =>
            action.Funding.Count == 1 && action.Funding[0].Equals(source);

        /// <summary>The years an action's funding applies to: its own years, else the action's period, else the plan's.</summary>
        public static YearRange? Years(FundingSource source, PlanAction action, ServicePlan plan) =>
            source.Years ?? action.Period ?? plan.Period;

        private static Money? PerYear(Money amount, IReadOnlyList<CostUnit> per, CostVolume? volume, YearRange? years, PlanAction action)
        {
            var perYear = per.Contains(CostUnit.Year);
            var factor = 1m;

            // Each unit counts once: "per place per place" is per place, not per place squared.
            foreach (var unit in per.Where(unit => unit != CostUnit.Year).Distinct())
            {
                if (unit == CostUnit.Place && action.Places.Count > 0)
                {
                    factor = Saturating.Multiply(factor, action.Places.Count);
                }
                else if (volume is not null && volume.Unit == unit)
                {
                    factor = Saturating.Multiply(factor, volume.Count);
                    perYear |= volume.PerYear;
                }
                else
                {
                    return null;
                }
            }

            // An amount not stated per year counts as a year's amount only when it is for one year.
            if (!perYear && years is not { Length: 1 })
            {
                return null;
            }

            return amount * factor;
        }
    }
}
