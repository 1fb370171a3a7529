using System.Linq;
using DslPlanning.Corpus;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>The reports of many plans (a follows chain of 2 000 plans): each names the plans it follows and that follow it, and counts its own findings.</summary>
    public class ReportScaleTests
    {
        private const int Plans = 2_000;

        [Fact]
        public void Each_report_of_a_2_000_plan_follows_chain_names_its_neighbours_and_counts_its_own_warning()
        {
            var plans = TestPlans.Compile(string.Concat(StressShapes.Generate(StressShape.FollowsChain, Plans).Select(file => file.Text)));

            var reports = ReportBuilder.BuildAll(plans.Plans, plans.Findings);

            Assert.Equal(Plans, reports.Count);
            for (var index = 1; index <= Plans; index++)
            {
                var report = reports[index - 1];
                var overview = report.Section("overview").Blocks.OfType<KeyValueList>().Single().Items;
                var followedBy = overview.SingleOrDefault(item => item.Key == "followedBy")?.Value.Text;
                Assert.Equal(index == 1 ? null : plans[StressShapes.FollowsChainPlan(index - 1)].Title + " (" + StressShapes.FollowsChainPlan(index - 1) + ")", followedBy);
                Assert.Equal(index == Plans ? 0 : 1, report.Counts.Warnings);
            }
        }
    }
}
