using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>
    /// Plans as real documents write them, with the weaknesses a planning officer finds (issue 12): a regional programme,
    /// its annual action plan and a municipal plan with its own action plan, in <c>WeakPlans/</c> (test inputs, not real
    /// plans). Built through the analyzer as <c>dotnet build</c> builds them, with <c>DslPlanningAsOf=2025-03-01</c>, each
    /// finding is reported on the line whose <c># expect:</c> comment names it (checked by hand against the plans), the
    /// checks of the issue as warnings, and the law's future years as information.
    /// </summary>
    public class WeakPlanTests
    {
        private static readonly string Folder = Path.Combine(Repository.Root, "tests", "DslPlanning.Analyzers.Tests", "WeakPlans");

        /// <summary>The findings the issue asks for: an owner, another area's goal, names written two ways, the annual plan's unserved goals, an ended action plan, no programme followed, a value without a year, a title twice, no financing.</summary>
        private static readonly string[] IssueWarnings = { "SP5014", "SP5015", "SP5016", "SP5017", "SP5018", "SP5019", "SP5020", "SP5021", "SP3008" };

        [Fact]
        public async Task Each_weakness_is_a_warning_of_dotnet_build_at_the_line_that_expects_it()
        {
            var files = Directory.EnumerateFiles(Folder, "*.plan").OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (Path: path, Text: File.ReadAllText(path).Replace("\r\n", "\n"))).ToList();
            var expected = files.SelectMany(file => ExpectComments.Of(file.Text).Select(expectation => (File: Path.GetFileName(file.Path), expectation.Line, expectation.Id))).ToHashSet();

            var diagnostics = await RoslynHost.Analyze(files, RoslynHost.Properties(("DslPlanningAsOf", "2025-03-01")));
            var reported = diagnostics
                .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning || expected.Any(expectation => expectation.Id == diagnostic.Id))
                .Select(diagnostic => (Diagnostic: diagnostic, Span: diagnostic.Location.GetLineSpan()))
                .ToList();
            var actual = reported.Select(entry => (File: Path.GetFileName(entry.Span.Path), Line: entry.Span.StartLinePosition.Line + 1, entry.Diagnostic.Id)).ToHashSet();

            Assert.True(expected.SetEquals(actual),
                "expected but not reported: " + string.Join(", ", expected.Except(actual)) + "\nreported but not expected: " + string.Join(", ", actual.Except(expected)));
            Assert.All(IssueWarnings, id => Assert.Contains(reported, entry => entry.Diagnostic.Id == id && entry.Diagnostic.Severity == DiagnosticSeverity.Warning));
            Assert.Contains(reported, entry => entry.Diagnostic.Id == "SP4006" && entry.Diagnostic.Severity == DiagnosticSeverity.Info);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        }
    }
}
