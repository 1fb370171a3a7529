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

            // Goals pass being served on along their own 'serves': a walk from the served goals, each goal taken once.
            var goalServes = new Dictionary<SymbolRef, List<ValueList<SymbolRef>>>();
            foreach (var plan in plans)
            {
                foreach (var goal in plan.AllGoals)
                {
                    var reference = plan.Ref(goal.Name);
                    if (!goalServes.TryGetValue(reference, out var serves))
                    {
                        goalServes.Add(reference, serves = new List<ValueList<SymbolRef>>());
                    }

                    serves.Add(goal.Serves);
                }
            }

            var pending = new Stack<SymbolRef>(served);
            while (pending.Count > 0)
            {
                if (!goalServes.TryGetValue(pending.Pop(), out var serves))
                {
                    continue;
                }

                foreach (var target in serves.SelectMany(list => list))
                {
                    if (served.Add(target))
                    {
                        pending.Push(target);
                    }
                }
            }

            return served;
        }

        private static bool Counts(PlanAction action) => action.Status is not (ActionStatus.Cancelled or ActionStatus.Proposed);
    }
}
