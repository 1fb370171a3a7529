using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DslPlanning.Language.Formatting;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Walks
{
    /// <summary>
    /// A plan author's session, as issue 11 walks it: the plans folder open, a new action typed from scratch with
    /// completion only (the author types the new name and title, every reference comes from completion), a reference
    /// broken and fixed with the quick fix, the programme's funder renamed in both plans, the plan formatted.
    /// </summary>
    public class PlanAuthorWalkTests
    {
        private const string ActionPlan = "vasterbotten-handlingsplan-2018.plan";
        private const string Programme = "vasterbotten-rsp.plan";

        private readonly PlanFolder _folder = PlanFolder.WithRealPlans();
        private LspSession _session = null!;
        private string _text = string.Empty;
        private int _version = 1;

        private string Uri => _folder.Uri(ActionPlan);

        [Fact]
        public async Task A_plan_author_types_an_action_breaks_and_fixes_a_reference_renames_a_funder_and_formats()
        {
            await using (_session = await LspSession.StartAsync(_folder.Path))
            {
                _text = _folder.Text(ActionPlan);
                await _session.OpenAsync(Uri, _text, _version);

                await TypeNewActionWithCompletionAsync();
                await AssertNoErrorsAsync();

                await BreakAndFixOwnerAsync();
                await RenameProgrammeFunderAsync();
                await FormatAsync();
            }

            _folder.Dispose();
        }

        private async Task TypeNewActionWithCompletionAsync()
        {
            // A new line inside area PO1, before its closing brace.
            var close = _text.IndexOf("\n  }\n", _text.IndexOf("area PO1", StringComparison.Ordinal), StringComparison.Ordinal) + 1;
            await EditAsync(close, 0, "    \n");
            var item = (await CompleteAsync(close + 4)).Single(candidate => candidate.Label == "action" && candidate.Kind == CompletionItemKind.Snippet);
            await ApplyAsync(item.TextEdit, Expand(item.TextEdit.NewText, "    ", "Butiksbesök", "Besök hos byabutikerna"));

            await FillFromCompletionAsync("serves ", item => item.Label.StartsWith("VästerbottenRSP.", StringComparison.Ordinal));
            await FillFromCompletionAsync("owner ", _ => true);
            await FillFromCompletionAsync("funding ", item => item.Label == "VästerbottenRSP.Anslag11");

            var action = _text.Substring(_text.IndexOf("    action Butiksbesök", StringComparison.Ordinal));
            action = action.Substring(0, action.IndexOf("\n    }\n", StringComparison.Ordinal) + 6);
            Assert.Matches(@"^    action Butiksbesök ""Besök hos byabutikerna"" serves VästerbottenRSP\.\S+ \{\n      owner \S+\n      funding VästerbottenRSP\.Anslag11\n( *\n)?    \}$", action);
        }

        private async Task BreakAndFixOwnerAsync()
        {
            var owner = _text.IndexOf("owner ", _text.IndexOf("action Butiksbesök", StringComparison.Ordinal), StringComparison.Ordinal) + "owner ".Length;
            await EditAsync(owner + 2, 0, "q");
            var broken = await _session.WaitForDiagnosticsAsync(Uri, published => published.Version == _version);
            var error = Assert.Single(broken.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            Assert.Equal("SP1002", error.Code);

            var fixes = await _session.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(new TextDocumentIdentifier(Uri), error.Range, new CodeActionContext(new[] { error }, null)));
            var fix = fixes.First(action => action.Kind == CodeActionKind.QuickFix && action.Title.StartsWith("Change", StringComparison.Ordinal));
            await ApplyAllAsync(TextEdits.Of(fix.Edit, Uri));
            await AssertNoErrorsAsync();
        }

        private async Task RenameProgrammeFunderAsync()
        {
            var programmeText = _folder.Text(Programme);
            await _session.OpenAsync(_folder.Uri(Programme), programmeText);
            var declaration = LineMap.For(programmeText).ToPosition(programmeText.IndexOf("funder Anslag11", StringComparison.Ordinal) + "funder ".Length);

            var edit = await _session.RequestAsync<WorkspaceEdit>(Methods.Rename, new RenameParams(new TextDocumentIdentifier(_folder.Uri(Programme)), declaration, "Länsanslaget"));

            Assert.Equal(new[] { _folder.Uri(Programme), Uri }.OrderBy(uri => uri, StringComparer.Ordinal), edit.Changes.Keys.OrderBy(uri => uri, StringComparer.Ordinal));
            // The editor applies the edit to both documents, the programme first here; the action plan's diagnostics at
            // its new version are then those of both renamed.
            var renamedProgramme = TextEdits.Apply(programmeText, TextEdits.Of(edit, _folder.Uri(Programme)));
            await _session.ChangeAsync(_folder.Uri(Programme), 2, new TextDocumentContentChangeEvent(null, renamedProgramme));
            await ApplyAllAsync(TextEdits.Of(edit, Uri));

            Assert.Contains("funding VästerbottenRSP.Länsanslaget", _text, StringComparison.Ordinal);
            Assert.Contains("funder Länsanslaget", renamedProgramme, StringComparison.Ordinal);
            await AssertNoErrorsAsync();
            var programme = await _session.WaitForDiagnosticsAsync(_folder.Uri(Programme), published => published.Version == 2);
            Assert.DoesNotContain(programme.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        }

        private async Task FormatAsync()
        {
            // The author's own lines in a layout of their own: the formatter puts them back.
            var action = _text.IndexOf("action Butiksbesök", StringComparison.Ordinal);
            await EditAsync(action, 0, "  ");

            var edits = await _session.RequestAsync<TextEdit[]>(Methods.Formatting, new DocumentFormattingParams(new TextDocumentIdentifier(Uri), new FormattingOptions(2, true)));
            await ApplyAllAsync(edits);

            Assert.Equal(PlanFormatter.Format(ActionPlan, _text).Text, _text);
            Assert.Empty(await _session.RequestAsync<TextEdit[]>(Methods.Formatting, new DocumentFormattingParams(new TextDocumentIdentifier(Uri), new FormattingOptions(2, true))));
        }

        /// <summary>Deletes the placeholder word after <paramref name="keyword"/> in the new action and puts the chosen completion in its place.</summary>
        private async Task FillFromCompletionAsync(string keyword, Func<CompletionItem, bool> choose)
        {
            var start = _text.IndexOf(keyword, _text.IndexOf("action Butiksbesök", StringComparison.Ordinal), StringComparison.Ordinal) + keyword.Length;
            var end = start;
            while (end < _text.Length && !char.IsWhiteSpace(_text[end]) && _text[end] != '{')
            {
                end++;
            }

            await EditAsync(start, end - start, string.Empty);
            var item = (await CompleteAsync(start)).First(choose);
            await ApplyAsync(item.TextEdit, item.TextEdit.NewText);
        }

        private async Task<CompletionItem[]> CompleteAsync(int offset)
        {
            var list = await _session.RequestAsync<CompletionList>(Methods.Completion, new { textDocument = new TextDocumentIdentifier(Uri), position = LineMap.For(_text).ToPosition(offset) });
            return list.Items.ToArray();
        }

        /// <summary>A snippet as an editor inserts it: its lines indented as the line it starts on, each tab stop given the text the author types or its default.</summary>
        private static string Expand(string snippet, string indentation, string name, string title) =>
            Regex.Replace(snippet.Replace("${1:Name}", name).Replace("${2:title}", title), @"\$\{\d+:([^}]*)\}|\$\d+", match => match.Groups[1].Value)
                .Replace("\n", "\n" + indentation)
                .Replace("\t", "  ");

        private Task ApplyAsync(TextEdit edit, string newText) => ApplyAllAsync(new[] { edit with { NewText = newText } });

        private async Task ApplyAllAsync(System.Collections.Generic.IEnumerable<TextEdit> edits)
        {
            _text = TextEdits.Apply(_text, edits);
            await _session.ChangeAsync(Uri, ++_version, new TextDocumentContentChangeEvent(null, _text));
        }

        private Task EditAsync(int offset, int length, string newText)
        {
            var map = LineMap.For(_text);
            return ApplyAllAsync(new[] { new TextEdit(new Range(map.ToPosition(offset), map.ToPosition(offset + length)), newText) });
        }

        private async Task AssertNoErrorsAsync()
        {
            var published = await _session.WaitForDiagnosticsAsync(Uri, diagnostics => diagnostics.Version == _version);
            Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        }
    }
}
