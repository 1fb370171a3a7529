using System.Linq;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>The report content computed from a test plan with shares, volumes, budgets, a subsidy application and actuals.</summary>
    public class ReportBuilderTests
    {
        private static readonly TestPlans Plans = HostilePlans.Compile();

        private static PlanReport Kommun => ReportBuilder.Build(Plans["Kommun"], Plans.Plans, Plans.Findings);

        [Fact]
        public void Funding_per_funder_and_year_is_summed_and_compared_with_the_budget()
        {
            var rows = Kommun.Table("funding-by-year").Rows.Where(row => row.Group == HostilePlans.Raw(14)).ToList();

            Assert.Equal(new[] { "2024", "2025", "2026" }, rows.Select(row => row.Cells[0].Text));
            Assert.All(rows, row =>
            {
                Assert.Equal(60_000m, row.Cells[1].Value);
                Assert.Equal(60_000m, row.Cells[2].Value);
                Assert.Equal(50_000m, row.Cells[3].Value);
                Assert.Equal(10_000m, row.Cells[4].Value);
            });
        }

        [Fact]
        public void The_chart_has_a_group_per_funder_with_a_bar_per_year_against_its_budget()
        {
            var chart = Kommun.Chart();

            Assert.Equal(new[] { HostilePlans.Raw(13), HostilePlans.Raw(14) }, chart.Groups.Select(group => group.Label));
            Assert.All(chart.Groups, group => Assert.Equal(new[] { 60_000m, 60_000m, 60_000m }, group.Bars.Select(bar => bar.Value)));
            Assert.Equal(new decimal?[] { 100_000m, 50_000m }, chart.Groups.Select(group => group.Bars[0].Reference));
        }

        [Fact]
        public void Operating_aid_is_capped_by_the_turnover_model()
        {
            var limit = Kommun.Table("subsidy-limits").Records().Single();

            // −33 333 + 3 200 000 / 15 = 180 000,33, rounded down to whole kronor.
            Assert.Equal(180_000m, limit["maximum"].Value);
            Assert.Equal(150_000m, limit["amountApplied"].Value);
            Assert.Equal("per år", limit["per"].Text);
            Assert.StartsWith("Beräkningsmodellen efter nettoomsättning av dagligvaror (3 200 000 kr)", limit["basis"].Text);
        }

        [Fact]
        public void Regional_goals_no_action_of_the_plan_serves_are_named()
        {
            var section = Kommun.Section("regional-goals");
            var goals = Kommun.Table("regional-goals").Records();

            Assert.Equal(new[] { "R1", "1.1", "1.2" }, goals.Select(row => row["goal"].Text));
            Assert.Equal(new[] { "tjänas inte", "tjänas", "tjänas inte" }, goals.Select(row => row["status"].Text));
            Assert.Equal("Mål och insatsområden som ingen insats i planen tjänar: R1, 1.2.", section.Blocks.OfType<Paragraph>().Single().Text);
        }

        [Fact]
        public void Follow_up_shows_baseline_target_actual_and_progress()
        {
            var goal = Kommun.Table("goals").Records().Single();
            var action = Kommun.Table("action-progress").Records().Single();

            Assert.Equal("1 (2024)", goal["baseline"].Text);
            Assert.Equal("minst 3 (2026)", goal["target"].Text);
            Assert.Equal("4 (2026)", goal["actual"].Text);
            Assert.Equal("uppnått", goal["assessment"].Text);
            Assert.Equal("100 %", action["subGoal"].Text);
            Assert.Equal("50 % (2025): " + HostilePlans.Raw(29), action["progress"].Text);
        }

        [Fact]
        public void Warnings_and_justified_exceptions_are_counted_from_the_findings()
        {
            var warnings = Plans.Findings.Where(finding => finding.Plan == "Kommun" && finding.Severity == DslPlanning.Model.FindingSeverity.Warning).ToList();
            Assert.Contains(warnings, finding => finding.Id == "SP3006");
            Assert.Equal(new ReportCounts(0, warnings.Count, 0, 0), Kommun.Counts);
            Assert.Equal(warnings.Select(finding => finding.Message), Kommun.Table("warnings").Texts("message"));
            var region = ReportBuilder.Build(Plans["Region"], Plans.Plans, Plans.Findings);
            Assert.Equal(1, region.Counts.JustifiedExceptions);
            Assert.Equal(HostilePlans.Raw(32), region.Table("justified-exceptions").Records().Single()["reason"].Text);
        }

        [Fact]
        public void Every_section_and_every_table_of_a_report_has_an_id_of_its_own()
        {
            foreach (var report in RealReports.All.Concat(ReportBuilder.BuildAll(Plans.Plans, Plans.Findings)))
            {
                var sections = report.AllSections().Select(section => section.Id).ToList();
                var tables = report.AllSections().SelectMany(section => section.Blocks).OfType<Table>().Select(table => table.Id).ToList();

                Assert.Equal(sections.Distinct(), sections);
                Assert.Equal(tables.Distinct(), tables);
            }
        }
    }
}
