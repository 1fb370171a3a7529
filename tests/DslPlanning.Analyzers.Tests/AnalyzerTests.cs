using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace DslPlanning.Analyzers.Tests
{
    public class AnalyzerTests
    {
        private static string RealPlan(string name) => Repository.RealPlans().Single(plan => plan.Path.EndsWith(name, StringComparison.Ordinal)).Text;

        /// <summary>
        /// The analyzer reports on the real plans what the compiler core does, each at its line and column with its severity
        /// and message (what the real plans report is their baseline's business, in the language tests).
        /// </summary>
        [Fact]
        public async Task The_analyzer_reports_the_compilers_diagnostics_of_the_real_plans()
        {
            var plans = Repository.RealPlans();
            var expected = Language.Semantics.PlanCompilation.Create(plans).Diagnostics
                .Select(diagnostic => $"{diagnostic.Location.Path}({diagnostic.Location.Start}): {diagnostic.Severity} {diagnostic.Id}: {diagnostic.Message}");

            var actual = (await RoslynHost.Analyze(plans))
                .Select(diagnostic => (Diagnostic: diagnostic, Span: diagnostic.Location.GetLineSpan()))
                .OrderBy(entry => entry.Span.Path, StringComparer.Ordinal)
                .ThenBy(entry => entry.Diagnostic.Location.SourceSpan.Start)
                .ThenBy(entry => entry.Diagnostic.Id, StringComparer.Ordinal)
                .Select(entry => $"{entry.Span.Path}({entry.Span.StartLinePosition.Line + 1},{entry.Span.StartLinePosition.Character + 1}): {Severity(entry.Diagnostic.Severity)} {entry.Diagnostic.Id}: {entry.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");

            Assert.Equal(expected, actual);
        }

        private static Language.Diagnostics.DiagnosticSeverity Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => Language.Diagnostics.DiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => Language.Diagnostics.DiagnosticSeverity.Warning,
            _ => Language.Diagnostics.DiagnosticSeverity.Info,
        };

        [Fact]
        public async Task A_real_plan_broken_in_three_places_gets_three_diagnostics_at_the_right_positions()
        {
            var krokom = RealPlan("krokom.plan")
                .Replace("  period 2023..2030", "  period 2023..")
                .Replace("      owner Näringslivskontoret\n      status ongoing\n      cost 200 kr per delivery", "      owner Näringslivskontor\n      status ongoing\n      cost 200 kr per delivery")
                .Replace("cost at most 50 000 kr per place per year", "cost at most 50 000 km per place per year");
            var files = Repository.RealPlans().Select(plan => plan.Path.EndsWith("krokom.plan", StringComparison.Ordinal) ? (plan.Path, krokom) : plan);

            // The other real plans keep their own warnings; Krokom's errors keep the rules from checking it.
            var diagnostics = (await RoslynHost.Analyze(files))
                .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning && diagnostic.Location.GetLineSpan().Path.EndsWith("plans/krokom.plan", StringComparison.Ordinal))
                .ToList();

            Assert.Equal(new[] { "SP0001", "SP1002", "SP1004" }, diagnostics.Select(diagnostic => diagnostic.Id).OrderBy(id => id));
            Assert.All(diagnostics, diagnostic => Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity));
            var lines = krokom.Split('\n');
            foreach (var diagnostic in diagnostics)
            {
                var start = diagnostic.Location.GetLineSpan().StartLinePosition;
                var line = lines[start.Line];
                var expected = diagnostic.Id switch
                {
                    "SP0001" => line.IndexOf("..", StringComparison.Ordinal) + 2,
                    "SP1002" => line.IndexOf("Näringslivskontor", StringComparison.Ordinal),
                    _ => line.IndexOf("50 000 km", StringComparison.Ordinal),
                };
                Assert.Equal(expected, start.Character);
                var lineStart = lines.Take(start.Line).Sum(previous => previous.Length + 1);
                Assert.Equal(lineStart + start.Character, diagnostic.Location.SourceSpan.Start);
            }
        }

        [Fact]
        public async Task Diagnostics_link_their_docs_page()
        {
            var diagnostic = (await RoslynHost.Analyze(new[] { ("/p/a.plan", "municipal plan A {\n  period 50 %\n}") })).Single(candidate => candidate.Id == "SP1004");

            Assert.Equal("SP1004", diagnostic.Id);
            Assert.EndsWith("/docs/rules/SP1004.md", diagnostic.Descriptor.HelpLinkUri);
            Assert.Equal("Expected a year or year range here, found the percentage 50 %; write e.g. 2023..2030", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public async Task Plans_are_checked_together_so_references_between_them_resolve()
        {
            var alone = await RoslynHost.Analyze(new[] { ("/p/m.plan", "municipal plan M {\n  area A serves R.IO1\n}") });
            var together = await RoslynHost.Analyze(new[] { ("/p/m.plan", "municipal plan M {\n  area A serves R.IO1\n}"), ("/p/r.plan", "regional plan R {\n  area IO1\n}") });

            Assert.Contains(alone, diagnostic => diagnostic.Id == "SP1002");
            Assert.DoesNotContain(together, diagnostic => diagnostic.Id == "SP1002");
        }

        [Fact]
        public async Task DslPlanningWarningsAsErrors_reports_warnings_as_errors()
        {
            var files = new[] { ("/p/a.plan", "annual plan A {\n}"), ("/p/m.plan", "municipal plan M {\n  follows A\n}") };

            var normal = (await RoslynHost.Analyze(files)).Single(diagnostic => diagnostic.Id == "SP1013");
            var strict = (await RoslynHost.Analyze(files, RoslynHost.Properties(("DslPlanningWarningsAsErrors", "true")))).Single(diagnostic => diagnostic.Id == "SP1013");

            Assert.Equal(("SP1013", DiagnosticSeverity.Warning), (normal.Id, normal.Severity));
            Assert.Equal(("SP1013", DiagnosticSeverity.Error), (strict.Id, strict.Severity));
        }

        [Theory]
        [InlineData("DslPlanningAsOf", "24-11-2026")]
        [InlineData("DslPlanningNamespace", "Not A Namespace")]
        [InlineData("DslPlanningWarningsAsErrors", "yes")]
        public async Task An_unusable_build_property_is_reported(string property, string value)
        {
            var diagnostic = (await RoslynHost.Analyze(new[] { ("/p/a.plan", "regional plan A {\n  period 2020\n}") }, RoslynHost.Properties((property, value)))).Single();

            Assert.Equal("SP9002", diagnostic.Id);
            Assert.Contains($"The build property {property} is '{value}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public async Task A_valid_as_of_date_is_accepted()
        {
            var diagnostics = await RoslynHost.Analyze(new[] { ("/p/a.plan", "regional plan A {\n  period 2020..2030\n}") }, RoslynHost.Properties(("DslPlanningAsOf", "2026-11-24")));

            Assert.Empty(diagnostics);
        }

        [Fact]
        public void The_analyzer_supports_every_diagnostic_of_the_catalog()
        {
            Assert.Equal(
                DiagnosticCatalog.All.Select(descriptor => descriptor.Id),
                new PlanAnalyzer().SupportedDiagnostics.Select(descriptor => descriptor.Id));
        }

        [Fact]
        public void The_release_tracking_file_lists_every_diagnostic_with_its_category_and_severity()
        {
            var path = Path.Combine(Repository.Root, "analyzers", "DslPlanning.Analyzers", "AnalyzerReleases.Unshipped.md");
            var rows = File.ReadAllLines(path)
                .Where(line => line.StartsWith("SP", StringComparison.Ordinal))
                .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
                .ToDictionary(cells => cells[0]);

            Assert.Equal(DiagnosticCatalog.All.Select(descriptor => descriptor.Id), rows.Keys.OrderBy(id => id, StringComparer.Ordinal));
            foreach (var descriptor in DiagnosticCatalog.All)
            {
                Assert.Equal(descriptor.Category, rows[descriptor.Id][1]);
                Assert.Equal(descriptor.DefaultSeverity.ToString(), rows[descriptor.Id][2]);
            }
        }
    }
}
