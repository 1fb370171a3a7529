using System;
using System.IO;
using System.Linq;
using CsCheck;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Reports.Tests.Robustness
{
    /// <summary>
    /// The report job over plans built from the shapes of issue 9 (<see cref="HostileShapes"/>): whatever the plans the
    /// binder accepts, the job either writes every file it says it wrote, and only those, or stops before writing with
    /// <see cref="ReportJobException"/> because plans' file names collide (what the build reports as SP1020); it never throws
    /// anything else, and what it prints is printable. Fixed seed in CI; <c>DSLPLANNING_SOAK</c> runs more.
    /// </summary>
    public class ShapePropertyTests
    {
        private const string FixedSeed = "2h5wq9dkz0ra";

        private static int Soak => int.TryParse(Environment.GetEnvironmentVariable("DSLPLANNING_SOAK"), out var factor) && factor > 0 ? factor : 0;

        [Fact]
        public void The_report_job_writes_what_it_says_or_stops_before_writing_when_file_names_collide()
        {
            var root = TestPaths.NewTempFolder("shapes");
            var run = 0;
            HostileShapes.Files.Sample(
                files =>
                {
                    var compilation = PlanCompilation.Create(files);
                    var plans = compilation.Models.ToList();
                    var findings = compilation.Diagnostics
                        .Select(diagnostic => (Diagnostic: diagnostic, Plan: compilation.Plans.FirstOrDefault(plan => plan.Tree.Text.Path == diagnostic.Location.Path && plan.Syntax.Span.Contains(diagnostic.Location.Span))))
                        .Where(entry => entry.Plan is not null)
                        .Select(entry => new PlanFinding(
                            entry.Plan!.Name, entry.Diagnostic.Id, Severity(entry.Diagnostic.Severity), entry.Diagnostic.Message,
                            Path.GetFileName(entry.Diagnostic.Location.Path), entry.Diagnostic.Location.Start.Line + 1, entry.Diagnostic.Location.Start.Character + 1))
                        .ToList();
                    var folder = Path.Combine(root, (run++).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var log = new StringWriter();
                    var collide = PlanSlug.Conflicts(plans.Select(plan => plan.Name).OrderBy(name => name, StringComparer.Ordinal).ToList()).Count > 0;
                    try
                    {
                        var summary = ReportJob.Run(plans, findings, folder, log);
                        if (collide)
                        {
                            throw new InvalidOperationException("plans whose file names collide were written");
                        }

                        var written = TestPaths.FilesUnder(folder);
                        if (!written.SequenceEqual(summary.Files.OrderBy(path => path, StringComparer.Ordinal)) || !log.ToString().Contains("Wrote " + written.Count + " file"))
                        {
                            throw new InvalidOperationException($"the job says it wrote {summary.Files.Count} files, {written.Count} are in the folder:\n{log}");
                        }
                    }
                    catch (ReportJobException) when (collide && !Directory.Exists(folder))
                    {
                        // Stopped before writing anything, as it should.
                    }

                    if (HostilePlanText.Unprintable(log.ToString()).Length > 0)
                    {
                        throw new InvalidOperationException("the job printed unprintable text");
                    }
                },
                seed: Soak > 0 ? null : FixedSeed,
                iter: Soak > 0 ? 60 * Soak : 60,
                threads: 1,
                print: HostileShapes.Describe);
            Directory.Delete(root, recursive: true);
        }

        private static FindingSeverity Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => FindingSeverity.Error,
            DiagnosticSeverity.Warning => FindingSeverity.Warning,
            _ => FindingSeverity.Info,
        };
    }
}
