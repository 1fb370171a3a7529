using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Server
{
    public class DiagnosticsTests
    {
        private const string KrokomOwnerLine = "  owner KrokomsKommun";

        [Fact]
        public async Task Every_plan_of_the_workspace_gets_its_diagnostics_after_initialized()
        {
            using var folder = PlanFolder.WithRealPlans();

            await using var session = await LspSession.StartAsync(folder.Path);

            foreach (var file in Directory.EnumerateFiles(folder.Path, "*.plan"))
            {
                var published = await session.WaitForDiagnosticsAsync(folder.Uri(Path.GetFileName(file)));
                Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            }
        }

        [Fact]
        public async Task A_broken_reference_is_published_at_its_name_with_code_and_docs_link_and_goes_when_fixed()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var uri = folder.Uri("krokom.plan");
            var text = folder.Text("krokom.plan");
            await session.OpenAsync(uri, text);
            var line = text.Split('\n').ToList().FindIndex(candidate => candidate.TrimEnd('\r') == KrokomOwnerLine);

            await session.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(new Range(new Position(line, 21), new Position(line, 21)), "X"));
            var broken = await session.WaitForDiagnosticsAsync(uri, published => published.Version == 2);

            var diagnostic = Assert.Single(broken.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            Assert.Equal("SP1002", diagnostic.Code);
            Assert.Equal(new Range(new Position(line, 8), new Position(line, 22)), diagnostic.Range);
            Assert.Equal("https://github.com/DslPlanning/DslPlanning/blob/main/docs/rules/SP1002.md", diagnostic.CodeDescription!.Href);
            Assert.Contains("KrokomsKommunX", diagnostic.Message, StringComparison.Ordinal);

            await session.ChangeAsync(uri, 3, new TextDocumentContentChangeEvent(new Range(new Position(line, 21), new Position(line, 22)), string.Empty));
            var fixedAgain = await session.WaitForDiagnosticsAsync(uri, published => published.Version == 3);
            Assert.DoesNotContain(fixedAgain.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public async Task An_edit_of_a_programme_publishes_the_diagnostics_of_the_plan_that_follows_it()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var programme = folder.Uri("jamtland-rsp.plan");
            var text = folder.Text("jamtland-rsp.plan");
            await session.OpenAsync(programme, text);
            var header = text.IndexOf("plan JämtlandRSP", StringComparison.Ordinal);
            Assert.True(header >= 0);
            var line = text.Substring(0, header).Count(c => c == '\n');

            await session.ChangeAsync(programme, 2, new TextDocumentContentChangeEvent(new Range(new Position(line, 5), new Position(line, 16)), "JämtlandRSP2"));

            var follower = await session.WaitForDiagnosticsAsync(folder.Uri("krokom.plan"), published => published.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
            Assert.Contains(follower.Diagnostics, diagnostic => diagnostic.Message.Contains("JämtlandRSP", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Only_plans_whose_diagnostics_change_are_published_again()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var uri = folder.Uri("pilotkommuner.plan");
            await session.OpenAsync(uri, folder.Text("pilotkommuner.plan"));
            await session.WaitForDiagnosticsAsync(uri, published => published.Version == 1);
            session.TakePublished();

            await session.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), "# a comment\n"));
            await session.WaitForDiagnosticsAsync(uri, published => published.Version == 2);

            Assert.Equal(new[] { uri }, session.TakePublished().Select(published => published.Uri).Distinct());
        }

        [Fact]
        public async Task An_exception_that_suppresses_nothing_is_tagged_unnecessary()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var uri = folder.Uri("krokom.plan");
            var text = folder.Text("krokom.plan");
            var afterOwner = text.IndexOf(KrokomOwnerLine, StringComparison.Ordinal) + KrokomOwnerLine.Length;
            await session.OpenAsync(uri, text.Insert(afterOwner, "\n  exception SP3001 \"tried\""));

            var published = await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Any(diagnostic => diagnostic.Code == "SP1017"));

            var unused = published.Diagnostics.Single(diagnostic => diagnostic.Code == "SP1017");
            Assert.Equal(new[] { DiagnosticTag.Unnecessary }, unused.Tags);
        }
    }
}
