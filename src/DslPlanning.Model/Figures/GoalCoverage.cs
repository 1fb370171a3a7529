using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Model.Figures
{
    /// <summary>Which goals and areas the actions of a set of plans serve.</summary>
    public static class GoalCoverage
    {
        /// <summary>
        /// The goals and areas that actions serve: directly, through an area with actions that serves them, or through a
        /// goal that serves them and is itself served. Proposed, example and cancelled actions serve nothing yet.
        /// </summary>
        public static HashSet<SymbolRef> Served(IReadOnlyList<ServicePlan> plans) => Served(plans.Select(Contribution).ToList());

        /// <summary>The same, from each plan's <see cref="Contribution"/> (a tool keeps them per plan and recomputes only a changed plan's).</summary>
        public static HashSet<SymbolRef> Served(IReadOnlyList<CoverageContribution> contributions)
        {
            var served = new HashSet<SymbolRef>();
            foreach (var contribution in contributions)
            {
                served.UnionWith(contribution.Served);
            }

            // Goals pass being served on along their own 'serves': a walk from the served goals, each goal taken once.
            var goalServes = new Dictionary<SymbolRef, List<ValueList<SymbolRef>>>();
            foreach (var (reference, serves) in contributions.SelectMany(contribution => contribution.GoalServes))
            {
                if (!goalServes.TryGetValue(reference, out var list))
                {
                    goalServes.Add(reference, list = new List<ValueList<SymbolRef>>());
                }

                list.Add(serves);
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

        /// <summary>What one plan adds to the goals served: what its actions and areas with actions serve, and its goals' own 'serves'.</summary>
        public static CoverageContribution Contribution(ServicePlan plan)
        {
            var served = new List<SymbolRef>();
            foreach (var action in plan.AllActions.Where(Counts))
            {
                served.AddRange(action.Serves);
            }

            foreach (var area in plan.Areas.Where(area => area.Actions.Any(Counts)))
            {
                served.AddRange(area.Serves);
                served.Add(plan.Ref(area.Name));
            }

            return new CoverageContribution(
                served.ToValueList(),
                plan.AllGoals.Select(goal => (plan.Ref(goal.Name), goal.Serves)).ToValueList());
        }

        private static bool Counts(PlanAction action) => action.Status.CountsAsPlanned();
    }

    /// <summary>
    /// One plan's part in <see cref="GoalCoverage"/>: what it serves directly, and each goal with what it serves. Equal
    /// contributions give equal coverage, so a plan edited without changing them leaves the goals served as they were.
    /// </summary>
    public sealed record CoverageContribution(ValueList<SymbolRef> Served, ValueList<(SymbolRef Goal, ValueList<SymbolRef> Serves)> GoalServes);
}
