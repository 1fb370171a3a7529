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
            if (plan.Period is not { } period)
            {
                context.Report(DiagnosticCatalog.PlanWithoutPeriod, plan, context.NameSpan(plan), plan.Name);
            }
            else if (context.Options.AsOf is { } asOf && asOf.Year > period.End)
            {
                context.Report(DiagnosticCatalog.PlanNotCurrent, plan, context.StatementSpan(plan, "period"), plan.Name, period.ToString(), asOf.ToString());
            }

            if (plan.Kind == PlanKind.Municipal && plan.ReviewIntervalYears is null)
            {
                context.Report(DiagnosticCatalog.NoReviewSchedule, plan, context.NameSpan(plan), plan.Name);
            }
        }
    }
}
