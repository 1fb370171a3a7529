using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DslPlanning.Model;
using DslPlanning.Plans;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>
    /// The report job never crashes on a plan's figures: a funder's budget lines and costs of 10²⁷ kr once made the chart
    /// scale throw OverflowException and left only an empty csv/ folder. The plans here are the real and the hostile plans
    /// with every figure replaced in C#, as any caller of the Reports library can, whatever bound the build sets.
    /// </summary>
    public class LargeAmountReportTests
    {
        private static readonly JsonSchemaChecker Schema = new(JsonDocument.Parse(File.ReadAllText(TestPaths.Docs("reports.schema.json"))).RootElement);

        private static readonly TestPlans Hostile = HostilePlans.Compile();

        public static TheoryData<string> Numbers => new()
        {
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "1000000000000000000000000000",
            "-1000000000000000000000000000",
            "0.0000000000000000000000000001",
            "0",
        };

        private static IReadOnlyList<ServicePlan> WithEveryFigure(IEnumerable<ServicePlan> plans, decimal number) =>
            plans.Select(plan => ExtremeFigures.Apply(plan, number)).ToList();

        [Fact]
        public void Budget_lines_and_costs_of_10_to_the_27th_kr_give_every_report_file()
        {
            var folder = TestPaths.NewTempFolder("large");
            var plans = WithEveryFigure(Hostile.Plans, 1e27m);

            var summary = ReportJob.Run(plans, Hostile.Findings, folder);

            Assert.Equal(summary.Files.OrderBy(path => path, StringComparer.Ordinal), TestPaths.FilesUnder(folder));
            Assert.Contains("för stort för att räknas", File.ReadAllText(Path.Combine(folder, "kommun.html")));
            Assert.Contains("1 000 000 000 000 000 000 000 000 000 kr", File.ReadAllText(Path.Combine(folder, "kommun.md")));
            Directory.Delete(folder, recursive: true);
        }

        [Theory]
        [MemberData(nameof(Numbers))]
        public void Every_format_of_the_real_and_the_hostile_plans_is_written_whatever_their_figures(string number)
        {
            var value = decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (plans, findings) in new[] { (PlanCatalog.All, PlanCatalog.Findings), (Hostile.Plans, Hostile.Findings) })
            {
                var reports = ReportBuilder.BuildAll(WithEveryFigure(plans, value), findings);
                foreach (var report in reports)
                {
                    var html = HtmlWriter.Write(report);
                    Assert.True(HtmlChecks.Problems(html).Count == 0, report.Slug + ": " + string.Join("\n", HtmlChecks.Problems(html)));
                    Assert.NotEmpty(MarkdownWriter.Write(report));
                    Assert.Empty(Schema.Check(JsonDocument.Parse(JsonWriter.Write(report)).RootElement));
                    Assert.All(CsvWriter.Files(report), file => Assert.NotEmpty(file.Content()));
                }

                Assert.Empty(HtmlChecks.Problems(HtmlWriter.WriteIndex(reports)));
            }
        }

        [Fact]
        public void A_yearly_amount_beyond_the_range_is_shown_as_too_large_with_the_reason()
        {
            var plans = WithEveryFigure(Hostile.Plans, decimal.MaxValue);

            var report = ReportBuilder.Build(plans.Single(plan => plan.Name == "Kommun"), plans, Hostile.Findings);

            var sources = report.Table("funding-sources").Records();
            Assert.All(sources, row =>
            {
                Assert.Equal("för stort för att räknas", row["costPerYear"].Text);
                Assert.Equal("för stort för att räknas", row["perYear"].Text);
                Assert.Null(row["perYear"].Value);
                Assert.Equal("Beloppet per år blir större än 79 228 162 514 264 337 593 543 950 335 kr och kan inte räknas.", row["comment"].Text);
            });
            Assert.Contains(report.Section("funding").Blocks.OfType<Paragraph>(), paragraph => paragraph.Text.StartsWith("Ett belopp som blir större än", StringComparison.Ordinal));
        }

        [Fact]
        public void Budgets_that_add_up_beyond_the_range_are_shown_as_too_large_and_left_out_of_the_chart()
        {
            var plans = Hostile.Plans.Select(plan => plan with
            {
                Funders = plan.Funders.Select(funder => funder with
                {
                    Budgets = funder.Budgets.Concat(funder.Budgets).Select(budget => budget with { Amount = new Money(decimal.MaxValue) }).ToValueList(),
                }).ToValueList(),
            }).ToList();

            var report = ReportBuilder.Build(plans.Single(plan => plan.Name == "Kommun"), plans, Hostile.Findings);

            var years = report.Table("funding-by-year").Records();
            Assert.All(years, row => Assert.Equal("för stort för att räknas", row["budget"].Text));
            Assert.All(years, row => Assert.True(row["overBudget"].IsEmpty));
            Assert.All(report.Chart().Groups.SelectMany(group => group.Bars), bar => Assert.Null(bar.Reference));
        }
    }
}
