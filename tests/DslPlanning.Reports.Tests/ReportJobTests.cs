using System;
using System.IO;
using System.Linq;
using System.Text;
using DslPlanning.Model;
using DslPlanning.Plans;
using DslPlanning.Reports.Tests.Support;

namespace DslPlanning.Reports.Tests
{
    public class ReportJobTests
    {
        [Fact]
        public void Writes_every_format_of_every_plan_and_an_index()
        {
            var folder = TestPaths.NewTempFolder("reports");
            var log = new StringWriter();

            var summary = ReportJob.Run(PlanCatalog.All, PlanCatalog.Findings, folder, log);

            Assert.Equal(summary.Files.OrderBy(path => path, StringComparer.Ordinal), TestPaths.FilesUnder(folder));
            foreach (var report in summary.Reports)
            {
                Assert.Contains(report.Slug + ".html", summary.Files);
                Assert.Contains(report.Slug + ".md", summary.Files);
                Assert.Contains(report.Slug + ".json", summary.Files);
                Assert.Contains("csv/" + report.Slug + "/action-plan.csv", summary.Files);
            }

            Assert.Equal(PlanCatalog.All.Count, summary.Reports.Count);
            Assert.Contains("index.html", summary.Files);
            Assert.Contains("index.md", summary.Files);
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void Prints_what_it_wrote_and_each_plans_warnings_and_justified_exceptions()
        {
            var folder = TestPaths.NewTempFolder("reports");
            var log = new StringWriter();

            var summary = ReportJob.Run(PlanCatalog.All, PlanCatalog.Findings, folder, log);

            var lines = log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("Writing the reports of " + PlanCatalog.All.Count + " plans to " + folder, lines[0]);
            // Krokom's counts as its findings give them (which findings the plan has is the real plans' baseline's business).
            var krokom = PlanCatalog.Findings.Where(finding => finding.Plan == "Krokom").ToList();
            var warnings = krokom.Count(finding => finding.Severity == FindingSeverity.Warning);
            var exceptions = krokom.Count(finding => finding.Id == "SP1016");
            Assert.True(exceptions > 0, "Krokom states justified exceptions, so the count is shown with something to count");
            var counts = $"{warnings} warning{(warnings == 1 ? "" : "s")}, {exceptions} justified exception{(exceptions == 1 ? "" : "s")}";
            Assert.Contains(lines, line => line.StartsWith("  krokom ", StringComparison.Ordinal) && line.Contains(counts) && line.EndsWith("Krokoms kommuns kommersiella serviceprogram 2023–2030", StringComparison.Ordinal));
            Assert.Contains("Wrote " + summary.Files.Count + " files", lines[^2]);
            Assert.DoesNotContain(lines, line => line.StartsWith('['));
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void Shows_progress_per_plan_when_there_are_many_plans()
        {
            var text = string.Concat(Enumerable.Range(1, ReportJob.ProgressThreshold + 1).Select(n =>
                "municipal plan Kommun" + n + " \"Kommun " + n + "\" {\n  owner K\n  period 2024..2026\n  review yearly\n  actor K \"Kommunen\" municipality\n}\n"));
            var plans = TestPlans.Compile(text);
            var folder = TestPaths.NewTempFolder("reports");
            var log = new StringWriter();

            ReportJob.Run(plans.Plans, plans.Findings, folder, log);

            var progress = log.ToString().Split(Environment.NewLine).Where(line => line.StartsWith('[')).ToList();
            Assert.Equal(ReportJob.ProgressThreshold + 1, progress.Count);
            Assert.Equal("[ 1/11] kommun-1", progress[0]);
            Assert.Equal("[11/11] kommun-9", progress[^1]);
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void Two_runs_write_identical_bytes_whatever_the_order_of_the_plans()
        {
            var first = TestPaths.NewTempFolder("reports");
            var second = TestPaths.NewTempFolder("reports");

            var summary = ReportJob.Run(PlanCatalog.All, PlanCatalog.Findings, first);
            ReportJob.Run(PlanCatalog.All.Reverse().ToList(), PlanCatalog.Findings.Reverse().ToList(), second);

            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var file in summary.Files)
            {
                var bytes = File.ReadAllBytes(Path.Combine(first, file));
                Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file + " differs between two runs");
                Assert.DoesNotContain(today, Encoding.UTF8.GetString(bytes));
            }

            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }
}
