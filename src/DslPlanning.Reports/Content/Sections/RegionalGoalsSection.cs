using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>
    /// Mål enligt RSP (municipal plans): the areas and goals of the programmes the plan follows, which of the plan's areas,
    /// goals and actions serve each, and which no action of the plan serves (<see cref="GoalCoverage"/>).
    /// </summary>
    internal static class RegionalGoalsSection
    {
        public const string Id = "regional-goals";

        public static Section Build(ReportContext context, ServicePlan plan)
        {
            var served = GoalCoverage.Served(new[] { plan });
            var servedBy = ServedBy(plan);
            var rows = new List<Row>();
            var unserved = new List<string>();
            foreach (var followed in plan.Follows.Select(context.Lookup.Plan).OfType<ServicePlan>())
            {
                var group = context.Lookup.PlanTitle(followed.Name);
                foreach (var (name, title) in Targets(followed))
                {
                    var reference = followed.Ref(name);
                    var isServed = served.Contains(reference);
                    if (!isServed)
                    {
                        unserved.Add(name);
                    }

                    rows.Add(new Row(group, new[]
                    {
                        Cell.Of(name),
                        Cell.Of(title),
                        Cell.Of(string.Join("; ", servedBy[reference])),
                        Cell.Of(isServed ? Labels.Served : Labels.NotServed),
                    }));
                }
            }

            var table = new Table(
                "regional-goals",
                "Insatsområden och mål i de program planen följer",
                new[]
                {
                    new Column("goal", Labels.Number),
                    new Column("title", Labels.RegionalGoal),
                    new Column("servedBy", Labels.ServedBy),
                    new Column("status", Labels.Status),
                },
                rows,
                "Planen följer inget program i katalogen.",
                Labels.Plan);

            var summary = rows.Count == 0
                ? "Planen följer inget program vars mål finns i katalogen."
                : unserved.Count == 0
                    ? "Planens insatser tjänar alla insatsområden och mål i de program den följer."
                    : "Mål och insatsområden som ingen insats i planen tjänar: " + string.Join(", ", unserved) + ".";
            return new Section(Id, Labels.RegionalGoals, table, new Paragraph(summary));
        }

        /// <summary>The followed plan's goals outside areas, then each area followed by its goals.</summary>
        private static IEnumerable<(string Name, string? Title)> Targets(ServicePlan followed)
        {
            foreach (var goal in followed.Goals)
            {
                yield return (goal.Name, goal.Title);
            }

            foreach (var area in AreasSection.Ordered(followed))
            {
                yield return (area.Name, area.Title);
                foreach (var goal in area.Goals)
                {
                    yield return (goal.Name, goal.Title);
                }
            }
        }

        /// <summary>For each goal or area the plan serves, the plan's areas, goals and actions that name it in their <c>serves</c>, in that order.</summary>
        private static ILookup<SymbolRef, string> ServedBy(ServicePlan plan)
        {
            var areas = AreasSection.Ordered(plan).SelectMany(area => area.Serves.Distinct().Select(target => (Target: target, Label: Labels.Area + " " + PlanLookup.AreaLabel(area))));
            var goals = plan.AllGoals.SelectMany(goal => goal.Serves.Distinct().Select(target => (Target: target, Label: Labels.Goal + " " + goal.Name)));
            var actions = plan.AllActions.SelectMany(action => action.Serves.Distinct().Select(target => (Target: target, Label: action.Title ?? action.Name)));
            return areas.Concat(goals).Concat(actions).ToLookup(entry => entry.Target, entry => entry.Label);
        }
    }
}
