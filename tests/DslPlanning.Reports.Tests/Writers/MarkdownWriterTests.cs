using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Writers
{
    public class MarkdownWriterTests
    {
        [Theory]
        [InlineData("a | b", "a \\| b")]
        [InlineData("rad 1\nrad 2", "rad 1<br>rad 2")]
        [InlineData("rad 1\r\nrad 2", "rad 1<br>rad 2")]
        [InlineData("<script>alert(1)</script> & \"citat\"", "\\<script\\>alert(1)\\</script\\> \\& \"citat\"")]
        [InlineData("*fet* _kursiv_ `kod` [länk](x)", "\\*fet\\* \\_kursiv\\_ \\`kod\\` \\[länk\\](x)")]
        public void Cells_escape_pipes_line_breaks_and_markup(string text, string cell) => Assert.Equal(cell, MarkdownText.Cell(text));

        [Theory]
        [InlineData("- inte en lista", "\\- inte en lista")]
        [InlineData("1. inte numrerad", "1\\. inte numrerad")]
        [InlineData("# ingen rubrik", "\\# ingen rubrik")]
        [InlineData("rad 1\n+ rad 2", "rad 1\\\n\\+ rad 2")]
        public void Text_cannot_start_a_list_heading_or_quote(string text, string markdown) => Assert.Equal(markdown, MarkdownText.Inline(text));

        [Fact]
        public void A_cell_with_pipes_and_line_breaks_keeps_the_row_to_its_columns()
        {
            var table = new Table(
                "t",
                "T",
                new[] { new Column("a", "A"), new Column("b", "B") },
                new[] { new Row(null, new[] { Cell.Of("x | y"), Cell.Of("rad 1\nrad 2 | z") }) },
                "tom");
            var report = new PlanReport("t", "T", DslPlanning.Model.PlanKind.Municipal, "T", null, new ReportCounts(0, 0, 0, 0), DslPlanning.Model.Figures.Completeness.Of(new DslPlanning.Model.ServicePlan()), new[] { new Section("s", "S", table) });

            var rows = MarkdownWriter.Write(report).Split('\n').Where(line => line.StartsWith('|')).ToList();

            Assert.Equal(3, rows.Count);
            Assert.All(rows, row => Assert.Equal(3, Regex.Matches(row, @"(?<!\\)\|").Count));
            Assert.Equal("| x \\| y | rad 1<br>rad 2 \\| z |", rows[2]);
        }

        [Fact]
        public void Plan_strings_never_appear_as_markup()
        {
            var hostile = HostilePlans.Compile();
            var markdown = string.Concat(hostile.Plans.Select(plan => MarkdownWriter.Write(ReportBuilder.Build(plan, hostile.Plans, hostile.Findings))));

            Assert.DoesNotMatch(new Regex(@"(?<!\\)<script", RegexOptions.IgnoreCase), markdown);
            Assert.Contains("\\<script\\>alert(27)\\</script\\> \\& \"citat\"", markdown);
        }
    }
}
