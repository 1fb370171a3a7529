using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Rules.Funding
{
    /// <summary>
    /// A funder with a budget is not committed beyond it in any year: the yearly commitments of every action of every
    /// plan compiled together that names the funder add up to at most the budget. Reported in the funder's plan.
    /// </summary>
    public sealed class FunderBudgetRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.OverBudget };

        public override void Check(RuleContext context)
        {
            if (context.Model.Funders.All(funder => funder.Budgets.Count == 0))
            {
                return;
            }

            foreach (var funder in context.Model.Funders)
            {
                var over = context.Compilation.FundingOf(context.Model.Ref(funder.Name)).Where(total => total.OverBudget is not null).ToList();
                if (over.Count == 0)
                {
                    continue;
                }

                // Commitments beyond the range of amounts are saturated, and so the worst.
                var worst = over.OrderByDescending(total => total.OverBudget!.Value.Kronor).First();
                var parts = string.Join(", ", worst.Commitments.Select(commitment =>
                    (commitment.Plan == context.Model.Name ? commitment.Action : commitment.Plan + "." + commitment.Action) + " " + commitment.Amount));
                context.Report(DiagnosticCatalog.OverBudget, funder, context.NameSpan(funder),
                    funder.Name, Years(over.Select(total => total.Year)), worst.Year.ToString(CultureInfo.InvariantCulture),
                    worst.Committed.IsSaturated ? "more than " + worst.Committed : worst.Committed.ToString(), parts,
                    worst.OverBudget!.Value.IsSaturated ? "an amount too large to compute" : worst.OverBudget.Value.ToString(), worst.Budget!.Value.ToString());
            }
        }

        /// <summary>Years as ranges: "2023–2025, 2028".</summary>
        private static string Years(IEnumerable<int> years)
        {
            var sorted = years.OrderBy(year => year).ToList();
            var parts = new List<string>();
            for (var i = 0; i < sorted.Count; i++)
            {
                var first = sorted[i];
                while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1)
                {
                    i++;
                }

                parts.Add(new Model.YearRange(first, sorted[i]).ToString());
            }

            return string.Join(", ", parts);
        }
    }
}
