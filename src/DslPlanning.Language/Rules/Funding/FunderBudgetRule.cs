using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
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
                var commitments = worst.Commitments.Select(commitment =>
                    (Action: commitment.Plan == context.Model.Name ? commitment.Action : commitment.Plan + "." + commitment.Action, commitment.Amount));
                context.Report(funder, context.NameSpan(funder), Diagnose.OverBudget(
                    funder: funder.Name,
                    yearsOver: over.Select(total => total.Year),
                    year: worst.Year,
                    committed: worst.Committed,
                    commitments: commitments,
                    overBy: worst.OverBudget!.Value,
                    budget: worst.Budget!.Value),
                    related: worst.Commitments.SelectMany(commitment =>
                        context.DeclarationOf(commitment.Plan, SymbolKind.Action, commitment.Action) is { } action
                            ? new[] { Diagnose.Commitment(action, commitment.Plan == context.Model.Name ? commitment.Action : commitment.Plan + "." + commitment.Action, commitment.Amount, funder.Name, worst.Year) }
                            : new RelatedLocation[0]));
            }
        }
    }
}
