using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>What the header and statements of an area have bound so far; one method per statement of <c>AreaStatements</c>.</summary>
        internal sealed class AreaBlock : BlockBinding
        {
            private readonly List<SymbolRef> _serves = new();
            private readonly List<SymbolRef> _owners = new();
            private readonly List<FundingSource> _funding = new();
            private readonly List<Goal> _goals = new();
            private readonly List<PlanAction> _actions = new();
            private Area _area;

            public AreaBlock(PlanBinder binder, DeclarationSyntax declaration)
                : base(binder)
            {
                _area = new Area { Name = declaration.Name.Text, Title = declaration.Title?.Value };
                Once = new Once(binder, KindNouns.BeforeName(SymbolKind.Area) + " " + declaration.Name.Text);
            }

            public Once Once { get; }

            /// <summary>A header clause: <c>priority 1</c> or <c>serves …</c>, given once with the statement of that name.</summary>
            public void Clause(NameSyntax keyword, ValueSyntax? value)
            {
                if (Once.First(keyword))
                {
                    BindClause(keyword, value);
                }
            }

            public void Description(ValueStatementSyntax description) => _area = _area with { Description = Binder.Text(description.Value) };

            public void Owner(ValueStatementSyntax owner) => _owners.AddRange(Binder.References(owner.Value, allowRanges: false, SymbolKind.Actor));

            public void Funding(FundingSyntax funding) => _funding.AddRange(Binder.BindFunding(funding));

            public void Priority(ValueStatementSyntax priority) => BindClause(priority.Keyword, priority.Value);

            public void Serves(ValueStatementSyntax serves) => BindClause(serves.Keyword, serves.Value);

            public void Goal(DeclarationSyntax goal) => _goals.Add(Binder.BindGoal(goal));

            public void Action(DeclarationSyntax action) => _actions.Add(Binder.BindAction(action));

            public Area Build() => _area with
            {
                Serves = _serves.ToValueList(),
                Owners = _owners.ToValueList(),
                Funding = _funding.ToValueList(),
                Goals = _goals.ToValueList(),
                Actions = _actions.ToValueList(),
                Notes = Notes,
                Exceptions = Exceptions,
            };

            private void BindClause(NameSyntax keyword, ValueSyntax? value)
            {
                if (keyword.Text == "priority")
                {
                    _area = _area with { Rank = Binder.Rank(value) };
                }
                else
                {
                    _serves.AddRange(Binder.References(value, allowRanges: true, Objectives));
                }
            }
        }
    }
}
