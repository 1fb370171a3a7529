using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// Goals are served by actions, and actions serve goals. A goal counts as served when an action of any plan compiled
    /// together serves it, when an area that serves it has actions, or when a served goal serves it. In municipal and
    /// annual plans an unserved goal is a gap (warning); in regional and national programmes it is a fact for the follow-up
    /// (information), since their goals are served by plans that may not be compiled together with them.
    /// </summary>
    public sealed class GoalCoverageRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.GoalNotServed, DiagnosticCatalog.ProgrammeGoalNotServed, DiagnosticCatalog.ActionServesNoGoal,
        };

        public override void Check(RuleContext context)
        {
            var plan = context.Model;
            foreach (var goal in plan.AllGoals.Where(goal => !context.Compilation.IsServed(plan.Ref(goal.Name))))
            {
                var what = goal.Title ?? goal.Name;
                if (plan.Kind is PlanKind.Municipal or PlanKind.Annual)
                {
                    context.Report(goal, context.NameSpan(goal), Diagnose.GoalNotServed(goal.Name, title: what));
                }
                else
                {
                    context.Report(goal, context.NameSpan(goal), Diagnose.ProgrammeGoalNotServed(goal.Name, plan.Name, title: what));
                }
            }

            foreach (var area in plan.Areas.Select(area => (Area?)area).Append(null))
            {
                var actions = area is null ? plan.Actions : area.Actions;
                var areaServes = area is not null && (area.Goals.Count > 0 || area.Serves.Count > 0);
                foreach (var action in actions.Where(action => action.Serves.Count == 0 && !areaServes && action.Status is ActionStatus.Planned or ActionStatus.Ongoing))
                {
                    context.Report(action, context.NameSpan(action), Diagnose.ActionServesNoGoal(action.Name));
                }
            }
        }
    }
}
