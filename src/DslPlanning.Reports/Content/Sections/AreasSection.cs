using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>Prioriterade områden: the priority areas in rank order, each with what it serves, its goals and its actions.</summary>
    internal static class AreasSection
    {
        public const string Id = "areas";

        public static Section Build(ReportContext context, ServicePlan plan)
        {
            var areas = Ordered(plan);
            var servesLabel = FollowsRegionalPlan(context, plan) ? Labels.GoalsInRsp : Labels.Serves;
            var table = new Table(
                "areas",
                Labels.Areas,
                new[]
                {
                    new Column("rank", Labels.Priority, CellKind.Number),
                    new Column("name", Labels.Number),
                    new Column("area", Labels.Area),
                    new Column("serves", servesLabel),
                    new Column("performers", Labels.Performers),
                    new Column("funding", Labels.Funding),
                    new Column("goals", Labels.Goals, CellKind.Number),
                    new Column("actions", Labels.Actions, CellKind.Number),
                },
                areas.Select(area => new Row(null, new[]
                {
                    area.Rank is { } rank ? Cell.Number(rank) : Cell.Empty,
                    Cell.Of(area.Name),
                    Cell.Of(area.Title ?? area.Name),
                    Cell.Of(Phrases.Served(area.Serves, plan)),
                    Cell.Of(Phrases.Actors(area.Owners, context.Lookup)),
                    Cell.Of(Phrases.Fundings(area.Funding, context.Lookup)),
                    Cell.Number(area.Goals.Count),
                    Cell.Number(area.Actions.Count(action => action.Status != ActionStatus.Example)),
                })).ToList(),
                "Planen har inga insatsområden.");

            var subsections = areas.Select((area, index) => AreaSection(context, plan, area, index + 1, servesLabel)).ToList();
            if (plan.Goals.Count > 0 || plan.Actions.Count > 0)
            {
                subsections.Add(new Section(
                    "outside-areas",
                    plan.Areas.Count == 0 ? Labels.Goals + " och " + Labels.Actions.ToLowerInvariant() : Labels.OutsideAreas,
                    GoalAndActionLists(plan.Goals, plan.Actions).ToArray()));
            }

            return new Section(Id, Labels.Areas, new Block[] { table }, subsections);
        }

        /// <summary>Areas by rank (unranked ones last, in the plan's order), the order the documents list them in.</summary>
        public static IReadOnlyList<Area> Ordered(ServicePlan plan) =>
            plan.Areas.Select((area, index) => (area, index))
                .OrderBy(entry => entry.area.Rank ?? int.MaxValue)
                .ThenBy(entry => entry.index)
                .Select(entry => entry.area)
                .ToList();

        public static bool FollowsRegionalPlan(ReportContext context, ServicePlan plan) =>
            plan.Follows.Any(name => context.Lookup.Plan(name)?.Kind == PlanKind.Regional);

        private static Section AreaSection(ReportContext context, ServicePlan plan, Area area, int number, string servesLabel)
        {
            var facts = new List<KeyValue>();
            if (area.Serves.Count > 0)
            {
                var served = area.Serves.Select(reference => PlanLookup.Label(reference, plan) + (context.Lookup.GoalTitle(reference) is { } title ? " " + title : string.Empty));
                facts.Add(new KeyValue("serves", servesLabel, Cell.Of(string.Join("; ", served))));
            }

            if (area.Owners.Count > 0)
            {
                facts.Add(new KeyValue("performers", Labels.Performers, Cell.Of(Phrases.Actors(area.Owners, context.Lookup))));
            }

            if (area.Funding.Count > 0)
            {
                facts.Add(new KeyValue("funding", Labels.Funding, Cell.Of(Phrases.Fundings(area.Funding, context.Lookup))));
            }

            var blocks = new List<Block>();
            if (facts.Count > 0)
            {
                blocks.Add(new KeyValueList(facts));
            }

            if (area.Description is { } description)
            {
                blocks.Add(new Paragraph(description));
            }

            blocks.AddRange(GoalAndActionLists(area.Goals, area.Actions));
            if (area.Notes.Count > 0)
            {
                blocks.Add(new BulletList(Labels.Notes, area.Notes));
            }

            if (blocks.Count == 0)
            {
                blocks.Add(new Paragraph("Planen anger inga mål, insatser eller annat om området än rubriken."));
            }

            return new Section("area-" + number.ToString(CultureInfo.InvariantCulture), PlanLookup.AreaLabel(area), blocks.ToArray());
        }

        private static IEnumerable<Block> GoalAndActionLists(IReadOnlyList<Goal> goals, IReadOnlyList<PlanAction> actions)
        {
            if (goals.Count > 0)
            {
                yield return new BulletList(Labels.Goals, goals.Select(Phrases.Goal).ToList());
            }

            // Examples of what could be done are listed apart from what the plan sets out to do.
            var planned = actions.Where(action => action.Status != ActionStatus.Example).ToList();
            if (planned.Count > 0)
            {
                yield return new BulletList(Labels.Actions, planned.Select(action => action.Title ?? action.Name).ToList());
            }

            var examples = actions.Where(action => action.Status == ActionStatus.Example).ToList();
            if (examples.Count > 0)
            {
                yield return new BulletList(Labels.ExampleMeasures, examples.Select(action => action.Title ?? action.Name).ToList());
            }
        }
    }
}
