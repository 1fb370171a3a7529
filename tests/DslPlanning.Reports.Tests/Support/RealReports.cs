using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Plans;
using DslPlanning.Reports.Content;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>The reports of the real plans in plans/, built once from the generated PlanCatalog.</summary>
    public static class RealReports
    {
        private static readonly Lazy<IReadOnlyList<PlanReport>> Built = new(() => ReportBuilder.BuildAll(PlanCatalog.All, PlanCatalog.Findings));

        public static IReadOnlyList<PlanReport> All => Built.Value;

        public static PlanReport Of(string slug) => All.Single(report => report.Slug == slug);

        /// <summary>The slug of every real plan, for theories: a new plan in plans/ gets its snapshot test automatically.</summary>
        public static TheoryData<string> Slugs
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (var report in All)
                {
                    data.Add(report.Slug);
                }

                return data;
            }
        }
    }
}
