using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Content.Sections;

namespace DslPlanning.Reports.Content
{
    /// <summary>Builds the format-neutral report of each plan from the compiled model and the build's findings.</summary>
    public static class ReportBuilder
    {
        /// <summary>The reports of every plan, in plan-name order, with unique slugs.</summary>
        public static IReadOnlyList<PlanReport> BuildAll(IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings)
        {
            var context = new ReportContext(plans, findings);
            var slugs = new HashSet<string>(System.StringComparer.Ordinal);
            var reports = new List<PlanReport>();
            foreach (var plan in plans.OrderBy(plan => plan.Name, System.StringComparer.Ordinal))
            {
                var slug = PlanSlug.For(plan.Name);
                for (var suffix = 2; !slugs.Add(slug); suffix++)
                {
                    slug = PlanSlug.For(plan.Name) + "-" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                reports.Add(Build(context, plan, slug));
            }

            return reports;
        }

        /// <summary>The report of one plan; <paramref name="plans"/> are every plan it may refer to (for funding totals and goals it serves).</summary>
        public static PlanReport Build(ServicePlan plan, IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings) =>
            Build(new ReportContext(plans, findings), plan, PlanSlug.For(plan.Name));

        private static PlanReport Build(ReportContext context, ServicePlan plan, string slug)
        {
            var sections = new List<Section>
            {
                OverviewSection.Build(context, plan),
                AreasSection.Build(context, plan),
                ActionPlanSection.Build(context, plan),
                FundingSection.Build(context, plan),
                PlacesSection.Build(plan),
                SubsidiesSection.Build(context, plan),
                FollowUpSection.Build(plan),
            };
            if (plan.Kind == PlanKind.Municipal)
            {
                sections.Add(RegionalGoalsSection.Build(context, plan));
            }

            sections.Add(FindingsSection.Build(context, plan));
            return new PlanReport(
                slug,
                plan.Name,
                plan.Kind,
                plan.Title ?? plan.Name,
                plan.Period,
                FindingsSection.Count(context.FindingsOf(plan)),
                sections);
        }
    }
}
