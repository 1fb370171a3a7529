using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DslPlanning.Model;
using DslPlanning.Reports.Content;

namespace DslPlanning.Reports.Writers
{
    /// <summary>
    /// One CSV file per table of a report, as Excel with Swedish settings opens it: UTF-8 with BOM, <c>;</c> between
    /// fields, CRLF line ends, decimal comma, numbers without digit grouping (the unit goes in the header), and text
    /// fields neutralised against formula injection.
    /// </summary>
    public static class CsvWriter
    {
        private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

        /// <summary>The files of a report, <c>csv/&lt;slug&gt;/&lt;table id&gt;.csv</c>, in report order, each with how to make its bytes.</summary>
        public static IReadOnlyList<(string Path, Func<byte[]> Content)> Files(PlanReport report) =>
            Tables(report.Sections).Select(table => (ReportFileNames.Csv(report.Slug, table.Id), (Func<byte[]>)(() => Encode(Write(table))))).ToList();

        public static string Write(Table table)
        {
            var csv = new StringBuilder();
            var headers = table.Columns.Select(column => column.Unit is { } unit ? column.Label + " (" + unit + ")" : column.Label);
            if (table.GroupLabel is { } groupLabel)
            {
                headers = new[] { groupLabel }.Concat(headers);
            }

            Line(csv, headers.Select(CsvText.Text));
            foreach (var row in table.Rows)
            {
                var fields = table.Columns.Select((_, i) => Field(i < row.Cells.Count ? row.Cells[i] : Cell.Empty));
                if (table.GroupLabel is not null)
                {
                    fields = new[] { CsvText.Text(row.Group ?? string.Empty) }.Concat(fields);
                }

                Line(csv, fields);
            }

            return csv.ToString();
        }

        public static byte[] Encode(string text)
        {
            var preamble = Utf8WithBom.GetPreamble();
            var body = Utf8WithBom.GetBytes(text);
            var bytes = new byte[preamble.Length + body.Length];
            preamble.CopyTo(bytes, 0);
            body.CopyTo(bytes, preamble.Length);
            return bytes;
        }

        /// <summary>A number as a number (<c>250000</c>, <c>0,5</c>), so a spreadsheet can sum it; anything else as neutralised text.</summary>
        private static string Field(Cell cell) => cell.Kind is CellKind.Money or CellKind.Number or CellKind.Percent or CellKind.Year && cell.Value is { } value
            ? Formatting.SwedishFormat.SpreadsheetNumber(value)
            : CsvText.Text(cell.Text);

        private static void Line(StringBuilder csv, IEnumerable<string> fields) => csv.Append(string.Join(CsvText.Separator.ToString(), fields)).Append("\r\n");

        private static IEnumerable<Table> Tables(IEnumerable<Section> sections) =>
            sections.SelectMany(section => section.Blocks.OfType<Table>().Concat(Tables(section.Subsections)));
    }
}
