using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Model.Figures
{
    /// <summary>One action's yearly commitment of a funder.</summary>
    public sealed record Commitment(string Plan, string Action, int Year, Money Amount);

    /// <summary>
    /// A funder's commitments and budget in one year. Commitments that add up beyond the range of amounts are
    /// <see cref="Money.IsSaturated"/>, and so is then <see cref="OverBudget"/>: too large to compute.
    /// </summary>
    public sealed record FunderYear(SymbolRef Funder, int Year, Money Committed, Money? Budget, IReadOnlyList<Commitment> Commitments)
    {
        public bool IsOverBudget => Budget is { } budget && Committed > budget;

        /// <summary>How much the commitments exceed the budget; null when they do not.</summary>
        public Money? OverBudget => IsOverBudget ? Committed - Budget!.Value : null;
    }

    /// <summary>
    /// Funding totals per funder and year, summed over the actions of every plan given (a funder of a regional
    /// programme that municipal plans also name is one funder), against the funder's budget for the year.
    /// </summary>
    public static class FundingTotals
    {
        public static IReadOnlyList<FunderYear> Compute(IReadOnlyList<ServicePlan> plans)
        {
            var byName = plans.GroupBy(plan => plan.Name).ToDictionary(group => group.Key, group => group.First());
            var commitments = new Dictionary<SymbolRef, List<Commitment>>();
            foreach (var (funder, commitment) in plans.SelectMany(Commitments))
            {
                if (!commitments.TryGetValue(funder, out var list))
                {
                    commitments[funder] = list = new List<Commitment>();
                }

                list.Add(commitment);
            }

            var elements = new Dictionary<string, PlanElements>();
            var result = new List<FunderYear>();
            foreach (var entry in commitments.OrderBy(entry => entry.Key.ToString(), System.StringComparer.Ordinal))
            {
                byName.TryGetValue(entry.Key.Plan, out var owner);
                result.AddRange(Totals(entry.Key, entry.Value, owner, owner is null ? null : ElementsOf(owner, elements)));
            }

            return result;
        }

        /// <summary>The yearly commitments of the actions of one plan, with the funder each commits, in the order of the actions.</summary>
        public static IEnumerable<(SymbolRef Funder, Commitment Commitment)> Commitments(ServicePlan plan)
        {
            foreach (var action in plan.PlannedActions)
            {
                foreach (var source in action.Funding)
                {
                    if (CostFigures.PerYear(source, action) is not { } yearly || CostFigures.Years(source, action, plan) is not { } years)
                    {
                        continue;
                    }

                    foreach (var year in years.Years)
                    {
                        yield return (source.Funder, new Commitment(plan.Name, action.Name, year, yearly));
                    }
                }
            }
        }

        /// <summary>
        /// One funder's totals per year, in year order, from its commitments (in plan and action order) and the plan that
        /// declares it (<paramref name="owner"/>, null when no plan of that name is compiled).
        /// </summary>
        public static IEnumerable<FunderYear> Totals(SymbolRef funder, IEnumerable<Commitment> commitments, ServicePlan? owner, PlanElements? ownerElements = null)
        {
            var declared = owner is null ? null : (ownerElements ?? new PlanElements(owner)).Funder(funder.Name);
            foreach (var year in commitments.GroupBy(commitment => commitment.Year).OrderBy(group => group.Key))
            {
                var committed = year.Aggregate(Money.Zero, (sum, commitment) => sum + commitment.Amount);
                yield return new FunderYear(funder, year.Key, committed, declared is null ? null : Budget(declared, owner!, year.Key), year.ToList());
            }
        }

        private static PlanElements ElementsOf(ServicePlan plan, Dictionary<string, PlanElements> elements)
        {
            if (!elements.TryGetValue(plan.Name, out var found))
            {
                elements.Add(plan.Name, found = new PlanElements(plan));
            }

            return found;
        }

        /// <summary>
        /// A funder's budget for a year: its yearly budgets that cover the year, plus a total budgeted for that year alone;
        /// null when none covers the year.
        /// </summary>
        public static Money? Budget(Funder funder, ServicePlan plan, int year)
        {
            var lines = BudgetLines(funder, plan, year).ToList();
            return lines.Count == 0 ? null : lines.Aggregate(Money.Zero, (sum, line) => sum + line);
        }

        private static IEnumerable<Money> BudgetLines(Funder funder, ServicePlan plan, int year) =>
            funder.Budgets
                .Where(line => (line.Years ?? plan.EffectivePeriod) is { } range && range.Contains(year) && (line.PerYear || range.Length == 1))
                .Select(line => line.Amount);
    }
}
