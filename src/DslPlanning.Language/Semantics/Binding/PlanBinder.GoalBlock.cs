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
        internal sealed class GoalBlock
        {
            private readonly PlanBinder _binder;
            private readonly List<SymbolRef> _serves = new();
            private readonly List<SymbolRef> _owners = new();
            private readonly List<string> _notes = new();
            private readonly List<JustifiedException> _exceptions = new();
            private Goal _goal;

            public GoalBlock(PlanBinder binder, DeclarationSyntax declaration)
            {
                _binder = binder;
                _goal = new Goal
                {
                    Name = declaration.Name.Text,
                    Title = declaration.Title?.Value,
                    Kind = declaration.Word is null ? null : binder.Word(declaration.Word, Vocabularies.GoalKinds),
                };
                Once = new Once(binder, "goal " + declaration.Name.Text);
            }

            public Once Once { get; }

            /// <summary>The baselines, targets and actuals, in the order they stand.</summary>
            public List<MeasureSyntax> Measures { get; } = new();

            /// <summary>A header clause <c>serves …</c>: bound even when given twice (SP1009 is reported).</summary>
            public void Clause(ClauseSyntax clause)
            {
                Once.First(clause.Keyword);
                _serves.AddRange(_binder.References(clause.Value, allowRanges: true, Objectives));
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

            public void Serves(ValueStatementSyntax serves) => _serves.AddRange(_binder.References(serves.Value, allowRanges: true, Objectives));

            public void Owner(ValueStatementSyntax owner) => _owners.AddRange(_binder.References(owner.Value, allowRanges: false, SymbolKind.Actor));

            public void Description(ValueStatementSyntax description) => _goal = _goal with { Description = _binder.Text(description.Value) };

            public void Exception(ExceptionSyntax exception) => AddIfBound(_exceptions, _binder.BindException(exception));

            public void Note(ValueStatementSyntax note) => AddIfBound(_notes, _binder.Text(note.Value));

            /// <summary>A bound baseline or target, or a note from a target.</summary>
            public void Set(System.Func<Goal, Goal> change) => _goal = change(_goal);

            public void AddNote(string? note) => AddIfBound(_notes, note);

            public Goal Build(IEnumerable<Measurement> actuals) => _goal with
            {
                Serves = _serves.ToValueList(),
                Owners = _owners.ToValueList(),
                Actuals = actuals.ToValueList(),
                Notes = _notes.ToValueList(),
                Exceptions = _exceptions.ToValueList(),
            };
        }
    }
}
