using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>What the statements of a plan's block have bound so far; one method per statement of <c>PlanStatements</c>.</summary>
        internal sealed class PlanBlock : BlockBinding
        {
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
            private readonly List<string> _priorities = new();
            private readonly List<SymbolRef> _preparedBy = new();
            private readonly List<SymbolRef> _revisionOwners = new();
            private ValueStatementSyntax? _extendedTo;
            private ValueStatementSyntax? _actionPlan;
            private ServicePlan _plan;

            public PlanBlock(PlanBinder binder, ServicePlan plan)
                : base(binder)
            {
                _plan = plan;
            }

            public void Owner(ValueStatementSyntax owner) => _plan = _plan with { Owner = Binder.SingleReference(owner, SymbolKind.Actor) };

            public void Period(ValueStatementSyntax period) => _plan = _plan with { Period = Binder.Years(period.Value) };

            public void InForce(ValueStatementSyntax inForce) => _plan = _plan with { InForce = Binder.Date(inForce.Value) };

            public void ExtendedTo(ValueStatementSyntax extendedTo)
            {
                _plan = _plan with { ExtendedTo = Binder.Year(extendedTo.Value) };
                _extendedTo = extendedTo;
            }

            public void ActionPlan(ValueStatementSyntax actionPlan)
            {
                _plan = _plan with { ActionPlanYears = Binder.Years(actionPlan.Value) };
                _actionPlan = actionPlan;
            }

            public void Review(ReviewSyntax review) => _plan = _plan with { ReviewIntervalYears = Binder.Interval(review.Interval) };

            public void Revision(ValueStatementSyntax revision) => _plan = _plan with { RevisionStart = Binder.Year(revision.Value) };

            public void Report(ReportSyntax report) => _reporting.Add(Binder.BindReport(report));

            public void Adopted(ValueStatementSyntax adopted) => _plan = _plan with { Adopted = Binder.Date(adopted.Value) };

            public void AdoptedBy(ValueStatementSyntax adoptedBy) => _plan = _plan with { AdoptedBy = Binder.SingleReference(adoptedBy, SymbolKind.Actor) };

            public void Paragraph(ValueStatementSyntax paragraph) => _plan = _plan with { MinuteParagraph = Binder.Text(paragraph.Value) };

            public void DiaryNumber(ValueStatementSyntax diaryNumber) => _plan = _plan with { DiaryNumber = Binder.Text(diaryNumber.Value) };

            public void PreparedBy(ValueStatementSyntax preparedBy) => _preparedBy.AddRange(Binder.References(preparedBy.Value, allowRanges: false, SymbolKind.Actor));

            public void RevisionOwner(ValueStatementSyntax revisionOwner) => _revisionOwners.AddRange(Binder.References(revisionOwner.Value, allowRanges: false, SymbolKind.Actor));

            public void Follows(ValueStatementSyntax follows) => _follows.AddRange(Binder.Plans(follows.Value));

            public void Source(ValueStatementSyntax source) => _plan = _plan with { Source = Binder.Text(source.Value) };

            public void Aim(ValueStatementSyntax aim) => _plan = _plan with { Aim = Binder.Text(aim.Value) };

            public void Purpose(ValueStatementSyntax purpose) => _plan = _plan with { Purpose = Binder.Text(purpose.Value) };

            public void Scope(ValueStatementSyntax scope) => _plan = _plan with { Scope = Binder.Text(scope.Value) };

            public void Indicator(IndicatorSyntax indicator)
            {
                _indicators.Add(indicator.Text.Value);
                if (indicator.Baseline is not null || indicator.Target is not null)
                {
                    Binder.Report((indicator.Baseline ?? indicator.Target)!.Span, Diagnose.ValuesOnPlanIndicator());
                }
            }

            public void Excerpt(ValueStatementSyntax excerpt) => _plan = _plan with { Excerpt = Binder.Text(excerpt.Value) };

            public void Description(ValueStatementSyntax description) => _plan = _plan with { Description = Binder.Text(description.Value) };

            public void Priorities(ValueStatementSyntax priorities) => _priorities.AddRange(Binder.SimpleNames(priorities.Value));

            public void Level(DeclarationSyntax level) => _levels.Add(Binder.BindLevel(level));

            public void Actor(DeclarationSyntax actor) => _actors.Add(Binder.BindActor(actor));

            public void Funder(DeclarationSyntax funder) => _funders.Add(Binder.BindFunder(funder));

            public void Place(DeclarationSyntax place) => _places.Add(Binder.BindPlace(place));

            public void Area(DeclarationSyntax area) => _areas.Add(Binder.BindArea(area));

            public void Goal(DeclarationSyntax goal) => _goals.Add(Binder.BindGoal(goal));

            public void Action(DeclarationSyntax action) => _actions.Add(Binder.BindAction(action));

            public void Scheme(DeclarationSyntax scheme) => AddIfBound(_schemes, Binder.BindScheme(scheme));

            public ServicePlan Build()
            {
                CheckYears();
                return _plan with
                {
                    PreparedBy = _preparedBy.Distinct().ToValueList(),
                    RevisionOwners = _revisionOwners.Distinct().ToValueList(),
                    Exceptions = Exceptions,
                    Follows = _follows.ToValueList(),
                    Reporting = _reporting.ToValueList(),
                    Indicators = _indicators.ToValueList(),
                    Notes = Notes,
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

            /// <summary>SP1026 and SP1027: an extension must lengthen the period, and the action plan lie within it.</summary>
            private void CheckYears()
            {
                if (_extendedTo is not null && _plan.ExtendedTo is { } end && !(_plan.Period is { } period && end > period.End))
                {
                    Binder.Report(_extendedTo.Value!.Span, Diagnose.ExtensionNotAfterPeriod(end, _plan.Period));
                }

                if (_actionPlan is not null && _plan.ActionPlanYears is { } years && _plan.EffectivePeriod is { } runs && !runs.Contains(years))
                {
                    Binder.Report(_actionPlan.Value!.Span, Diagnose.ActionPlanOutsidePeriod(years, runs));
                }
            }
        }
    }
}
