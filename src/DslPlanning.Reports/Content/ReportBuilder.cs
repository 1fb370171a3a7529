using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Content.Sections;

namespace DslPlanning.Reports.Content
{
    /// <summary>Builds the format-neutral report of each plan from the compiled model and the build's findings.</summary>
    public static class ReportBuilder
    {
        /// <summary>The reports of every plan, in plan-name order, each with its plan's file name stem (<see cref="PlanSlug"/>).</summary>
        public static IReadOnlyList<PlanReport> BuildAll(IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings)
        {
            var context = new ReportContext(plans, findings);
            return plans.OrderBy(plan => plan.Name, System.StringComparer.Ordinal).Select(plan => Build(context, plan)).ToList();
        }

        /// <summary>The report of one plan; <paramref name="plans"/> are every plan it may refer to (for funding totals and goals it serves).</summary>
        public static PlanReport Build(ServicePlan plan, IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings) =>
            Build(new ReportContext(plans, findings), plan);

        private static PlanReport Build(ReportContext context, ServicePlan plan)
        {
            var completeness = Completeness.Of(plan);
            var sections = new List<Section>
            {
                OverviewSection.Build(context, plan),
                AreasSection.Build(context, plan),
                ActionPlanSection.Build(context, plan),
                FundingSection.Build(context, plan),
                PlacesSection.Build(plan),
                SubsidiesSection.Build(context, plan),
                FollowUpSection.Build(plan),
                CompletenessSection.Build(completeness),
            };
            if (plan.Kind == PlanKind.Municipal)
            {
                sections.Add(RegionalGoalsSection.Build(context, plan));
            }

            sections.Add(FindingsSection.Build(context, plan));
            return new PlanReport(
                PlanSlug.For(plan.Name),
                plan.Name,
                plan.Kind,
                plan.Title ?? plan.Name,
                plan.EffectivePeriod,
                FindingsSection.Count(context.FindingsOf(plan)),
                completeness,
                sections);
        }
    }
}
