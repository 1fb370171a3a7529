using System.Linq;
using System.Text;
using DslPlanning.Model;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Writers
{
    public class CsvWriterTests
    {
        [Theory]
        [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
        [InlineData("=1+1", "'=1+1")]
        [InlineData("+46 70", "'+46 70")]
        [InlineData("-33 333 + omsättning/15", "'-33 333 + omsättning/15")]
        [InlineData("@SUM(A1)", "'@SUM(A1)")]
        [InlineData("\tTAB", "'\tTAB")]
        [InlineData("\rCR", "\"'\rCR\"")]
        [InlineData("Kluk = lokal servicepunkt", "Kluk = lokal servicepunkt")]
        public void Text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string text, string field) =>
            Assert.Equal(field, CsvText.Text(text));

        [Theory]
        [InlineData("Krokom; Föllinge", "\"Krokom; Föllinge\"")]
        [InlineData("\"Caféhörna\"", "\"\"\"Caféhörna\"\"\"")]
        [InlineData("rad 1\nrad 2", "\"rad 1\nrad 2\"")]
        [InlineData("Åkersjön, Rödön", "Åkersjön, Rödön")]
        public void Fields_with_separators_quotes_or_line_breaks_are_quoted_as_RFC_4180_says(string text, string field) =>
            Assert.Equal(field, CsvText.Text(text));

        [Fact]
        public void Numbers_are_written_with_decimal_comma_without_grouping_and_the_unit_in_the_header()
        {
            var table = new Table(
                "t",
                "T",
                new[] { new Column("amount", "Belopp", CellKind.Money, "kr"), new Column("share", "Andel", CellKind.Percent, "%"), new Column("count", "Antal", CellKind.Number) },
                new[]
                {
                    new Row(null, new[] { Cell.Of(new Money(1_234_567.5m)), Cell.Of(new Percent(12.5m)), Cell.Number(-5m) }),
                    new Row(null, new[] { Cell.Of(new Money(50_000m)), Cell.Empty, Cell.Number(1_000m) }),
                },
                "tom");

            Assert.Equal("Belopp (kr);Andel (%);Antal\r\n1234567,5;12,5;-5\r\n50000;;1000\r\n", CsvWriter.Write(table));
        }

        [Fact]
        public void Grouped_tables_have_the_group_as_first_column()
        {
            var table = new Table("t", "T", new[] { new Column("year", "År", CellKind.Year) }, new[] { new Row("Region Jämtland Härjedalen", new[] { Cell.Year(2024) }) }, "tom", "Finansiär");

            Assert.Equal("Finansiär;År\r\nRegion Jämtland Härjedalen;2024\r\n", CsvWriter.Write(table));
        }

        [Fact]
        public void Files_are_UTF8_with_BOM_semicolon_separated_with_CRLF_line_ends()
        {
            var content = CsvWriter.Files(RealReports.Of("krokom")).Single(file => file.Path == "csv/krokom/funding-sources.csv").Content();

            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, content.Take(3).ToArray());
            var text = new UTF8Encoding(false).GetString(content, 3, content.Length - 3);
            Assert.StartsWith("Insatsområde;Insats;Kostnad;Kostnad per år (kr);Finansiär;Andel (%);Belopp;Per år (kr);År;Kommentar\r\n", text);
            Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty));
            Assert.Contains("Region Jämtland Härjedalen;50;100 kr per hemsändning;;2023–2030;", text);
            Assert.Contains(";högst 50 000 kr per ort och år;250000;Krokoms kommun;;;250000;2023–2030;Enda finansiär: bär hela kostnaden.\r\n", text);
        }

        [Fact]
        public void Every_table_of_a_report_becomes_a_file_in_the_plans_own_folder()
        {
            var report = RealReports.Of("krokom");
            var paths = CsvWriter.Files(report).Select(file => file.Path).ToList();

            Assert.Equal(report.AllSections().SelectMany(section => section.Blocks).OfType<Table>().Select(table => "csv/krokom/" + table.Id + ".csv"), paths);
            Assert.Contains("csv/krokom/action-plan.csv", paths);
        }
    }
}
