using System;
using System.IO;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Tests.Support;

namespace DslPlanning.Reports.Tests
{
    /// <summary>
    /// The report job never overwrites a report: each plan's files have names of their own, whatever the other plans are
    /// called, and plans whose names collide stop the job before it writes anything. The plans are made in C#, as any
    /// caller of the job can, so the build's SP1020 does not stop them first.
    /// </summary>
    public class ReportFileNameTests
    {
        private static readonly ServicePlan Template = TestPlans.Compile(
            "municipal plan P \"Kommunens serviceplan\" {\n  owner K\n  period 2024..2026\n  review yearly\n  actor K \"Kommunen\" municipality\n"
            + "  place By level 1 { services groceries }\n  level 1 \"Serviceort\"\n  area A \"Område\" priority 1 {\n    goal G \"Mål\"\n  }\n}\n").Plans.Single();

        /// <summary>A plan of the given name, made in C#.</summary>
        private static ServicePlan Named(string name) => Template with { Name = name, Title = "Plan " + name, Owner = new SymbolRef(name, "K") };

        private static ReportSummary Run(string folder, params string[] names) =>
            ReportJob.Run(names.Select(Named).ToList(), Array.Empty<PlanFinding>(), folder, TextWriter.Null);

        [Fact]
        public void Krokom_and_KrokomRegional_write_their_CSV_files_into_folders_of_their_own()
        {
            var folder = TestPaths.NewTempFolder("names");

            var summary = Run(folder, "Krokom", "KrokomRegional");

            Assert.Equal(summary.Files.OrderBy(path => path, StringComparer.Ordinal), TestPaths.FilesUnder(folder));
            Assert.Equal(summary.Files.Count, summary.Files.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Contains("csv/krokom/goals.csv", summary.Files);
            Assert.Contains("csv/krokom-regional/goals.csv", summary.Files);
            Assert.Contains("krokom-regional.html", summary.Files);
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void A_plan_named_Index_stops_the_job_before_it_writes_anything_instead_of_losing_its_report_to_the_index()
        {
            var folder = TestPaths.NewTempFolder("names");

            var error = Assert.Throws<ReportJobException>(() => Run(folder, "Krokom", "Index"));

            Assert.Equal(
                "Plan 'Index' would write index.html, index.md, index.json and csv/index/, but 'index' is reserved for the list of all plans (index.html and index.md); give the plan another name."
                + Environment.NewLine + "No report was written.",
                error.Message);
            Assert.Empty(TestPaths.FilesUnder(folder));
            Directory.Delete(folder, recursive: true);
        }

        [Theory]
        [InlineData("KROKOM", "Krokom", "krokom")]
        [InlineData("Asele", "Åsele", "asele")]
        [InlineData("Kro-kom", "KroKom", "kro-kom")]
        public void Plans_whose_names_give_the_same_file_names_stop_the_job_before_it_writes_anything(string first, string second, string stem)
        {
            var folder = TestPaths.NewTempFolder("names");

            var error = Assert.Throws<ReportJobException>(() => Run(folder, second, first));

            Assert.StartsWith("Plans '" + first + "' and '" + second + "' would both write " + stem + ".html, " + stem + ".md, " + stem + ".json and csv/" + stem + "/", error.Message);
            Assert.Empty(TestPaths.FilesUnder(folder));
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void Two_plans_of_one_name_stop_the_job()
        {
            var folder = TestPaths.NewTempFolder("names");

            var error = Assert.Throws<ReportJobException>(() => Run(folder, "Krokom", "Krokom"));

            Assert.StartsWith("Two plans are named 'Krokom' and would both write krokom.html", error.Message);
            Assert.Empty(TestPaths.FilesUnder(folder));
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void A_plans_file_names_do_not_depend_on_the_other_plans()
        {
            var alone = TestPaths.NewTempFolder("names");
            var together = TestPaths.NewTempFolder("names");

            var first = Run(alone, "Åsele");
            var second = Run(together, "Åsele", "Storuman", "Sorsele");

            Assert.Equal("asele", first.Reports.Single().Slug);
            Assert.Equal("asele", second.Reports.Single(report => report.PlanName == "Åsele").Slug);
            Assert.All(first.Files, file => Assert.Contains(file, second.Files));
            Directory.Delete(alone, recursive: true);
            Directory.Delete(together, recursive: true);
        }

        [Fact]
        public void A_260_character_plan_name_gets_short_file_names_with_a_hash()
        {
            var folder = TestPaths.NewTempFolder("names");
            var name = "Kommun" + new string('x', 254);

            var summary = Run(folder, name);

            var stem = summary.Reports.Single().Slug;
            Assert.Equal(PlanSlug.MaxLength, stem.Length);
            Assert.Equal(summary.Files.OrderBy(path => path, StringComparer.Ordinal), TestPaths.FilesUnder(folder));
            Assert.Contains(stem + ".html", summary.Files);
            Assert.All(summary.Files, file => Assert.True(file.Length <= 4 + PlanSlug.MaxLength + 1 + "justified-exceptions.csv".Length, file));
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void The_count_printed_is_the_count_of_files_on_disk()
        {
            var folder = TestPaths.NewTempFolder("names");
            var log = new StringWriter();

            ReportJob.Run(new[] { "Krokom", "KrokomRegional", "Åsele", "Storuman" }.Select(Named).ToList(), Array.Empty<PlanFinding>(), folder, log);

            Assert.Contains("Wrote " + TestPaths.FilesUnder(folder).Count + " files:", log.ToString());
            Directory.Delete(folder, recursive: true);
        }
    }
}
