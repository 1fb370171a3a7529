using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Model.Figures
{
    /// <summary>What a plan element does not state that a planning officer expects of it.</summary>
    public enum CompletenessGap
    {
        /// <summary>An action without a responsible actor, on itself or its area.</summary>
        Owner,

        /// <summary>An action without a funding source, on itself or its area.</summary>
        Funding,

        /// <summary>An action that serves no goal, nor does its area.</summary>
        Goals,

        /// <summary>A goal without an indicator.</summary>
        Indicator,

        /// <summary>A goal without a target.</summary>
        Target,
    }

    /// <summary>An action or goal with what it lacks, in the plan's order.</summary>
    public sealed record CompletenessEntry(bool IsAction, string Name, string? Title, IReadOnlyList<CompletenessGap> Gaps);

    /// <summary>
    /// How complete a plan is as a planning officer reads it: of its actions (those not merely proposed or cancelled),
    /// how many name who is responsible, who pays, the goals they serve and their years (a period or a due date of their own); of its goals, how many have an
    /// indicator and a target; and each action and goal with what it lacks. An action's area counts for its owner, funding
    /// and goals, as in the rules. The job's summary and every report's section use these figures.
    /// </summary>
    public sealed record Completeness(
        int Actions,
        int ActionsWithOwner,
        int ActionsWithFunding,
        int ActionsWithGoals,
        int ActionsWithYears,
        int Goals,
        int GoalsWithIndicator,
        int GoalsWithTarget,
        IReadOnlyList<CompletenessEntry> Entries)
    {
        public static Completeness Of(ServicePlan plan)
        {
            var actions = new List<(PlanAction Action, List<CompletenessGap> Gaps)>();
            foreach (var (action, area) in plan.Actions.Select(action => (action, (Area?)null))
                .Concat(plan.Areas.SelectMany(area => area.Actions.Select(action => (action, (Area?)area))))
                .Where(entry => entry.action.Status.CountsAsPlanned()))
            {
                var gaps = new List<CompletenessGap>();
                if (action.Owners.Count == 0 && area is not { Owners.Count: > 0 })
                {
                    gaps.Add(CompletenessGap.Owner);
                }

                if (action.Funding.Count == 0 && area is not { Funding.Count: > 0 })
                {
                    gaps.Add(CompletenessGap.Funding);
                }

                if (action.Serves.Count == 0 && area is not { Serves.Count: > 0 } && area is not { Goals.Count: > 0 })
                {
                    gaps.Add(CompletenessGap.Goals);
                }

                actions.Add((action, gaps));
            }

            var goals = plan.AllGoals.Select(goal => (Goal: goal, Gaps: GoalGaps(goal))).ToList();
            return new Completeness(
                actions.Count,
                actions.Count(entry => !entry.Gaps.Contains(CompletenessGap.Owner)),
                actions.Count(entry => !entry.Gaps.Contains(CompletenessGap.Funding)),
                actions.Count(entry => !entry.Gaps.Contains(CompletenessGap.Goals)),
                actions.Count(entry => entry.Action.Period is not null || entry.Action.Due is not null),
                goals.Count,
                goals.Count(entry => entry.Goal.Indicator is not null),
                goals.Count(entry => entry.Goal.Target is not null),
                actions.Where(entry => entry.Gaps.Count > 0).Select(entry => new CompletenessEntry(true, entry.Action.Name, entry.Action.Title, entry.Gaps))
                    .Concat(goals.Where(entry => entry.Gaps.Count > 0).Select(entry => new CompletenessEntry(false, entry.Goal.Name, entry.Goal.Title, entry.Gaps)))
                    .ToList());
        }

        private static List<CompletenessGap> GoalGaps(Goal goal)
        {
            var gaps = new List<CompletenessGap>();
            if (goal.Indicator is null)
            {
                gaps.Add(CompletenessGap.Indicator);
            }

            if (goal.Target is null)
            {
                gaps.Add(CompletenessGap.Target);
            }

            return gaps;
        }
    }
}
