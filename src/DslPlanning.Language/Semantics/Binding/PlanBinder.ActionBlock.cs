using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>What the header and statements of an action have bound so far; one method per statement of <c>ActionStatements</c>.</summary>
        internal sealed class ActionBlock : BlockBinding
        {
            private readonly List<SymbolRef> _serves = new();
            private readonly List<SymbolRef> _owners = new();
            private readonly List<SymbolRef> _consulted = new();
            private readonly List<SymbolRef> _partners = new();
            private readonly List<SymbolRef> _coFinanciers = new();
            private readonly List<ProgressRecord> _progress = new();
            private readonly List<Cost> _costs = new();
            private readonly List<FundingSource> _funding = new();
            private readonly List<SymbolRef> _places = new();
            private readonly List<SubsidyApplication> _subsidies = new();
            private PlanAction _action;

            public ActionBlock(PlanBinder binder, DeclarationSyntax declaration)
                : base(binder)
            {
                _action = new PlanAction { Name = declaration.Name.Text, Title = declaration.Title?.Value };
                Once = new Once(binder, KindNouns.BeforeName(SymbolKind.Action) + " " + declaration.Name.Text);
            }

            public Once Once { get; }

            /// <summary>A header clause: <c>priority high</c> or <c>serves …</c>, given once with the statement of that name.</summary>
            public void Clause(NameSyntax keyword, ValueSyntax? value)
            {
                if (Once.First(keyword))
                {
                    BindClause(keyword, value);
                }
            }

            public void Description(ValueStatementSyntax description) => _action = _action with { Description = Binder.Text(description.Value) };

            public void Owner(ValueStatementSyntax owner) => _owners.AddRange(Binder.References(owner.Value, allowRanges: false, SymbolKind.Actor));

            public void Period(ValueStatementSyntax period) => _action = _action with { Period = Binder.Years(period.Value) };

            public void Due(ValueStatementSyntax due) => _action = _action with { Due = Binder.Date(due.Value) };

            public void Consults(ValueStatementSyntax consults) => _consulted.AddRange(Binder.References(consults.Value, allowRanges: false, SymbolKind.Actor));

            public void Partners(ValueStatementSyntax partners) => _partners.AddRange(Binder.References(partners.Value, allowRanges: false, SymbolKind.Actor));

            public void CoFinanciers(ValueStatementSyntax coFinanciers) => _coFinanciers.AddRange(Binder.References(coFinanciers.Value, allowRanges: false, SymbolKind.Funder));

            public void Milestone(ValueStatementSyntax milestone) => _action = _action with { Milestone = Binder.Text(milestone.Value) };

            public void Status(ValueStatementSyntax status) =>
                _action = _action with { Status = Binder.Words(status.Value, Vocabularies.ActionStatuses, "proposed").FirstOrDefault() };

            public void Priority(ValueStatementSyntax priority) => BindClause(priority.Keyword, priority.Value);

            public void Serves(ValueStatementSyntax serves) => BindClause(serves.Keyword, serves.Value);

            public void Completion(MeasureSyntax completion)
            {
                var target = Binder.Percent(completion.Value);
                Binder.RejectYearAndNote(completion);
                _action = _action with { Completion = target is null ? null : Binder._map.Add(new CompletionTarget(completion.Comparison?.Value ?? Comparison.Exactly, target.Value), completion) };
            }

            public void Progress(MeasureSyntax record)
            {
                var done = Binder.Percent(record.Value);
                var year = record.Year is null ? null : Binder.Year(record.Year);
                if (record.Year is null)
                {
                    Binder.Report(record.Keyword.Span, Diagnose.ProgressWithoutYear());
                }

                if (done is not null && year is not null)
                {
                    _progress.Add(Binder._map.Add(new ProgressRecord(done.Value, year.Value, record.Note?.Value), record));
                }
            }

            public void Cost(CostSyntax cost) => AddIfBound(_costs, Binder.BindCost(cost));

            public void Funding(FundingSyntax funding) => _funding.AddRange(Binder.BindFunding(funding));

            public void Places(ValueStatementSyntax places) => _places.AddRange(Binder.References(places.Value, allowRanges: false, SymbolKind.Place));

            public void Subsidy(DeclarationSyntax subsidy) => AddIfBound(_subsidies, Binder.BindSubsidy(subsidy));

            public PlanAction Build() => _action with
            {
                Serves = _serves.Distinct().ToValueList(),
                Owners = _owners.Distinct().ToValueList(),
                Consulted = _consulted.Distinct().ToValueList(),
                Partners = _partners.Distinct().ToValueList(),
                CoFinanciers = _coFinanciers.Distinct().ToValueList(),
                Progress = _progress.ToValueList(),
                Costs = _costs.ToValueList(),
                Funding = _funding.ToValueList(),
                Places = _places.Distinct().ToValueList(),
                Subsidies = _subsidies.ToValueList(),
                Exceptions = Exceptions,
                Notes = Notes,
            };

            private void BindClause(NameSyntax keyword, ValueSyntax? value)
            {
                if (keyword.Text == "priority")
                {
                    _action = _action with { Priority = Binder.PriorityName(value) };
                }
                else
                {
                    _serves.AddRange(Binder.References(value, allowRanges: true, Objectives));
                }
            }
        }
    }
}
