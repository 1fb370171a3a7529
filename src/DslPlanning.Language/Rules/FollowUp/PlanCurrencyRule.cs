using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// A plan has a period; a municipal plan a review schedule; and on the configured as-of date (DslPlanningAsOf, never
    /// the clock) a plan whose period has ended is no longer current.
    /// </summary>
    public sealed class PlanCurrencyRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.NoReviewSchedule, DiagnosticCatalog.PlanNotCurrent, DiagnosticCatalog.PlanWithoutPeriod,
        };

        public override void Check(RuleContext context)
        {
            var plan = context.Model;
            // A plan in force from a day, its end not yet decided, states when it holds; an extension moves the end.
            if (plan.EffectivePeriod is not { } period)
            {
                if (plan.InForce is null)
                {
                    context.Report(plan, context.NameSpan(plan), Diagnose.PlanWithoutPeriod(plan.Name));
                }
            }
            else if (context.Options.AsOf is { } asOf && asOf.Year > period.End)
            {
                context.Report(plan, context.StatementSpan(plan, "period"), Diagnose.PlanNotCurrent(plan.Name, period, asOf));
            }

            if (plan.Kind == PlanKind.Municipal && plan.ReviewIntervalYears is null)
            {
                context.Report(plan, context.NameSpan(plan), Diagnose.NoReviewSchedule(plan.Name));
            }
        }
    }
}
