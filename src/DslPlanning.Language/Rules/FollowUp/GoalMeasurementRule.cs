using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// Goals can be followed up: an output, result or effect goal has a target (warning); a plain goal has at least an
    /// indicator (information); targets fall within the plan period (warning).
    /// </summary>
    public sealed class GoalMeasurementRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.GoalWithoutTarget, DiagnosticCatalog.GoalWithoutIndicator, DiagnosticCatalog.TargetOutsidePeriod,
        };

        public override void Check(RuleContext context)
        {
            foreach (var goal in context.Model.AllGoals)
            {
                if (goal.Kind is { } kind && goal.Target is null)
                {
                    context.Report(goal, context.NameSpan(goal), Diagnose.GoalWithoutTarget(goal.Name, kind, hasIndicator: goal.Indicator is not null));
                }
                else if (goal.Kind is null && goal.Target is null && goal.Indicator is null)
                {
                    context.Report(goal, context.NameSpan(goal), Diagnose.GoalWithoutIndicator(goal.Name));
                }

                if (goal.Target?.Year is { } year && context.Model.EffectivePeriod is { } period && !period.Contains(year))
                {
                    context.Report(goal, context.Plan.Map.NameSpan(goal.Target, context.NameSpan(goal)), Diagnose.TargetOutsidePeriod(goal.Name, year, period));
                }
            }
        }
    }
}
