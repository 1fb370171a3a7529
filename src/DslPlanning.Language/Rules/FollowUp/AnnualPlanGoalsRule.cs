using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// An annual action plan carries its programme's goals for its year: a goal of the programme that none of the annual
    /// plan's activities serves (directly, or through a goal of the programme that serves it) is a gap in that year's work.
    /// An output, result or effect goal measures its area as a whole, so it counts as served when the annual plan serves
    /// its area with activities.
    /// </summary>
    public sealed class AnnualPlanGoalsRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.ProgrammeGoalNotInAnnualPlan };

        public override void Check(RuleContext context)
        {
            var plan = context.Model;
            if (plan.Kind != PlanKind.Annual || plan.Period is not { } year)
            {
                return;
            }

            foreach (var elements in plan.Follows.Select(context.FindPlan).OfType<Semantics.BoundPlan>().Select(bound => bound.Elements))
            {
                var programme = elements.Plan;
                var passedOn = GoalCoverage.Contribution(programme) with { Served = ValueList<SymbolRef>.Empty };
                var served = GoalCoverage.Served(new[] { GoalCoverage.Contribution(plan), passedOn });
                var unserved = programme.AllGoals.Where(goal => !served.Contains(programme.Ref(goal.Name)) && !AreaServed(elements, goal, served))
                    .Select(goal => goal.Name)
                    .ToList();
                if (unserved.Count > 0)
                {
                    context.Report(plan, context.StatementSpan(plan, "follows"), Diagnose.ProgrammeGoalNotInAnnualPlan(plan.Name, year, programme.Name, unserved));
                }
            }
        }

        private static bool AreaServed(PlanElements programme, Goal goal, HashSet<SymbolRef> served) =>
            goal.Kind is not null && programme.AreaOfGoal(goal.Name) is { } area && served.Contains(programme.Plan.Ref(area.Name));
    }
}
