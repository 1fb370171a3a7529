using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
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
            var area = new AreaBlock(this, declaration);
            foreach (var clause in declaration.Clauses)
            {
                area.Clause(clause.Keyword, clause.Value);
            }

            BindStatements(AreaStatements.Table, area, declaration.Body, area.Once);
            var bound = area.Build();
            Adopt(bound, bound.Goals.Cast<object>().Concat(bound.Actions).Concat(bound.Funding).Concat(bound.Exceptions));
            return _map.Add(bound, declaration);
        }

        /// <summary>An area's rank: a whole number from 1.</summary>
        private int? Rank(ValueSyntax? value)
        {
            if (value is QuantitySyntax { Unit: null, PerYear: false } number && number.IsWholeNumber && number.Value >= 1)
            {
                return WithinBounds(number, QuantityUnit.Count) ? (int)number.Value : null;
            }

            Mismatch(value, Phrase.Of("a rank (a whole number, 1 for the first priority)", "en rang (ett heltal, 1 för den första prioriteten)"), "priority 1");
            return null;
        }

        private Goal BindGoal(DeclarationSyntax declaration)
        {
            var goal = new GoalBlock(this, declaration);
            foreach (var clause in declaration.Clauses)
            {
                goal.Clause(clause);
            }

            BindStatements(GoalStatements.Table, goal, declaration.Body, goal.Once);
            var actuals = new List<Measurement>();
            QuantityUnit? unit = null;
            foreach (var measure in goal.Measures)
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
                    Mismatch(measure.Value, Phrase.Of("a value in the same unit as the goal's other values (", "ett värde i samma enhet som målets övriga värden (") + UnitName(unit.Value) + ")", ExampleOf(unit.Value));
                    continue;
                }

                // A target may be reached by a day (senast 2025-12-31); the other values are a year's.
                var byDay = measure.Keyword.Text == "target" && measure.Year is DateSyntax;
                var by = byDay ? Date(measure.Year) : null;
                var year = measure.Year is null ? null : byDay ? by?.Year : Year(measure.Year);
                var comparison = measure.Comparison?.Value ?? Comparison.Exactly;
                switch (measure.Keyword.Text)
                {
                    case "baseline":
                        var baseline = _map.Add(new Measurement(value.Value, year, measure.Note?.Value, comparison), measure);
                        goal.Set(bound => bound with { Baseline = baseline });
                        break;
                    case "target":
                        var target = _map.Add(new GoalTarget(comparison, value.Value, year, by), measure);
                        goal.Set(bound => bound with { Target = target });
                        goal.AddNote(measure.Note?.Value);
                        break;
                    case "actual":
                        actuals.Add(_map.Add(new Measurement(value.Value, year, measure.Note?.Value, comparison), measure));
                        break;
                    default:
                        ReportNotBound(measure.Keyword, GoalStatements.Table.Description);
                        break;
                }
            }

            var bound = goal.Build(actuals);
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

        private static Phrase UnitName(QuantityUnit unit) => unit switch
        {
            QuantityUnit.Kronor => "kr",
            QuantityUnit.Kilometres => "km",
            QuantityUnit.Percent => "%",
            QuantityUnit.HoursPerWeek => "h/week",
            QuantityUnit.Years => Phrase.Of("years", "år"),
            _ => Phrase.Of("a plain number", "ett tal utan enhet"),
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
