using System.Collections.Generic;
using System.Globalization;
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
                    context.Report(DiagnosticCatalog.GoalWithoutTarget, goal, context.NameSpan(goal), goal.Name, KindText(kind), goal.Indicator is null ? "neither a target nor an indicator" : "no target");
                }
                else if (goal.Kind is null && goal.Target is null && goal.Indicator is null)
                {
                    context.Report(DiagnosticCatalog.GoalWithoutIndicator, goal, context.NameSpan(goal), goal.Name);
                }

                if (goal.Target?.Year is { } year && context.Model.Period is { } period && !period.Contains(year))
                {
                    context.Report(DiagnosticCatalog.TargetOutsidePeriod, goal, context.Plan.Map.NameSpan(goal.Target, context.NameSpan(goal)),
                        goal.Name, year.ToString(CultureInfo.InvariantCulture), period.ToString());
                }
            }
        }

        private static string KindText(GoalKind kind) => kind switch
        {
            GoalKind.Output => "an output goal (insatsmål)",
            GoalKind.Result => "a result goal (resultatmål)",
            _ => "an effect goal (effektmål)",
        };
    }
}
