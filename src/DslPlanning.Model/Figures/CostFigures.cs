using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Model.Figures
{
    /// <summary>
    /// What an action's costs and funding amount to per year, where the plan states enough to compute it: an amount
    /// per year, times the places (per place) or the volume (600 deliveries per year) its other units name. A yearly
    /// amount beyond the range of amounts (<see cref="SafeMath"/>) is not computed either; <see cref="TooLarge(FundingSource, PlanAction)"/>
    /// tells that apart from a plan that does not state enough.
    /// </summary>
    public static class CostFigures
    {
        /// <summary>The yearly amount of a cost, or null when the plan does not say how many units a year there are (or it is too large).</summary>
        public static Money? PerYear(Cost cost, PlanAction action) => Yearly(cost, action).Amount;

        /// <summary>The yearly cost of an action: the sum of its costs, or null when one of them cannot be computed (or the sum is too large).</summary>
        public static Money? PerYear(PlanAction action) => Yearly(action).Amount;

        /// <summary>
        /// The yearly amount of a funding source: its amount per year, or its share of the action's yearly cost. An
        /// action's only funding source that states neither pays the whole cost ("finansiering: kommunen").
        /// </summary>
        public static Money? PerYear(FundingSource source, PlanAction action) => Yearly(source, action).Amount;

        /// <summary>Whether the plan states enough to compute the yearly cost of the action, but it is beyond the range of amounts.</summary>
        public static bool TooLarge(PlanAction action) => Yearly(action).TooLarge;

        /// <summary>Whether the plan states enough to compute the yearly amount of the funding source, but it is beyond the range of amounts.</summary>
        public static bool TooLarge(FundingSource source, PlanAction action) => Yearly(source, action).TooLarge;

        /// <summary>The years an action's funding applies to: its own years, else the action's period, else the plan's.</summary>
        public static YearRange? Years(FundingSource source, PlanAction action, ServicePlan plan) =>
            source.Years ?? action.Period ?? plan.Period;

        private static Figure Yearly(Cost cost, PlanAction action) =>
            Yearly(cost.Amount, cost.Per, cost.Volume, cost.Years, action);

        private static Figure Yearly(PlanAction action)
        {
            if (action.Costs.Count == 0)
            {
                return Figure.Unknown;
            }

            var costs = action.Costs.Select(cost => Yearly(cost, action)).ToList();
            if (costs.Any(cost => cost.Amount is null && !cost.TooLarge))
            {
                return Figure.Unknown;
            }

            return costs.Any(cost => cost.TooLarge) ? Figure.OutOfRange : Figure.Of(SafeMath.Sum(costs.Select(cost => cost.Amount!.Value)));
        }

        private static Figure Yearly(FundingSource source, PlanAction action)
        {
            if (source.Amount is { } amount)
            {
                var volume = action.Costs.Select(cost => cost.Volume).FirstOrDefault(candidate => candidate is not null);
                return Yearly(amount, source.Per, volume, source.Years, action);
            }

            if ((source.Share?.Fraction ?? (IsSoleSource(source, action) ? 1m : (decimal?)null)) is not { } fraction)
            {
                return Figure.Unknown;
            }

            var cost = Yearly(action);
            return cost.Amount is { } yearly ? Figure.Of(SafeMath.Multiply(yearly, fraction)) : cost;
        }

        private static bool IsSoleSource(FundingSource source, PlanAction action) =>
            action.Funding.Count == 1 && action.Funding[0].Equals(source);

        private static Figure Yearly(Money amount, IReadOnlyList<CostUnit> per, CostVolume? volume, YearRange? years, PlanAction action)
        {
            var perYear = per.Contains(CostUnit.Year);
            decimal? factor = 1m;
            foreach (var unit in per.Where(unit => unit != CostUnit.Year))
            {
                if (unit == CostUnit.Place && action.Places.Count > 0)
                {
                    factor = factor is { } f ? SafeMath.Multiply(f, action.Places.Count) : null;
                }
                else if (volume is not null && volume.Unit == unit)
                {
                    factor = factor is { } f ? SafeMath.Multiply(f, volume.Count) : null;
                    perYear |= volume.PerYear;
                }
                else
                {
                    return Figure.Unknown;
                }
            }

            // An amount not stated per year counts as a year's amount only when it is for one year.
            if (!perYear && years is not { Length: 1 })
            {
                return Figure.Unknown;
            }

            return Figure.Of(factor is { } known ? SafeMath.Multiply(amount, known) : null);
        }

        /// <summary>A yearly amount; when there is none, whether that is because it is out of range rather than not stated.</summary>
        private readonly struct Figure
        {
            private Figure(Money? amount, bool tooLarge)
            {
                Amount = amount;
                TooLarge = tooLarge;
            }

            public static Figure Unknown => default;

            public static Figure OutOfRange => new Figure(null, true);

            public Money? Amount { get; }

            public bool TooLarge { get; }

            /// <summary>A computed amount; null from <see cref="SafeMath"/> means out of range.</summary>
            public static Figure Of(Money? amount) => new Figure(amount, amount is null);
        }
    }
}
