using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Model.Figures
{
    /// <summary>Which goals and areas the actions of a set of plans serve.</summary>
    public static class GoalCoverage
    {
        /// <summary>
        /// The goals and areas that actions serve: directly, through an area with actions that serves them, or through a
        /// goal that serves them and is itself served. Proposed and cancelled actions serve nothing yet.
        /// </summary>
        public static HashSet<SymbolRef> Served(IReadOnlyList<ServicePlan> plans)
        {
            var served = new HashSet<SymbolRef>();
            foreach (var plan in plans)
            {
                foreach (var action in plan.AllActions.Where(Counts))
                {
                    served.UnionWith(action.Serves);
                }

                foreach (var area in plan.Areas.Where(area => area.Actions.Any(Counts)))
                {
                    served.UnionWith(area.Serves);
                    served.Add(plan.Ref(area.Name));
                }
            }

            var goals = plans.SelectMany(plan => plan.AllGoals.Select(goal => (Ref: plan.Ref(goal.Name), goal.Serves))).ToList();
            bool changed;
            do
            {
                changed = false;
                foreach (var goal in goals.Where(goal => served.Contains(goal.Ref)))
                {
                    foreach (var target in goal.Serves)
                    {
                        changed |= served.Add(target);
                    }
                }
            }
            while (changed);

            return served;
        }

        private static bool Counts(PlanAction action) => action.Status is not (ActionStatus.Cancelled or ActionStatus.Proposed);
    }
}
