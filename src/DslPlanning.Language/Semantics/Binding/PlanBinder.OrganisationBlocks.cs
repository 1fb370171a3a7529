using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>The description and notes of a block that has only those (a level, an actor).</summary>
        internal sealed class TextBlock : BlockBinding
        {
            public TextBlock(PlanBinder binder)
                : base(binder)
            {
            }

            public string? DescriptionText { get; private set; }

            public void Description(ValueStatementSyntax description) => DescriptionText = Binder.Text(description.Value);
        }

        /// <summary>What the statements of a funder have bound so far; one method per statement of <c>FunderStatements</c>.</summary>
        internal sealed class FunderBlock : BlockBinding
        {
            public FunderBlock(PlanBinder binder, DeclarationSyntax declaration)
                : base(binder)
            {
                Once = new Once(binder, KindNouns.BeforeName(SymbolKind.Funder) + " " + declaration.Name.Text);
            }

            public Once Once { get; }

            public List<Budget> Budgets { get; } = new();

            public string? DescriptionText { get; private set; }

            public void Budget(BudgetSyntax budget) => AddIfBound(Budgets, Binder.BindBudget(budget.Amount, budget.Years, budget));

            public void Description(ValueStatementSyntax description) => DescriptionText = Binder.Text(description.Value);
        }
    }
}
