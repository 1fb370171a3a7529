using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// A target is reached by a year and a baseline is measured in one: without the year, the follow-up cannot say whether
    /// the goal was met, or what it started from. A target per year (<c>target 15 per year</c>) holds in every year.
    /// </summary>
    public sealed class MeasurementYearRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.MeasurementWithoutYear };

        public override void Check(RuleContext context)
        {
            foreach (var goal in context.Model.AllGoals)
            {
                if (goal.Baseline is { Year: null } baseline)
                {
                    context.Report(goal, context.Plan.Map.NameSpan(baseline, context.NameSpan(goal)), Diagnose.MeasurementWithoutYear(target: false, goal.Name, baseline.Comparison, baseline.Value));
                }

                if (goal.Target is { Year: null } target && !target.Value.PerYear)
                {
                    context.Report(goal, context.Plan.Map.NameSpan(target, context.NameSpan(goal)), Diagnose.MeasurementWithoutYear(target: true, goal.Name, target.Comparison, target.Value));
                }
            }
        }
    }
}
