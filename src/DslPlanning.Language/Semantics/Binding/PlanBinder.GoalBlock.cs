using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>
        /// What the header and statements of a goal have bound so far; one method per statement of <c>GoalStatements</c>.
        /// Baselines, targets and actuals are collected and bound together, since they must share one unit.
        /// </summary>
        internal sealed class GoalBlock : BlockBinding
        {
            private readonly List<SymbolRef> _serves = new();
            private readonly List<SymbolRef> _owners = new();
            private Goal _goal;

            public GoalBlock(PlanBinder binder, DeclarationSyntax declaration)
                : base(binder)
            {
                _goal = new Goal
                {
                    Name = declaration.Name.Text,
                    Title = declaration.Title?.Value,
                    Kind = declaration.Word is null ? null : binder.Word(declaration.Word, Vocabularies.GoalKinds),
                };
                Once = new Once(binder, KindNouns.BeforeName(SymbolKind.Goal) + " " + declaration.Name.Text);
            }

            public Once Once { get; }

            /// <summary>The baselines, targets and actuals, in the order they stand.</summary>
            public List<MeasureSyntax> Measures { get; } = new();

            /// <summary>A header clause <c>serves …</c>: bound even when given twice (SP1009 is reported).</summary>
            public void Clause(ClauseSyntax clause)
            {
                Once.First(clause.Keyword);
                _serves.AddRange(Binder.References(clause.Value, allowRanges: true, Objectives));
            }

            /// <summary><c>indicator "…" [baseline …] [target …]</c>: its baseline and target count as the statements of that name.</summary>
            public void Indicator(IndicatorSyntax indicator)
            {
                _goal = _goal with { Indicator = indicator.Text.Value };
                foreach (var measure in new[] { indicator.Baseline, indicator.Target })
                {
                    if (measure is not null && Once.First(measure.Keyword))
                    {
                        Measures.Add(measure);
                    }
                }
            }

            public void Measure(MeasureSyntax measure) => Measures.Add(measure);

            public void Serves(ValueStatementSyntax serves) => _serves.AddRange(Binder.References(serves.Value, allowRanges: true, Objectives));

            public void Owner(ValueStatementSyntax owner) => _owners.AddRange(Binder.References(owner.Value, allowRanges: false, SymbolKind.Actor));

            public void Description(ValueStatementSyntax description) => _goal = _goal with { Description = Binder.Text(description.Value) };

            /// <summary>Sets a bound baseline or target (bound together with the actuals, after the statements).</summary>
            public void Set(System.Func<Goal, Goal> change) => _goal = change(_goal);

            public Goal Build(IEnumerable<Measurement> actuals) => _goal with
            {
                Serves = _serves.ToValueList(),
                Owners = _owners.ToValueList(),
                Actuals = actuals.ToValueList(),
                Notes = Notes,
                Exceptions = Exceptions,
            };
        }
    }
}
