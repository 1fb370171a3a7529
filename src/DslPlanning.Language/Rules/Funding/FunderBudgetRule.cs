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

            foreach (var year in context.Compilation.FundingTotals.Where(total => total.Funder.Plan == context.Model.Name && total.OverBudget is not null))
            {
                var funder = context.Model.Funders.First(candidate => candidate.Name == year.Funder.Name);
                var parts = string.Join(", ", year.Commitments.Select(commitment =>
                    (commitment.Plan == context.Model.Name ? commitment.Action : commitment.Plan + "." + commitment.Action) + " " + commitment.Amount));
                context.Report(DiagnosticCatalog.OverBudget, funder, context.NameSpan(funder),
                    funder.Name, year.Committed.ToString(), year.Year.ToString(CultureInfo.InvariantCulture), parts, year.OverBudget!.Value.ToString(), year.Budget!.Value.ToString());
            }
        }
    }
}
