using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports
{
    /// <summary>What a run wrote: the files (relative to the output folder, in writing order) and each plan's report.</summary>
    public sealed record ReportSummary(string OutputFolder, IReadOnlyList<string> Files, IReadOnlyList<PlanReport> Reports);

    /// <summary>
    /// The main job: writes every format of every plan's report into an output folder (the files of
    /// <see cref="ReportFileNames"/>) and prints what it wrote and what the build reported per plan. The output is
    /// byte-for-byte the same for the same plans. Every file name is known before the first is written: plans whose file
    /// names collide stop the job before it writes anything, and no file is written twice in a run.
    /// </summary>
    public static class ReportJob
    {
        /// <summary>Above this many plans the job prints a line per plan as it goes.</summary>
        public const int ProgressThreshold = 10;

        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        /// <exception cref="ReportJobException">
        /// Plans whose reports would have the same file names (nothing is written), or a file that cannot be written (the
        /// message says how many were).
        /// </exception>
        /// <param name="language">The language of the lines written to <paramref name="log"/> and of the problems; the reports are Swedish.</param>
        public static ReportSummary Run(
            IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings, string outputFolder, TextWriter? log = null, PlanLanguage language = PlanLanguage.English)
        {
            log ??= TextWriter.Null;
            CheckFileNames(plans.Select(plan => plan.Name).OrderBy(name => name, StringComparer.Ordinal).ToList());
            var reports = ReportBuilder.BuildAll(plans, findings);
            var files = reports.SelectMany(Files).Concat(IndexFiles(reports)).ToList();
            CheckWrittenOnce(files);

            var folder = ReportFolder.Open(outputFolder, files.Count);
            log.WriteLine(JobText.Writing(reports.Count, outputFolder).In(language));
            var width = reports.Count.ToString(CultureInfo.InvariantCulture).Length;
            var done = 0;
            foreach (var file in files)
            {
                if (file.Report is { } report && reports.Count > ProgressThreshold && file.Path == ReportFileNames.Html(report.Slug))
                {
                    done++;
                    log.WriteLine("[" + done.ToString(CultureInfo.InvariantCulture).PadLeft(width) + "/" + reports.Count.ToString(CultureInfo.InvariantCulture) + "] "
                        + PrintableText.Escape(report.Slug));
                }

                folder.Write(file.Path, file.Content());
            }

            PrintSummary(log, reports, folder.Written.Count, outputFolder, language);
            return new ReportSummary(outputFolder, folder.Written, reports);
        }

        /// <summary>The same policy as the build's SP1020, for plans that did not come through a build (C# code can make them).</summary>
        private static void CheckFileNames(IReadOnlyList<string> names)
        {
            var conflicts = PlanSlug.Conflicts(names);
            if (conflicts.Count == 0)
            {
                return;
            }

            // Plan names made in C# may hold any character; escaped, each problem stays one printable line.
            var lines = conflicts.Select(conflict =>
            {
                var plan = PrintableText.Escape(names[conflict.Plan]);
                if (conflict.Earlier is not { } earlier)
                {
                    return JobText.ReservedName(plan, conflict.Stem);
                }

                return names[earlier] == names[conflict.Plan] ? JobText.SameName(plan, conflict.Stem) : JobText.SameFiles(PrintableText.Escape(names[earlier]), plan, conflict.Stem);
            });
            throw new ReportJobException(Phrase.Join(Environment.NewLine, lines.Append(JobText.NothingWritten)));
        }

        /// <summary>
        /// A file of the run is written once: a second path that is the same (also ignoring case, as Windows and macOS do)
        /// stops the job first. Plans have stems of their own (above) and a report's tables ids of their own, so this
        /// guards the promise against a mistake in the layout rather than against any plan.
        /// </summary>
        private static void CheckWrittenOnce(IEnumerable<ReportFile> files)
        {
            var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files)
            {
                if (!paths.Add(file.Path))
                {
                    throw new ReportJobException(JobText.WrittenTwice(file.Path, file.Report is { } report ? PrintableText.Escape(report.PlanName) : null));
                }
            }
        }

        private static IEnumerable<ReportFile> Files(PlanReport report)
        {
            yield return new ReportFile(ReportFileNames.Html(report.Slug), () => Utf8.GetBytes(HtmlWriter.Write(report)), report);
            yield return new ReportFile(ReportFileNames.Markdown(report.Slug), () => Utf8.GetBytes(MarkdownWriter.Write(report)), report);
            yield return new ReportFile(ReportFileNames.Json(report.Slug), () => JsonWriter.Write(report), report);
            foreach (var (path, content) in CsvWriter.Files(report))
            {
                yield return new ReportFile(path, content, report);
            }
        }

        private static IEnumerable<ReportFile> IndexFiles(IReadOnlyList<PlanReport> reports)
        {
            yield return new ReportFile(ReportFileNames.IndexHtml, () => Utf8.GetBytes(HtmlWriter.WriteIndex(reports)), null);
            yield return new ReportFile(ReportFileNames.IndexMarkdown, () => Utf8.GetBytes(MarkdownWriter.WriteIndex(reports)), null);
        }

        private static void PrintSummary(TextWriter log, IReadOnlyList<PlanReport> reports, int fileCount, string outputFolder, PlanLanguage language)
        {
            var width = reports.Select(report => report.Slug.Length).DefaultIfEmpty(0).Max();
            foreach (var report in reports)
            {
                var counts = report.Counts;
                var diagnostics = new List<string>();
                if (counts.Errors > 0)
                {
                    diagnostics.Add(JobText.Errors(counts.Errors).In(language));
                }

                diagnostics.Add(JobText.Warnings(counts.Warnings).In(language));
                diagnostics.Add(JobText.JustifiedExceptions(counts.JustifiedExceptions).In(language));
                log.WriteLine("  " + PrintableText.Escape(report.Slug).PadRight(width) + "  " + string.Join(", ", diagnostics).PadRight(42) + PrintableText.Escape(report.Title));
                log.WriteLine("  " + new string(' ', width) + "  " + JobText.Completeness(report.Completeness).In(language));
            }

            log.WriteLine(JobText.Wrote(fileCount).In(language));
            log.WriteLine(JobText.Open(Path.Combine(outputFolder, ReportFileNames.IndexHtml)).In(language));
        }

        /// <summary>A file of the run: where it goes, how to make its bytes, and the plan it belongs to (none for the index).</summary>
        private sealed record ReportFile(string Path, Func<byte[]> Content, PlanReport? Report);
    }
}
