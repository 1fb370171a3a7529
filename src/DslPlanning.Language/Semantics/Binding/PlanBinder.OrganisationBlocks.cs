using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>The description and notes of a block that has only those (a level, an actor).</summary>
        internal sealed class TextBlock
        {
            private readonly PlanBinder _binder;
            private readonly List<string> _notes = new();

            public TextBlock(PlanBinder binder)
            {
                _binder = binder;
            }

            public string? DescriptionText { get; private set; }

            public ValueList<string> Notes => _notes.ToValueList();

            public void Description(ValueStatementSyntax description) => DescriptionText = _binder.Text(description.Value);

            public void Note(ValueStatementSyntax note) => AddIfBound(_notes, _binder.Text(note.Value));
        }

        /// <summary>What the header and statements of a funder have bound so far; one method per statement of <c>FunderStatements</c>.</summary>
        internal sealed class FunderBlock
        {
            private readonly PlanBinder _binder;

            public FunderBlock(PlanBinder binder, DeclarationSyntax declaration)
            {
                _binder = binder;
                Once = new Once(binder, "funder " + declaration.Name.Text);
                Texts = new TextBlock(binder);
            }

            public Once Once { get; }

            public List<Budget> Budgets { get; } = new();

            /// <summary>The funder's description and notes.</summary>
            public TextBlock Texts { get; }

            public void Budget(BudgetSyntax budget) => AddIfBound(Budgets, _binder.BindBudget(budget.Amount, budget.Years, budget));

            public void Description(ValueStatementSyntax description) => Texts.Description(description);

            public void Note(ValueStatementSyntax note) => Texts.Note(note);
        }
    }
}
