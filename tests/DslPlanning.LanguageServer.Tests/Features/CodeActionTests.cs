using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Language.Parsing;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    public class CodeActionTests
    {
        [Fact]
        public async Task A_misspelt_name_is_fixed_with_the_name_the_message_suggests()
        {
            var text = SmallPlans.Ownerless.Replace("    funding Kommunstyrelsen", "    funding Kommunstyrelsn");
            await using var plan = await OnePlanSession.StartAsync(text);
            var session = plan.Session;

            var actions = await ActionsAt(session, plan.Uri, SmallPlans.ActionLine + 1);

            var fix = Assert.Single(actions, action => action.Diagnostics.Single().Code == "SP1002");
            Assert.Equal("Change 'Kommunstyrelsn' to 'Kommunstyrelsen'", fix.Title);
            Assert.Equal(CodeActionKind.QuickFix, fix.Kind);
            Assert.True(fix.IsPreferred);
            Assert.Equal(SmallPlans.Ownerless, TextEdits.Apply(text, TextEdits.Of(fix.Edit, plan.Uri)));
        }

        [Fact]
        public async Task An_action_without_owner_gets_an_owner_stub_that_ends_the_finding()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);
            var session = plan.Session;
            var uri = plan.Uri;

            var actions = await ActionsAt(session, uri, SmallPlans.ActionLine);

            var stub = Assert.Single(actions, action => action.Title.StartsWith("Add 'owner", System.StringComparison.Ordinal));
            Assert.Equal("Add 'owner KrokomsKommun' (ansvarig) to action Kommunikationsinsatser", stub.Title);
            Assert.Equal("SP5014", Assert.Single(stub.Diagnostics).Code);
            var fixedText = TextEdits.Apply(SmallPlans.Ownerless, TextEdits.Of(stub.Edit, uri));
            Assert.Equal("    owner KrokomsKommun", Lines(fixedText)[SmallPlans.ActionEndLine]);
            var published = await ChangeAndWait(session, uri, fixedText);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "SP5014");
        }

        [Fact]
        public async Task An_action_without_funding_gets_a_funding_stub()
        {
            var text = SmallPlans.Ownerless.Replace("    funding Kommunstyrelsen", "    owner Näringslivskontoret");
            await using var plan = await OnePlanSession.StartAsync(text);
            var session = plan.Session;
            var uri = plan.Uri;

            var actions = await ActionsAt(session, uri, SmallPlans.ActionLine);

            var stub = Assert.Single(actions, action => action.Diagnostics.Single().Code == "SP3002" && action.Title.StartsWith("Add 'funding", System.StringComparison.Ordinal));
            Assert.Equal("Add 'funding Kommunstyrelsen' (finansiering) to action Kommunikationsinsatser", stub.Title);
            var published = await ChangeAndWait(session, uri, TextEdits.Apply(text, TextEdits.Of(stub.Edit, uri)));
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "SP3002");
        }

        [Fact]
        public async Task A_finding_gets_an_exception_on_its_element_laid_out_as_the_formatter_lays_it_out()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);
            var session = plan.Session;
            var uri = plan.Uri;

            var actions = await ActionsAt(session, uri, SmallPlans.ActionLine);

            var exception = Assert.Single(actions, action => action.Title.Contains("exception", System.StringComparison.Ordinal));
            Assert.Equal("Add a justified exception (särskilda skäl) for SP5014 to action Kommunikationsinsatser", exception.Title);
            var fixedText = TextEdits.Apply(SmallPlans.Ownerless, TextEdits.Of(exception.Edit, uri));
            Assert.Equal("    exception SP5014 \"Ange särskilda skäl\"", Lines(fixedText)[SmallPlans.ActionEndLine]);
            var published = await ChangeAndWait(session, uri, fixedText);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "SP5014");
            Assert.Contains(published.Diagnostics, diagnostic => diagnostic.Code == "SP1016");
            Assert.Empty(await session.RequestAsync<TextEdit[]>(Methods.Formatting, new DocumentFormattingParams(new TextDocumentIdentifier(uri), null)));
        }

        [Fact]
        public async Task An_element_without_a_block_gets_one_for_its_exception()
        {
            var text = SmallPlans.Ownerless.Replace(
                "  action Kommunikationsinsatser \"Kommunikationsinsatser\" serves M1.2 {\n    funding Kommunstyrelsen\n  }",
                "  action Kommunikationsinsatser \"Kommunikationsinsatser\" serves M1.2");
            await using var plan = await OnePlanSession.StartAsync(text);
            var session = plan.Session;
            var uri = plan.Uri;

            var actions = await ActionsAt(session, uri, SmallPlans.ActionLine);

            var exception = Assert.Single(actions, action => action.Title.Contains("for SP5014", System.StringComparison.Ordinal));
            var fixedText = TextEdits.Apply(text, TextEdits.Of(exception.Edit, uri));
            Assert.Equal(
                new[] { "  action Kommunikationsinsatser \"Kommunikationsinsatser\" serves M1.2 {", "    exception SP5014 \"Ange särskilda skäl\"", "  }" },
                Lines(fixedText).Skip(SmallPlans.ActionLine).Take(3));
            var published = await ChangeAndWait(session, uri, fixedText);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "SP5014");
        }

        [Fact]
        public async Task An_unused_exception_is_removed_with_its_line()
        {
            var text = SmallPlans.Ownerless.Replace("    funding Kommunstyrelsen\n", "    funding Kommunstyrelsen\n    exception SP3002 \"Finansieringen är angiven\"\n");
            await using var plan = await OnePlanSession.StartAsync(text);
            var session = plan.Session;
            var uri = plan.Uri;

            var actions = await ActionsAt(session, uri, SmallPlans.ActionLine + 2);

            var removal = Assert.Single(actions, action => action.Diagnostics.Single().Code == "SP1017");
            Assert.Equal("Remove the exception for SP3002, which no finding needs", removal.Title);
            Assert.Equal(SmallPlans.Ownerless, TextEdits.Apply(text, TextEdits.Of(removal.Edit, uri)));
        }

        [Fact]
        public async Task A_range_over_the_whole_document_gets_the_fixes_of_every_finding_in_it()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);

            var actions = await plan.Session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
                plan.Document, new Range(new Position(0, 0), new Position(int.MaxValue, 0)), null));

            Assert.Contains(actions, action => action.Title == "Add 'owner KrokomsKommun' (ansvarig) to action Kommunikationsinsatser");
            Assert.Contains(actions, action => action.Title == "Add a justified exception (särskilda skäl) for SP5014 to action Kommunikationsinsatser");
        }

        [Fact]
        public async Task Only_kinds_other_than_quickfix_get_no_actions()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);
            var session = plan.Session;

            var actions = await session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
                new TextDocumentIdentifier(plan.Uri), LineRange(SmallPlans.ActionLine), new CodeActionContext(null, new[] { CodeActionKind.Refactor })));

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

        private static Task<CodeAction[]> ActionsAt(LspSession session, string uri, int line) =>
            session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(new TextDocumentIdentifier(uri), LineRange(line), new CodeActionContext(new Diagnostic[0], null)));

        private static Range LineRange(int line) => new(new Position(line, 0), new Position(line, 200));

        private static async Task<PublishDiagnosticsParams> ChangeAndWait(LspSession session, string uri, string text)
        {
            await session.OpenAsync(uri, text, version: 7);
            return await session.WaitForDiagnosticsAsync(uri, published => published.Version == 7);
        }

        private static IReadOnlyList<string> Lines(string text) => text.Split('\n');
    }
}
