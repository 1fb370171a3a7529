using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>Priority areas and their goals.</summary>
    internal sealed partial class PlanBinder
    {
        private Area BindArea(DeclarationSyntax declaration)
        {
            var once = new Once(this, "area " + declaration.Name.Text);
            var area = new Area { Name = declaration.Name.Text, Title = declaration.Title?.Value };
            var serves = new List<SymbolRef>();
            var owners = new List<SymbolRef>();
            var funding = new List<FundingSource>();
            var goals = new List<Goal>();
            var actions = new List<PlanAction>();
            var notes = new List<string>();
            var exceptions = new List<JustifiedException>();

            foreach (var clause in declaration.Clauses)
            {
                BindAreaClause(clause.Keyword, clause.Value);
            }

            foreach (var statement in declaration.Body)
            {
                switch (statement)
                {
                    case DeclarationSyntax { Keyword.Text: "goal" } goal:
                        goals.Add(BindGoal(goal));
                        break;
                    case DeclarationSyntax { Keyword.Text: "action" } action:
                        actions.Add(BindAction(action));
                        break;
                    case FundingSyntax sources:
                        funding.AddRange(BindFunding(sources));
                        break;
                    case ExceptionSyntax exception:
                        AddIfBound(exceptions, BindException(exception));
                        break;
                    case ValueStatementSyntax value:
                        switch (value.Keyword.Text)
                        {
                            case "priority":
                            case "serves":
                                BindAreaClause(value.Keyword, value.Value);
                                break;
                            case "owner":
                                owners.AddRange(References(value.Value, allowRanges: false, SymbolKind.Actor));
                                break;
                            case "description" when once.First(value.Keyword):
                                area = area with { Description = Text(value.Value) };
                                break;
                            case "note":
                                AddIfBound(notes, Text(value.Value));
                                break;
                        }

                        break;
                }
            }

            var bound = area with
            {
                Serves = serves.ToValueList(),
                Owners = owners.ToValueList(),
                Funding = funding.ToValueList(),
                Goals = goals.ToValueList(),
                Actions = actions.ToValueList(),
                Notes = notes.ToValueList(),
                Exceptions = exceptions.ToValueList(),
            };
            Adopt(bound, bound.Goals.Cast<object>().Concat(bound.Actions).Concat(bound.Funding).Concat(bound.Exceptions));
            return _map.Add(bound, declaration);

            void BindAreaClause(NameSyntax keyword, ValueSyntax? value)
            {
                if (!once.First(keyword))
                {
                    return;
                }

                if (keyword.Text == "priority")
                {
                    area = area with { Rank = Rank(value) };
                }
                else
                {
                    serves.AddRange(References(value, allowRanges: true, Objectives));
                }
            }
        }

        /// <summary>An area's rank: a whole number from 1.</summary>
        private int? Rank(ValueSyntax? value)
        {
            if (value is QuantitySyntax { Unit: null, PerYear: false } number && number.IsWholeNumber && number.Value >= 1)
            {
                return WithinBounds(number, QuantityUnit.Count) ? (int)number.Value : null;
            }

            Mismatch(value, "a rank (a whole number, 1 for the first priority)", "priority 1");
            return null;
        }

        private Goal BindGoal(DeclarationSyntax declaration)
        {
            var once = new Once(this, "goal " + declaration.Name.Text);
            var goal = new Goal
            {
                Name = declaration.Name.Text,
                Title = declaration.Title?.Value,
                Kind = declaration.Word is null ? null : Word(declaration.Word, Vocabularies.GoalKinds),
            };
            var serves = new List<SymbolRef>();
            var owners = new List<SymbolRef>();
            var actuals = new List<Measurement>();
            var notes = new List<string>();
            var measures = new List<MeasureSyntax>();
            var exceptions = new List<JustifiedException>();

            foreach (var clause in declaration.Clauses)
            {
                once.First(clause.Keyword);
                serves.AddRange(References(clause.Value, allowRanges: true, Objectives));
            }

            foreach (var statement in declaration.Body)
            {
                switch (statement)
                {
                    case IndicatorSyntax indicator when once.First(indicator.Keyword):
                        goal = goal with { Indicator = indicator.Text.Value };
                        AddIfBound(measures, indicator.Baseline);
                        AddIfBound(measures, indicator.Target);
                        break;
                    case MeasureSyntax measure:
                        measures.Add(measure);
                        break;
                    case ExceptionSyntax exception:
                        AddIfBound(exceptions, BindException(exception));
                        break;
                    case ValueStatementSyntax value:
                        switch (value.Keyword.Text)
                        {
                            case "serves" when once.First(value.Keyword):
                                serves.AddRange(References(value.Value, allowRanges: true, Objectives));
                                break;
                            case "owner":
                                owners.AddRange(References(value.Value, allowRanges: false, SymbolKind.Actor));
                                break;
                            case "description" when once.First(value.Keyword):
                                goal = goal with { Description = Text(value.Value) };
                                break;
                            case "note":
                                AddIfBound(notes, Text(value.Value));
                                break;
                        }

                        break;
                }
            }

            QuantityUnit? unit = null;
            foreach (var measure in measures)
            {
                var value = Measure(measure.Value);
                if (value is null)
                {
                    continue;
                }

                if (unit is null)
                {
                    unit = value.Value.Unit;
                }
                else if (unit != value.Value.Unit)
                {
                    Mismatch(measure.Value, "a value in the same unit as the goal's other values (" + UnitName(unit.Value) + ")", ExampleOf(unit.Value));
                    continue;
                }

                var year = measure.Year is null ? null : Year(measure.Year);
                var comparison = measure.Comparison?.Value ?? Comparison.Exactly;
                switch (measure.Keyword.Text)
                {
                    case "baseline" when once.First(measure.Keyword):
                        goal = goal with { Baseline = _map.Add(new Measurement(value.Value, year, measure.Note?.Value, comparison), measure) };
                        break;
                    case "target" when once.First(measure.Keyword):
                        goal = goal with { Target = _map.Add(new GoalTarget(comparison, value.Value, year), measure) };
                        AddIfBound(notes, measure.Note?.Value);
                        break;
                    case "actual":
                        actuals.Add(_map.Add(new Measurement(value.Value, year, measure.Note?.Value, comparison), measure));
                        break;
                }
            }

            var bound = goal with
            {
                Serves = serves.ToValueList(),
                Owners = owners.ToValueList(),
                Actuals = actuals.ToValueList(),
                Notes = notes.ToValueList(),
                Exceptions = exceptions.ToValueList(),
            };
            Adopt(bound, bound.Exceptions);
            return _map.Add(bound, declaration);
        }

        /// <summary>Records <paramref name="parent"/> as the parent of each of <paramref name="children"/>.</summary>
        private void Adopt(object parent, IEnumerable<object> children)
        {
            foreach (var child in children)
            {
                _map.AddParent(child, parent);
            }
        }

        private static string UnitName(QuantityUnit unit) => unit switch
        {
            QuantityUnit.Kronor => "kr",
            QuantityUnit.Kilometres => "km",
            QuantityUnit.Percent => "%",
            QuantityUnit.HoursPerWeek => "h/week",
            QuantityUnit.Years => "years",
            _ => "a plain number",
        };

        private static string ExampleOf(QuantityUnit unit) => unit switch
        {
            QuantityUnit.Kronor => "50 000 kr",
            QuantityUnit.Kilometres => "12 km",
            QuantityUnit.Percent => "80 %",
            QuantityUnit.HoursPerWeek => "45 h/week",
            QuantityUnit.Years => "3 years",
            _ => "15",
        };
    }
}
