using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Language.Formatting;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    public class FormattingTests
    {
        /// <summary><see cref="SmallPlans.Ownerless"/> with three lines out of the layout: 2 (indented 4), 10 (indented 2) and 14 (two statements).</summary>
        private static readonly string Untidy = SmallPlans.Ownerless
            .Replace("  period 2023..2030", "    period 2023..2030")
            .Replace("    indicator \"genomförda", "  indicator \"genomförda")
            .Replace("    funding Kommunstyrelsen", "    funding Kommunstyrelsen; owner Näringslivskontoret");

        [Fact]
        public async Task Formatting_gives_the_formatters_text_with_edits_on_the_changed_lines_only()
        {
            await using var plan = await OnePlanSession.StartAsync(Untidy);
            var session = plan.Session;

            var edits = await Format(session, plan.Uri);

            Assert.Equal(PlanFormatter.Format("plan.plan", Untidy).Text, TextEdits.Apply(Untidy, edits));
            Assert.Equal(new[] { 2, 10, 14 }, edits.Select(edit => edit.Range.Start.Line).Distinct().OrderBy(line => line));
            Assert.All(edits, edit => Assert.Equal(edit.Range.Start.Line, edit.Range.End.Line));
        }

        [Fact]
        public async Task Range_formatting_changes_only_the_lines_of_the_range()
        {
            await using var plan = await OnePlanSession.StartAsync(Untidy);
            var session = plan.Session;

            var edits = await session.RequestAsync<TextEdit[]>(Methods.RangeFormatting, new DocumentRangeFormattingParams(
                new TextDocumentIdentifier(plan.Uri), new Range(new Position(9, 3), new Position(11, 0)), null));

            var formatted = TextEdits.Apply(Untidy, edits).Split('\n');
            var before = Untidy.Split('\n');
            Assert.Equal("    indicator \"genomförda kommunikationsinsatser\" baseline 0 in 2023 target 2 in 2025", formatted[10]);
            Assert.Equal(before.Length, formatted.Length);
            Assert.All(Enumerable.Range(0, before.Length).Where(line => line != 10), line => Assert.Equal(before[line], formatted[line]));
        }

        [Fact]
        public async Task A_document_with_syntax_errors_gets_no_edits()
        {
            await using var plan = await OnePlanSession.StartAsync(Untidy.Replace("period 2023..2030", "period 2023.."));
            var session = plan.Session;

            Assert.Empty(await Format(session, plan.Uri));
        }

        [Fact]
        public async Task The_real_plans_are_formatted_and_one_line_out_of_place_is_one_edit()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            foreach (var file in Directory.EnumerateFiles(folder.Path, "*.plan"))
            {
                Assert.Empty(await Format(session, folder.Uri(Path.GetFileName(file))));
            }

            var uri = folder.Uri("krokom.plan");
            var text = folder.Text("krokom.plan").Replace("\n  period ", "\n period ");
            await session.OpenAsync(uri, text);

            var edit = Assert.Single(await Format(session, uri));
            Assert.Equal(folder.Text("krokom.plan"), TextEdits.Apply(text, new[] { edit }));
        }

        private static Task<TextEdit[]> Format(LspSession session, string uri) =>
            session.RequestAsync<TextEdit[]>(Methods.Formatting, new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, InsertSpaces: true)));
    }
}
