using System;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Text;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Tests.Server
{
    /// <summary>
    /// The language of the server's diagnostics and rule hovers: the setting <c>dslplanning.language</c> ("sv", "en") wins,
    /// else ("auto", or none) the editor's <c>locale</c>. The messages are the compiler's in that language (computed here,
    /// not written out), with the docs page in that language.
    /// </summary>
    public class LanguageTests
    {
        private const string Q = "municipal plan Q \"Plan\" {\n  owner X\n  review monthly\n  actor K \"Kommunen\" municipality\n}\n";
        private const string R = "municipal plan R \"Plan\" {\n  owner Y\n  period 2023..2030\n  review yearly\n  actor K \"Kommunen\" municipality\n}\n";

        [Fact]
        public async Task A_swedish_locale_gives_swedish_messages_and_docs_pages()
        {
            using var folder = Folder();

            await using var session = await LspSession.StartAsync(folder.Path, locale: "sv");

            AssertIn(PlanLanguage.Swedish, folder, "q.plan", Q, await session.WaitForDiagnosticsAsync(folder.Uri("q.plan")));
        }

        [Theory]
        [InlineData("sv-SE", null, PlanLanguage.Swedish)]
        [InlineData("sv", "auto", PlanLanguage.Swedish)]
        [InlineData("sv", "en", PlanLanguage.English)]
        [InlineData("en", "sv", PlanLanguage.Swedish)]
        [InlineData("en-US", null, PlanLanguage.English)]
        [InlineData(null, null, PlanLanguage.English)]
        public async Task The_setting_overrides_the_locale(string? locale, string? setting, PlanLanguage expected)
        {
            using var folder = Folder();

            await using var session = await LspSession.StartAsync(folder.Path, initializationOptions: new { language = setting }, locale: locale);

            AssertIn(expected, folder, "q.plan", Q, await session.WaitForDiagnosticsAsync(folder.Uri("q.plan")));
        }

        [Fact]
        public async Task Changing_the_setting_from_en_to_sv_publishes_every_open_plan_again_in_swedish()
        {
            using var folder = Folder();
            await using var session = await LspSession.StartAsync(folder.Path, initializationOptions: new { language = "en" }, locale: "sv");
            foreach (var (name, text) in new[] { ("q.plan", Q), ("r.plan", R) })
            {
                await session.OpenAsync(folder.Uri(name), text);
                AssertIn(PlanLanguage.English, folder, name, text, await session.WaitForDiagnosticsAsync(folder.Uri(name), published => published.Version == 1));
            }

            session.TakePublished();
            await session.NotifyAsync(Methods.DidChangeConfiguration, new { settings = new { dslplanning = new { language = "sv" } } });

            foreach (var (name, text) in new[] { ("q.plan", Q), ("r.plan", R) })
            {
                var published = await session.WaitForDiagnosticsAsync(folder.Uri(name), published => published.Diagnostics.All(diagnostic => diagnostic.CodeDescription!.Href.Contains("/sv/", StringComparison.Ordinal)));
                Assert.Equal(1, published.Version);
                AssertIn(PlanLanguage.Swedish, folder, name, text, published);
            }
        }

        [Fact]
        public async Task An_invalid_language_is_logged_and_the_locale_decides()
        {
            using var folder = Folder();

            await using var session = await LspSession.StartAsync(folder.Path, initializationOptions: new { language = "swedish" }, locale: "sv-SE");

            await session.WaitForLogAsync(line => line.Type == MessageType.Warning && line.Message.Contains("the setting language 'swedish' is not sv, en or auto", StringComparison.Ordinal));
            AssertIn(PlanLanguage.Swedish, folder, "q.plan", Q, await session.WaitForDiagnosticsAsync(folder.Uri("q.plan")));

            await session.NotifyAsync(Methods.DidChangeConfiguration, new { settings = new { dslplanning = new { language = "en" } } });
            await session.WaitForDiagnosticsAsync(folder.Uri("q.plan"), published => published.Diagnostics.All(diagnostic => !diagnostic.CodeDescription!.Href.Contains("/sv/", StringComparison.Ordinal)));
            await session.NotifyAsync(Methods.DidChangeConfiguration, new { settings = new { dslplanning = new { language = 7 } } });
            await session.NotifyAsync(Methods.DidChangeConfiguration, new { settings = new { dslplanning = new { language = "fr" } } });

            await session.WaitForLogAsync(line => line.Type == MessageType.Warning && line.Message.Contains("the setting language 'fr' is not sv, en or auto", StringComparison.Ordinal));
            AssertIn(PlanLanguage.Swedish, folder, "q.plan", Q, await session.WaitForDiagnosticsAsync(
                folder.Uri("q.plan"), published => published.Diagnostics.All(diagnostic => diagnostic.CodeDescription!.Href.Contains("/sv/", StringComparison.Ordinal))));
        }

        [Theory]
        [InlineData("sv", "**regel SP3003**: ", "Finansiering, fel som standard.", "docs/rules/sv/SP3003.md)")]
        [InlineData("en", "**rule SP3003**: ", "Funding, error by default.", "docs/rules/SP3003.md)")]
        public async Task A_rule_id_hover_is_in_the_servers_language(string language, string start, string severity, string link)
        {
            var plan = LinkedPlans.Municipal("\n      exception SP3003 \"Kostnaden delas med grannkommunen\"");
            await using var open = await OpenPlan.SmallAsync(plan, new { language });

            var hover = await open.Session.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(open.Document, Caret.After(plan, "exception SP30")));

            var expected = language == "sv" ? PlanLanguage.Swedish : PlanLanguage.English;
            Assert.StartsWith(start + DiagnosticCatalog.Find("SP3003")!.TextIn(expected).Title + "\n\n" + severity, hover!.Contents.Value, StringComparison.Ordinal);
            Assert.EndsWith(link, hover.Contents.Value, StringComparison.Ordinal);
        }

        private static PlanFolder Folder()
        {
            var folder = PlanFolder.Empty();
            folder.Write("q.plan", Q);
            folder.Write("r.plan", R);
            return folder;
        }

        /// <summary>The published diagnostics are the compiler's for the file, with their messages and docs pages in <paramref name="language"/>.</summary>
        private static void AssertIn(PlanLanguage language, PlanFolder folder, string name, string text, PublishDiagnosticsParams published)
        {
            // The server checks the folder's plans together, as this does.
            var compiled = PlanCompilation.Create(new[] { new SourceText(folder.FilePath("q.plan"), Q), new SourceText(folder.FilePath("r.plan"), R) }).Diagnostics
                .Where(diagnostic => diagnostic.Location.Path == folder.FilePath(name))
                .ToList();
            Assert.Equal(text, name == "q.plan" ? Q : R);
            Assert.NotEmpty(compiled);
            Assert.Equal(
                compiled.Select(diagnostic => (diagnostic.Id, diagnostic.MessageIn(language), diagnostic.Descriptor.HelpLinkIn(language))).OrderBy(item => item.ToString(), StringComparer.Ordinal),
                published.Diagnostics.Select(diagnostic => (diagnostic.Code!, diagnostic.Message, diagnostic.CodeDescription!.Href)).OrderBy(item => item.ToString(), StringComparer.Ordinal));
            if (name == "q.plan")
            {
                // SP1002's "did you mean" differs in the two languages: the test tells them apart.
                var other = language == PlanLanguage.Swedish ? PlanLanguage.English : PlanLanguage.Swedish;
                Assert.Contains(compiled, diagnostic => diagnostic.Id == "SP1002" && diagnostic.MessageIn(language) != diagnostic.MessageIn(other));
            }

            Assert.All(published.Diagnostics, diagnostic => Assert.Equal(
                language == PlanLanguage.Swedish,
                diagnostic.CodeDescription!.Href.StartsWith("https://github.com/DslPlanning/DslPlanning/blob/main/docs/rules/sv/SP", StringComparison.Ordinal)));
        }
    }
}
