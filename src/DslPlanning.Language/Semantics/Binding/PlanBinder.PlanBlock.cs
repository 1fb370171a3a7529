using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>What the statements of a plan's block have bound so far; one method per statement of <c>PlanStatements</c>.</summary>
        internal sealed class PlanBlock
        {
            private readonly PlanBinder _binder;
            private readonly List<ServiceLevel> _levels = new();
            private readonly List<Actor> _actors = new();
            private readonly List<Funder> _funders = new();
            private readonly List<Place> _places = new();
            private readonly List<Area> _areas = new();
            private readonly List<Goal> _goals = new();
            private readonly List<PlanAction> _actions = new();
            private readonly List<SubsidyScheme> _schemes = new();
            private readonly List<string> _follows = new();
            private readonly List<ReportingDuty> _reporting = new();
            private readonly List<string> _indicators = new();
            private readonly List<string> _notes = new();
            private readonly List<string> _priorities = new();
            private readonly List<JustifiedException> _exceptions = new();
            private ServicePlan _plan;

            public PlanBlock(PlanBinder binder, ServicePlan plan)
            {
                _binder = binder;
                _plan = plan;
            }

            public void Owner(ValueStatementSyntax owner) => _plan = _plan with { Owner = _binder.SingleReference(owner, SymbolKind.Actor) };

            public void Period(ValueStatementSyntax period) => _plan = _plan with { Period = _binder.Years(period.Value) };

            public void Review(ReviewSyntax review) => _plan = _plan with { ReviewIntervalYears = _binder.Interval(review.Interval) };

            public void Revision(ValueStatementSyntax revision) => _plan = _plan with { RevisionStart = _binder.Year(revision.Value) };

            public void Report(ReportSyntax report) => _reporting.Add(_binder.BindReport(report));

            public void Adopted(ValueStatementSyntax adopted) => _plan = _plan with { Adopted = _binder.Date(adopted.Value) };

            public void Follows(ValueStatementSyntax follows) => _follows.AddRange(_binder.Plans(follows.Value));

            public void Source(ValueStatementSyntax source) => _plan = _plan with { Source = _binder.Text(source.Value) };

            public void Aim(ValueStatementSyntax aim) => _plan = _plan with { Aim = _binder.Text(aim.Value) };

            public void Purpose(ValueStatementSyntax purpose) => _plan = _plan with { Purpose = _binder.Text(purpose.Value) };

            public void Scope(ValueStatementSyntax scope) => _plan = _plan with { Scope = _binder.Text(scope.Value) };

            public void Indicator(IndicatorSyntax indicator)
            {
                _indicators.Add(indicator.Text.Value);
                if (indicator.Baseline is not null || indicator.Target is not null)
                {
                    _binder.Report(DiagnosticCatalog.MissingValue, (indicator.Baseline ?? indicator.Target)!.Span, "indicator",
                        "of a plan is a text only; baselines and targets belong to goals (goal … { indicator \"…\" baseline … target … })");
                }
            }

            public void Excerpt(ValueStatementSyntax excerpt) => _plan = _plan with { Excerpt = _binder.Text(excerpt.Value) };

            public void Description(ValueStatementSyntax description) => _plan = _plan with { Description = _binder.Text(description.Value) };

            public void Note(ValueStatementSyntax note) => AddIfBound(_notes, _binder.Text(note.Value));

            public void Priorities(ValueStatementSyntax priorities) => _priorities.AddRange(_binder.SimpleNames(priorities.Value));

            public void Level(DeclarationSyntax level) => _levels.Add(_binder.BindLevel(level));

            public void Actor(DeclarationSyntax actor) => _actors.Add(_binder.BindActor(actor));

            public void Funder(DeclarationSyntax funder) => _funders.Add(_binder.BindFunder(funder));

            public void Place(DeclarationSyntax place) => _places.Add(_binder.BindPlace(place));

            public void Area(DeclarationSyntax area) => _areas.Add(_binder.BindArea(area));

            public void Goal(DeclarationSyntax goal) => _goals.Add(_binder.BindGoal(goal));

            public void Action(DeclarationSyntax action) => _actions.Add(_binder.BindAction(action));

            public void Scheme(DeclarationSyntax scheme) => AddIfBound(_schemes, _binder.BindScheme(scheme));

            public void Exception(ExceptionSyntax exception) => AddIfBound(_exceptions, _binder.BindException(exception));

            public ServicePlan Build() => _plan with
            {
                Exceptions = _exceptions.ToValueList(),
                Follows = _follows.ToValueList(),
                Reporting = _reporting.ToValueList(),
                Indicators = _indicators.ToValueList(),
                Notes = _notes.ToValueList(),
                PriorityScale = _priorities.ToValueList(),
                Levels = _levels.ToValueList(),
                Actors = _actors.ToValueList(),
                Funders = _funders.ToValueList(),
                Places = _places.ToValueList(),
                Areas = _areas.ToValueList(),
                Goals = _goals.ToValueList(),
                Actions = _actions.ToValueList(),
                Schemes = _schemes.ToValueList(),
            };
        }
    }
}
