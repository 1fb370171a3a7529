using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>Actions and activities: owners, period, completion, costs, funding, places, subsidies, exceptions.</summary>
    internal sealed partial class PlanBinder
    {
        private PlanAction BindAction(DeclarationSyntax declaration)
        {
            var action = new ActionBlock(this, declaration);
            foreach (var clause in declaration.Clauses)
            {
                action.Clause(clause.Keyword, clause.Value);
            }

            BindStatements(ActionStatements.Table, action, declaration.Body, action.Once);
            var bound = action.Build();
            Adopt(bound, bound.Costs.Cast<object>().Concat(bound.Funding).Concat(bound.Subsidies).Concat(bound.Exceptions).Concat(bound.Progress));
            return _map.Add(bound, declaration);
        }

        /// <summary>An action's priority: a word of the plan's scale (checked by the priority rules) or a number.</summary>
        private string? PriorityName(ValueSyntax? value) => value switch
        {
            ReferenceListSyntax { Items.Count: 1 } list when list.Items[0].End is null && list.Items[0].Start.Text.IndexOf('.') < 0 => list.Items[0].Start.Text,
            QuantitySyntax { Unit: null, PerYear: false } number when number.IsWholeNumber => number.Digits,
            _ => MismatchText(value, Phrase.Of("a priority (a word of the plan's scale such as high, or a number)", "en prioritet (ett ord på planens skala, t.ex. 'high', eller ett tal)"), "priority high"),
        };

        private void RejectYearAndNote(MeasureSyntax measure)
        {
            if (measure.Year is not null)
            {
                Report(measure.Year.Span, Diagnose.YearOnMeasure(measure.Keyword.Text));
            }

            if (measure.Note is not null)
            {
                Report(measure.Note.Span, Diagnose.NoteOnMeasure(measure.Keyword.Text));
            }
        }

        private Cost? BindCost(CostSyntax cost)
        {
            var amount = Money(cost.Amount, out var perYear);
            var per = CostUnits(cost.Per);
            if (perYear && !per.Contains(CostUnit.Year))
            {
                per.Add(CostUnit.Year);
            }

            CostVolume? volume = null;
            if (cost.Volume is not null)
            {
                var count = Count(cost.Volume.Count);
                var unit = Word(cost.Volume.Unit, Vocabularies.CostUnits);
                if (count is not null && unit is not null)
                {
                    volume = new CostVolume(count.Value, unit.Value, cost.Volume.PerYear);
                }
            }

            var years = cost.Years is null ? null : Years(cost.Years);
            return amount is null ? null : _map.Add(new Cost(amount.Value, cost.Bound?.Value ?? Comparison.Exactly, per.ToValueList(), volume, years), cost);
        }

        /// <summary>The units of the "per …" of a cost or funding source; a unit given twice would count twice over (SP1024).</summary>
        private List<CostUnit> CostUnits(IEnumerable<NameSyntax> names)
        {
            var units = new List<CostUnit>();
            foreach (var name in names)
            {
                if (Word(name, Vocabularies.CostUnits) is not { } unit)
                {
                    continue;
                }

                if (units.Contains(unit))
                {
                    Report(name.Span, Diagnose.UnitGivenTwice("per " + name.Text));
                    continue;
                }

                units.Add(unit);
            }

            return units;
        }

        private IEnumerable<FundingSource> BindFunding(FundingSyntax funding)
        {
            foreach (var item in funding.Items)
            {
                var funder = Resolve(item.Funder, SymbolKind.Funder);
                Percent? share = null;
                Money? amount = null;
                var per = CostUnits(item.Per);
                foreach (var value in item.Values)
                {
                    if (value is QuantitySyntax { Unit: "%" } && share is null)
                    {
                        share = Percent(value);
                    }
                    else if (value is QuantitySyntax { Unit: "kr" } && amount is null)
                    {
                        amount = Money(value, out var perYear);
                        if (perYear && !per.Contains(CostUnit.Year))
                        {
                            per.Add(CostUnit.Year);
                        }
                    }
                    else
                    {
                        Mismatch(value, share is not null || amount is not null ? Phrase.Of("at most one share and one amount per funder", "högst en andel och ett belopp per finansiär") : Phrase.Of("a share in % or an amount in kr", "en andel i % eller ett belopp i kr"), "RegionJH 50 %");
                    }
                }

                var years = item.Years is null ? null : Years(item.Years);
                if (funder is not null)
                {
                    yield return _map.Add(new FundingSource(funder, share, amount, per.ToValueList(), years), item);
                }
            }
        }

        private JustifiedException? BindException(ExceptionSyntax exception)
        {
            var id = exception.RuleId.Text;
            if (DiagnosticCatalog.Find(id) is not { } rule || !DiagnosticCatalog.IsSuppressible(rule))
            {
                var family = DiagnosticCatalog.All.Where(DiagnosticCatalog.IsSuppressible).Select(candidate => candidate.Id)
                    .Where(candidate => id.Length >= 3 && candidate.StartsWith(id.Substring(0, 3), System.StringComparison.Ordinal));
                Report(exception.RuleId.Span, Diagnose.UnknownRuleInException(id, isRule: DiagnosticCatalog.Find(id) is not null, didYouMean: Parsing.Suggestions.Closest(id, family)));
                return null;
            }

            Record(new RuleKey(rule.Id), exception.RuleId.Span);
            return _map.Add(new JustifiedException(id, exception.Reason.Value), exception);
        }
    }
}
