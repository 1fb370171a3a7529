using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// A plan that runs on after its actions have ended has no action plan for the years left. On the configured as-of date
    /// (DslPlanningAsOf, never the clock), a current municipal or regional plan whose planned actions all end before the
    /// as-of year is reported. An action runs in its own years, else in the years of the plan's action plan
    /// (<c>action-plan</c>), else with the plan (<see cref="ServicePlan.YearsOf"/>), which keeps the plan covered.
    /// </summary>
    public sealed class ActionPlanEndRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.ActionPlanEnded };

        public override void Check(RuleContext context)
        {
            var plan = context.Model;
            if (plan.Kind is not (PlanKind.Municipal or PlanKind.Regional) || plan.EffectivePeriod is not { } period
                || context.Options.AsOf is not { } asOf || !period.Contains(asOf.Year))
            {
                return;
            }

            var actions = plan.AllActions.Where(action => action.Status.CountsAsPlanned()).ToList();
            if (actions.Count == 0)
            {
                return;
            }

            var end = actions.Max(action => (plan.YearsOf(action) ?? period).End);
            if (end < asOf.Year)
            {
                context.Report(plan, context.StatementSpan(plan, "period"), Diagnose.ActionPlanEnded(plan.Name, end, period, asOf));
            }
        }
    }
}
