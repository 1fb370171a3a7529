using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Language.Formatting;
using DslPlanning.Language.Parsing;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    public class CodeActionTests
    {
        private const string OwnerStub = "Add 'owner KrokomsKommun' (ansvarig) to action Kommunikationsinsatser";

        private const string ExceptionForSP5014 = "Add a justified exception (särskilda skäl) for SP5014 to action Kommunikationsinsatser";

        [Fact]
        public async Task A_misspelt_name_is_fixed_with_the_name_the_message_suggests()
        {
            var text = SmallPlans.Ownerless.Replace("    funding Kommunstyrelsen", "    funding Kommunstyrelsn");

            var (fix, fixedText, published) = await Apply(text, SmallPlans.ActionLine + 1, "Change 'Kommunstyrelsn' to 'Kommunstyrelsen'");

            Assert.Equal("SP1002", Assert.Single(fix.Diagnostics).Code);
            Assert.Equal(CodeActionKind.QuickFix, fix.Kind);
            Assert.True(fix.IsPreferred);
            Assert.Equal(SmallPlans.Ownerless, fixedText);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public async Task An_action_without_owner_gets_an_owner_stub_that_ends_the_finding()
        {
            var (fix, fixedText, published) = await Apply(SmallPlans.Ownerless, SmallPlans.ActionLine, OwnerStub);

            Assert.Equal("SP5014", Assert.Single(fix.Diagnostics).Code);
            Assert.Equal("    owner KrokomsKommun", Lines(fixedText)[SmallPlans.ActionEndLine]);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "SP5014");
        }

        [Fact]
        public async Task An_action_without_funding_gets_a_funding_stub_that_ends_the_finding()
        {
            var text = SmallPlans.Ownerless.Replace("    funding Kommunstyrelsen", "    owner Näringslivskontoret");

            var (fix, fixedText, published) = await Apply(text, SmallPlans.ActionLine, "Add 'funding Kommunstyrelsen' (finansiering) to action Kommunikationsinsatser");

            // A municipal plan states who pays for each action: the finding is SP3008 (SP3002 in programmes).
            Assert.Equal("SP3008", Assert.Single(fix.Diagnostics).Code);
            Assert.Equal("    funding Kommunstyrelsen", Lines(fixedText)[SmallPlans.ActionEndLine]);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code is "SP3002" or "SP3008");
        }

        [Fact]
        public async Task A_finding_gets_an_exception_on_its_element_laid_out_as_the_formatter_lays_it_out()
        {
            var (_, fixedText, published) = await Apply(SmallPlans.Ownerless, SmallPlans.ActionLine, ExceptionForSP5014);

            Assert.Equal("    exception SP5014 \"Ange särskilda skäl\"", Lines(fixedText)[SmallPlans.ActionEndLine]);
            Assert.Equal(fixedText, PlanFormatter.Format("plan.plan", fixedText).Text);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "SP5014");
            Assert.Contains(published.Diagnostics, diagnostic => diagnostic.Code == "SP1016");
        }

        [Fact]
        public async Task An_element_without_a_block_gets_one_for_its_exception()
        {
            var text = SmallPlans.Ownerless.Replace(
                "  action Kommunikationsinsatser \"Kommunikationsinsatser\" serves M1.2 {\n    funding Kommunstyrelsen\n  }",
                "  action Kommunikationsinsatser \"Kommunikationsinsatser\" serves M1.2");

            var (_, fixedText, published) = await Apply(text, SmallPlans.ActionLine, ExceptionForSP5014);

            Assert.Equal(
                new[] { "  action Kommunikationsinsatser \"Kommunikationsinsatser\" serves M1.2 {", "    exception SP5014 \"Ange särskilda skäl\"", "  }" },
                Lines(fixedText).Skip(SmallPlans.ActionLine).Take(3));
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "SP5014");
        }

        [Fact]
        public async Task An_unused_exception_is_removed_with_its_line()
        {
            var text = SmallPlans.Ownerless.Replace("    funding Kommunstyrelsen\n", "    funding Kommunstyrelsen\n    exception SP3002 \"Finansieringen är angiven\"\n");

            var (fix, fixedText, published) = await Apply(text, SmallPlans.ActionLine + 2, "Remove the exception for SP3002, which no finding needs");

            Assert.Equal("SP1017", Assert.Single(fix.Diagnostics).Code);
            Assert.Equal(SmallPlans.Ownerless, fixedText);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "SP1017");
        }

        [Fact]
        public async Task A_range_over_the_whole_document_gets_the_fixes_of_every_finding_in_it()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);

            var actions = await plan.Session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
                plan.Document, new Range(new Position(0, 0), new Position(int.MaxValue, 0)), null));

            Assert.Contains(actions, action => action.Title == OwnerStub);
            Assert.Contains(actions, action => action.Title == ExceptionForSP5014);
        }

        [Fact]
        public async Task With_a_swedish_locale_the_titles_are_swedish_with_the_documents_terms()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless, locale: "sv");

            var actions = await plan.Session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
                plan.Document, new Range(new Position(0, 0), new Position(int.MaxValue, 0)), null));

            Assert.Contains(actions, action => action.Title == "Lägg till 'owner KrokomsKommun' (ansvarig) i åtgärden Kommunikationsinsatser");
            Assert.Contains(actions, action => action.Title == "Lägg till ett motiverat undantag (särskilda skäl) för SP5014 i åtgärden Kommunikationsinsatser");
            Assert.DoesNotContain(actions, action => action.Title.StartsWith("Add", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task With_a_swedish_locale_a_misspelt_name_and_an_unused_exception_get_swedish_titles()
        {
            var misspelt = SmallPlans.Ownerless.Replace("    funding Kommunstyrelsen", "    funding Kommunstyrelsn");
            var unused = SmallPlans.Ownerless.Replace("    funding Kommunstyrelsen\n", "    funding Kommunstyrelsen\n    exception SP3002 \"Finansieringen är angiven\"\n");

            var (_, corrected, _) = await Apply(misspelt, SmallPlans.ActionLine + 1, "Ändra 'Kommunstyrelsn' till 'Kommunstyrelsen'", "sv");
            var (_, removed, _) = await Apply(unused, SmallPlans.ActionLine + 2, "Ta bort det motiverade undantaget för SP3002, som inget fynd behöver", "sv");

            Assert.Equal(SmallPlans.Ownerless, corrected);
            Assert.Equal(SmallPlans.Ownerless, removed);
        }

        [Fact]
        public async Task Only_kinds_other_than_quickfix_get_no_actions()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);
            var session = plan.Session;

            var actions = await session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
                new TextDocumentIdentifier(plan.Uri), new Range(new Position(SmallPlans.ActionLine, 0), new Position(SmallPlans.ActionLine, 200)), new CodeActionContext(null, new[] { CodeActionKind.Refactor })));

            Assert.Empty(actions);
        }

        [Fact]
        public async Task Every_fix_offered_on_the_real_plans_leaves_them_without_syntax_errors()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var offered = 0;

            foreach (var file in Directory.EnumerateFiles(folder.Path, "*.plan"))
            {
                var uri = folder.Uri(Path.GetFileName(file));
                var text = File.ReadAllText(file);
                var actions = await session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
                    new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(int.MaxValue, 0)), null));
                foreach (var action in actions)
                {
                    var fixedText = TextEdits.Apply(text, TextEdits.Of(action.Edit, uri));
                    Assert.NotEqual(text, fixedText);
                    Assert.DoesNotContain(PlanParser.Parse(file, fixedText).Diagnostics, diagnostic => diagnostic.Severity == Language.Diagnostics.DiagnosticSeverity.Error);
                    offered++;
                }
            }

            Assert.NotEqual(0, offered);
        }

        [Fact]
        public async Task Every_exception_offered_on_the_real_plans_suppresses_its_finding()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var files = Directory.EnumerateFiles(folder.Path, "*.plan").ToDictionary(file => file, File.ReadAllText);
            var offered = 0;

            foreach (var (file, text) in files)
            {
                var uri = folder.Uri(Path.GetFileName(file));
                var actions = await session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
                    new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(int.MaxValue, 0)), null));
                foreach (var action in actions.Where(action => action.Title.StartsWith("Add a justified exception", System.StringComparison.Ordinal)))
                {
                    var id = action.Diagnostics.Single().Code;
                    var fixedText = TextEdits.Apply(text, TextEdits.Of(action.Edit, uri));
                    var before = Count(files, id, file);
                    var after = Count(files.Select(entry => (entry.Key, entry.Key == file ? fixedText : entry.Value)), id, file);
                    Assert.True(after < before, $"{action.Title} in {Path.GetFileName(file)} leaves {after} of {before} findings");
                    offered++;
                }
            }

            Assert.NotEqual(0, offered);
        }

        private static int Count(IEnumerable<KeyValuePair<string, string>> files, string id, string path) =>
            Count(files.Select(file => (file.Key, file.Value)), id, path);

        private static int Count(IEnumerable<(string Path, string Text)> files, string id, string path) =>
            Language.Semantics.PlanCompilation.Create(files).Diagnostics.Count(diagnostic => diagnostic.Id == id && diagnostic.Location.Path == path);

        /// <summary>
        /// Opens <paramref name="text"/>, asks for the code actions on <paramref name="line"/>, applies the one titled
        /// <paramref name="title"/> as the editor would, and waits for the diagnostics of the fixed text.
        /// </summary>
        private static async Task<(CodeAction Fix, string FixedText, PublishDiagnosticsParams Published)> Apply(string text, int line, string title, string? locale = null)
        {
            await using var plan = await OnePlanSession.StartAsync(text, locale);
            var actions = await plan.Session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
                plan.Document, new Range(new Position(line, 0), new Position(line, 200)), new CodeActionContext(new Diagnostic[0], null)));
            var fix = Assert.Single(actions, action => action.Title == title);
            var fixedText = TextEdits.Apply(text, TextEdits.Of(fix.Edit, plan.Uri));

            await plan.Session.OpenAsync(plan.Uri, fixedText, version: 7);
            return (fix, fixedText, await plan.Session.WaitForDiagnosticsAsync(plan.Uri, published => published.Version == 7));
        }

        private static IReadOnlyList<string> Lines(string text) => text.Split('\n');
    }
}
