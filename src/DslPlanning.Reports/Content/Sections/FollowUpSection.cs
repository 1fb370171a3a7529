using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>Uppföljning: each goal's indicator, baseline, target and actuals with an assessment, and the actions' completion.</summary>
    internal static class FollowUpSection
    {
        public const string Id = "follow-up";

        public static Section Build(ServicePlan plan)
        {
            var blocks = new List<Block> { Goals(plan), Progress(plan) };
            if (plan.Indicators.Count > 0)
            {
                blocks.Add(new BulletList("Indikatorer för hela planen", plan.Indicators));
            }

            return new Section(Id, Labels.FollowUp, blocks.ToArray());
        }

        private static Table Goals(ServicePlan plan)
        {
            var groups = new List<(string? Group, IReadOnlyList<Goal> Goals)>();
            if (plan.Goals.Count > 0)
            {
                groups.Add((plan.Areas.Count > 0 ? Labels.OutsideAreas : null, plan.Goals));
            }

            groups.AddRange(AreasSection.Ordered(plan).Where(area => area.Goals.Count > 0).Select(area => ((string?)PlanLookup.AreaLabel(area), (IReadOnlyList<Goal>)area.Goals)));
            return new Table(
                "goals",
                "Uppföljning av mål",
                new[]
                {
                    new Column("goal", Labels.Number),
                    new Column("title", Labels.Goal),
                    new Column("kind", Labels.Kind),
                    new Column("indicator", Labels.Indicator),
                    new Column("baseline", Labels.Baseline),
                    new Column("target", Labels.Target),
                    new Column("actual", Labels.Actual),
                    new Column("assessment", Labels.Assessment),
                    new Column("comment", Labels.Comment),
                },
                groups.SelectMany(group => group.Goals.Select(goal => new Row(group.Group, new[]
                {
                    Cell.Of(goal.Name),
                    Cell.Of(goal.Title),
                    Cell.Of(goal.Kind is { } kind ? SwedishTerms.Of(kind) : null),
                    Cell.Of(goal.Indicator),
                    Cell.Of(goal.Baseline is { } baseline ? Phrases.Measurement(baseline) : null),
                    Cell.Of(goal.Target is { } target ? Phrases.Target(target) : null),
                    Cell.Of(string.Join("; ", goal.Actuals.Select(Phrases.Measurement))),
                    Cell.Of(Assess(goal)),
                    Cell.Of(string.Join(" ", new[] { goal.Description }.Concat(goal.Actuals.Select(actual => actual.Note)).OfType<string>().Concat(goal.Notes))),
                }))).ToList(),
                "Planen har inga mål.",
                Labels.Area);
        }

        private static Table Progress(ServicePlan plan) => new(
            "action-progress",
            "Genomförande av insatser",
            new[]
            {
                new Column("action", Labels.Action),
                new Column("subGoal", Labels.SubGoal),
                new Column("progress", Labels.Progress),
                new Column("status", Labels.Status),
                new Column("period", "Period", CellKind.Years),
            },
            plan.AllActions.Where(action => action.Completion is not null || action.Milestone is not null || action.Due is not null || action.Progress.Count > 0).Select(action => new Row(null, new[]
            {
                Cell.Of(action.Title ?? action.Name),
                Cell.Of(Phrases.SubGoal(action)),
                Cell.Of(string.Join("; ", action.Progress.Select(Progress))),
                Cell.Of(SwedishTerms.Of(action.Status)),
                Cell.Of(action.Period),
            })).ToList(),
            "Planen anger inga delmål eller genomförandegrad för insatserna.");

        private static string Progress(ProgressRecord record)
        {
            var text = SwedishFormat.InYear(SwedishFormat.Percent(record.Value), record.Year);
            return record.Note is null ? text : text + ": " + record.Note;
        }

        /// <summary>Whether the latest actual reaches the target; nothing where they cannot be compared or the target year has not come.</summary>
        public static string? Assess(Goal goal)
        {
            if (goal.Target is not { } target || goal.Actuals.Count == 0)
            {
                return null;
            }

            var latest = goal.Actuals.OrderBy(actual => actual.Year ?? int.MinValue).Last();
            if (latest.Value.Unit != target.Value.Unit || latest.Value.PerYear != target.Value.PerYear
                || (target.Year is { } due && latest.Year is { } measured && measured < due))
            {
                return null;
            }

            var actual = latest.Value.Value;
            var goalValue = target.Value.Value;
            bool? reached = target.Comparison switch
            {
                Comparison.AtLeast or Comparison.Exactly => actual >= goalValue,
                Comparison.MoreThan => actual > goalValue,
                Comparison.AtMost => actual <= goalValue,
                Comparison.LessThan => actual < goalValue,
                _ => null,
            };
            return reached is { } yes ? (yes ? Labels.Reached : Labels.NotReached) : null;
        }
    }
}
