using System.Collections.Generic;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>Levels, actors and funders.</summary>
    internal sealed partial class PlanBinder
    {
        private ServiceLevel BindLevel(DeclarationSyntax level)
        {
            var (description, notes) = BindTexts(LevelStatements.Table, level, KindNouns.BeforeName(SymbolKind.Level) + " " + level.Name.Text);
            return _map.Add(new ServiceLevel(level.Name.Text, level.Title?.Value, description, notes), level);
        }

        private Actor BindActor(DeclarationSyntax actor)
        {
            var (description, notes) = BindTexts(ActorStatements.Table, actor, KindNouns.BeforeName(SymbolKind.Actor) + " " + actor.Name.Text);
            return _map.Add(new Actor(actor.Name.Text, actor.Title?.Value, Kind(actor), description, notes), actor);
        }

        private Funder BindFunder(DeclarationSyntax funder)
        {
            var budgets = new List<Budget>();
            ClauseSyntax? budgetClause = null;
            foreach (var clause in funder.Clauses)
            {
                if (clause.Keyword.Text == "budget")
                {
                    budgetClause = clause;
                }
                else if (budgetClause is null)
                {
                    Report(clause.Keyword.Span, Diagnose.YearsWithoutBudget());
                }
            }

            if (budgetClause is not null)
            {
                var years = funder.Clauses.Find(clause => clause.Keyword.Text == "in");
                AddIfBound(budgets, BindBudget(budgetClause.Value, years?.Value, budgetClause));
            }

            var block = new FunderBlock(this, funder);
            BindStatements(FunderStatements.Table, block, funder.Body, block.Once);
            budgets.AddRange(block.Budgets);
            return _map.Add(new Funder(funder.Name.Text, funder.Title?.Value, Kind(funder), budgets.ToValueList(), block.DescriptionText, block.Notes), funder);
        }

        private Budget? BindBudget(ValueSyntax? amount, ValueSyntax? years, SyntaxNode syntax)
        {
            var money = Money(amount, out var perYear);
            var range = years is null ? null : Years(years);
            return money is null ? null : _map.Add(new Budget(money.Value, perYear, range), syntax);
        }

        private OrganisationKind? Kind(DeclarationSyntax declaration) =>
            declaration.Word is null ? null : Word(declaration.Word, Vocabularies.OrganisationKinds);

        /// <summary>The <c>description</c> and <c>note</c> statements of a block that has only those.</summary>
        private (string? Description, ValueList<string> Notes) BindTexts(BlockTable<TextBlock> table, DeclarationSyntax declaration, Phrase where)
        {
            var texts = new TextBlock(this);
            BindStatements(table, texts, declaration.Body, new Once(this, where));
            return (texts.DescriptionText, texts.Notes);
        }
    }

    internal static class ValueListSearch
    {
        public static T? Find<T>(this ValueList<T> list, System.Func<T, bool> predicate) where T : class
        {
            foreach (var item in list)
            {
                if (predicate(item))
                {
                    return item;
                }
            }

            return null;
        }
    }
}
