using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DslPlanning.Model;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports
{
    /// <summary>What a run wrote: the files (relative to the output folder, in writing order) and each plan's report.</summary>
    public sealed record ReportSummary(string OutputFolder, IReadOnlyList<string> Files, IReadOnlyList<PlanReport> Reports);

    /// <summary>
    /// The main job: writes every format of every plan's report into an output folder — <c>&lt;slug&gt;.html</c>,
    /// <c>.md</c>, <c>.json</c>, <c>csv/&lt;slug&gt;-&lt;table&gt;.csv</c>, <c>index.html</c> and <c>index.md</c> — and
    /// prints what it wrote and what the build reported per plan. The output is byte-for-byte the same for the same plans.
    /// </summary>
    public static class ReportJob
    {
        /// <summary>Above this many plans the job prints a line per plan as it goes.</summary>
        public const int ProgressThreshold = 10;

        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        public static ReportSummary Run(IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings, string outputFolder, TextWriter? log = null)
        {
            log ??= TextWriter.Null;
            var reports = ReportBuilder.BuildAll(plans, findings);
            Directory.CreateDirectory(Path.Combine(outputFolder, "csv"));
            var files = new List<string>();
            void Write(string relativePath, byte[] content)
            {
                File.WriteAllBytes(Path.Combine(outputFolder, relativePath), content);
                files.Add(relativePath);
            }

            log.WriteLine("Writing the reports of " + Count(reports.Count, "plan") + " to " + outputFolder);
            for (var i = 0; i < reports.Count; i++)
            {
                var report = reports[i];
                if (reports.Count > ProgressThreshold)
                {
                    log.WriteLine("[" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(reports.Count.ToString(CultureInfo.InvariantCulture).Length)
                        + "/" + reports.Count.ToString(CultureInfo.InvariantCulture) + "] " + report.Slug);
                }

                Write(report.Slug + ".html", Utf8.GetBytes(HtmlWriter.Write(report)));
                Write(report.Slug + ".md", Utf8.GetBytes(MarkdownWriter.Write(report)));
                Write(report.Slug + ".json", JsonWriter.Write(report));
                foreach (var (fileName, content) in CsvWriter.Write(report))
                {
                    Write("csv/" + fileName, content);
                }
            }

            Write("index.html", Utf8.GetBytes(HtmlWriter.WriteIndex(reports)));
            Write("index.md", Utf8.GetBytes(MarkdownWriter.WriteIndex(reports)));

            PrintSummary(log, reports, files.Count, outputFolder);
            return new ReportSummary(outputFolder, files, reports);
        }

        private static void PrintSummary(TextWriter log, IReadOnlyList<PlanReport> reports, int fileCount, string outputFolder)
        {
            var width = reports.Select(report => report.Slug.Length).DefaultIfEmpty(0).Max();
            foreach (var report in reports)
            {
                var counts = report.Counts;
                var diagnostics = new List<string>();
                if (counts.Errors > 0)
                {
                    diagnostics.Add(Count(counts.Errors, "error"));
                }

                diagnostics.Add(Count(counts.Warnings, "warning"));
                diagnostics.Add(Count(counts.JustifiedExceptions, "justified exception"));
                log.WriteLine("  " + report.Slug.PadRight(width) + "  " + string.Join(", ", diagnostics).PadRight(42) + report.Title);
            }

            log.WriteLine("Wrote " + Count(fileCount, "file") + ": per plan <plan>.html, <plan>.md, <plan>.json and csv/<plan>-<table>.csv; index.html and index.md.");
            log.WriteLine("Open " + Path.Combine(outputFolder, "index.html") + ".");
        }

        private static string Count(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
