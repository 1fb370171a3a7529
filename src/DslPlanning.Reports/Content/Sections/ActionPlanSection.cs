using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>
    /// Handlingsplan: the action-plan matrix as the documents show it — per priority area each action with its sub-goal
    /// (in words, target completion, due day), the goals it serves here and in the regional programme, description,
    /// responsible, the others taking part, and funding; then the examples of actions (exempel på åtgärder), apart.
    /// </summary>
    internal static class ActionPlanSection
    {
        public const string Id = "action-plan";

        public static Section Build(ReportContext context, ServicePlan plan)
        {
            var lookup = context.Lookup;
            var withRoles = plan.AllActions.Any(action => action.Status != ActionStatus.Example && Phrases.OtherRoles(action, lookup) is not null);
            var rows = new List<Row>();
            var examples = new List<Row>();
            foreach (var (area, actions) in Grouped(plan))
            {
                var group = area is null ? (plan.Areas.Count > 0 ? Labels.OutsideAreas : null) : PlanLookup.AreaLabel(area);
                rows.AddRange(actions.Where(action => action.Status != ActionStatus.Example).Select(action => new Row(group, new[]
                {
                    Cell.Of(action.Title ?? action.Name),
                    Cell.Of(Phrases.SubGoal(action)),
                    Cell.Of(Phrases.Served(action.Serves.Where(reference => reference.Plan == plan.Name), plan)),
                    Cell.Of(Phrases.Served(OtherPlanGoals(context, plan, area, action), plan)),
                    Cell.Of(Description(action)),
                    Cell.Of(Phrases.Actors(action.Owners, lookup)),
                }.Concat(withRoles ? new[] { Cell.Of(Phrases.OtherRoles(action, lookup)) } : Enumerable.Empty<Cell>()).Concat(new[]
                {
                    Cell.Of(Phrases.Fundings(action.Funding, lookup)),
                    Cell.Of(Phrases.Costs(action)),
                    Cell.Of(action.Period),
                    Cell.Of(SwedishTerms.Of(action.Status)),
                }).ToList())));
                examples.AddRange(actions.Where(action => action.Status == ActionStatus.Example).Select(action => new Row(group, new[]
                {
                    Cell.Of(action.Title ?? action.Name),
                    Cell.Of(Description(action)),
                })));
            }

            var table = new Table(
                "action-plan",
                plan.Kind == PlanKind.Annual ? "Planerade insatser"
                    : plan.ActionPlanYears is { } years ? Labels.ActionPlan + " " + SwedishFormat.Years(years) : Labels.ActionPlan,
                new[]
                {
                    new Column("action", plan.Kind == PlanKind.Annual ? Labels.PlannedAction : Labels.Action),
                    new Column("subGoal", Labels.SubGoal),
                    new Column("goals", Labels.Goals),
                    new Column("followedGoals", AreasSection.FollowsRegionalPlan(context, plan) ? Labels.GoalsInRsp : Labels.GoalsInOtherPlans),
                    new Column("description", Labels.ActionDescription),
                    new Column("responsible", Labels.Responsible),
                }.Concat(withRoles ? new[] { new Column("otherRoles", Labels.OtherRoles) } : Enumerable.Empty<Column>()).Concat(new[]
                {
                    new Column("funding", Labels.Funding),
                    new Column("cost", Labels.Cost),
                    new Column("period", "Period", CellKind.Years),
                    new Column("status", Labels.Status),
                }).ToList(),
                rows,
                examples.Count > 0 ? "Planen har inga planerade insatser, bara exempel på åtgärder (nedan)." : "Planen har inga insatser.",
                Labels.Area);

            var blocks = new List<Block> { table };
            if (rows.Count > 0)
            {
                blocks.Add(new Paragraph("Delmål anger vad som ska vara uppnått, så som planen anger det: ett delresultat i ord, i vilken utsträckning "
                    + "insatsen ska vara utförd (utförd = 100 %) eller den dag insatsen ska vara klar. Mål är planens egna mål som insatsen tjänar; "
                    + table.Columns[3].Label + " är mål i andra planer som insatsen eller dess mål tjänar, annars det som insatsområdet tjänar."
                    + (withRoles ? " " + Labels.OtherRoles + " är de som deltar utan att vara ansvariga: i samråd med, samverkanspartner och medfinansiärer." : string.Empty)));
            }

            if (examples.Count > 0)
            {
                blocks.Add(new Table(
                    "example-measures",
                    Labels.ExampleMeasures,
                    new[] { new Column("action", Labels.ExampleMeasure), new Column("description", Labels.Description) },
                    examples,
                    "Planen anger inga exempel på åtgärder.",
                    Labels.Area));
                blocks.Add(new Paragraph("Exempel på åtgärder visar vad som kan göras inom området; de är inte planerade insatser och räknas inte i uppföljningen av planen."));
            }

            return new Section(Id, Labels.ActionPlan, blocks.ToArray());
        }

        private static string Description(PlanAction action) => string.Join("\n", new[] { action.Description }.OfType<string>().Concat(action.Notes));

        /// <summary>The actions outside areas (area null), then each area's actions in rank order.</summary>
        public static IEnumerable<(Area? Area, IReadOnlyList<PlanAction> Actions)> Grouped(ServicePlan plan)
        {
            if (plan.Actions.Count > 0)
            {
                yield return (null, plan.Actions);
            }

            foreach (var area in AreasSection.Ordered(plan).Where(area => area.Actions.Count > 0))
            {
                yield return (area, area.Actions);
            }
        }

        /// <summary>
        /// Goals and areas of other plans the action serves: directly or through the plan's goals it serves, else through
        /// its area (an annual plan's activity names RSP goal 1.1, a municipal action serves the RSP through its area).
        /// </summary>
        private static IEnumerable<SymbolRef> OtherPlanGoals(ReportContext context, ServicePlan plan, Area? area, PlanAction action)
        {
            var viaGoals = action.Serves.Where(reference => reference.Plan == plan.Name)
                .SelectMany(reference => context.Lookup.Goal(reference)?.Serves ?? ValueList<SymbolRef>.Empty);
            var named = action.Serves.Concat(viaGoals).Where(reference => reference.Plan != plan.Name).Distinct().ToList();
            return named.Count > 0 ? named : (area?.Serves ?? ValueList<SymbolRef>.Empty).Where(reference => reference.Plan != plan.Name);
        }
    }
}
