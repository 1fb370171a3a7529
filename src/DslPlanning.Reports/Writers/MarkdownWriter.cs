using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DslPlanning.Model;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Writers
{
    /// <summary>
    /// GitHub-flavoured Markdown: headings, facts as a list, tables with a heading row per group, and every plan string
    /// escaped so that it renders as text (a cell's <c>|</c> and line breaks included). Charts are left to their tables.
    /// </summary>
    public static class MarkdownWriter
    {
        public static string Write(PlanReport report)
        {
            var markdown = new StringBuilder();
            markdown.Append("# ").Append(MarkdownText.Heading(report.Title)).Append("\n\n");
            markdown.Append('*').Append(MarkdownText.Inline(SwedishTerms.Of(report.Kind))).Append("*  \n");
            markdown.Append(CountsLine.Of(report, MarkdownText.Inline, number => "**" + number + "**")).Append("\n\n");
            foreach (var section in report.Sections)
            {
                Section(markdown, section, 2);
            }

            markdown.Append("---\n\n*Rapporten är skapad ur den kompilerade planen ").Append(MarkdownText.Inline(report.PlanName)).Append(" med DslPlanning.*\n");
            return markdown.ToString();
        }

        /// <summary>The index of all reports.</summary>
        public static string WriteIndex(IReadOnlyList<PlanReport> reports)
        {
            var markdown = new StringBuilder("# Rapporter för serviceplaner\n\n");
            markdown.Append("| ").Append(string.Join(" | ", new[] { Labels.Plan, Labels.Kind, Labels.Period, Labels.Warnings, Labels.JustifiedExceptions, "Format" })).Append(" |\n");
            markdown.Append("| --- | --- | --- | ---: | ---: | --- |\n");
            foreach (var report in reports)
            {
                markdown.Append("| [").Append(MarkdownText.Cell(report.Title)).Append("](").Append(ReportFileNames.Markdown(report.Slug)).Append(") | ")
                    .Append(MarkdownText.Cell(SwedishTerms.Of(report.Kind))).Append(" | ")
                    .Append(MarkdownText.Cell(report.Period?.ToString() ?? string.Empty)).Append(" | ")
                    .Append((report.Counts.Warnings + report.Counts.Errors).ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(report.Counts.JustifiedExceptions.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append("[HTML](").Append(ReportFileNames.Html(report.Slug)).Append(") · [JSON](").Append(ReportFileNames.Json(report.Slug)).Append(") |\n");
            }

            markdown.Append("\nTabellerna finns också som CSV, i en mapp per plan under `csv/`.\n");
            return markdown.ToString();
        }

        private static void Section(StringBuilder markdown, Section section, int level)
        {
            markdown.Append(new string('#', level)).Append(' ').Append(MarkdownText.Heading(section.Heading)).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                Block(markdown, block);
            }

            foreach (var subsection in section.Subsections)
            {
                Section(markdown, subsection, level + 1);
            }
        }

        private static void Block(StringBuilder markdown, Block block)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    markdown.Append(MarkdownText.Inline(paragraph.Text)).Append("\n\n");
                    break;
                case BulletList list:
                    if (list.Title is { } title)
                    {
                        markdown.Append("**").Append(MarkdownText.Inline(title)).Append("**\n\n");
                    }

                    foreach (var item in list.Items)
                    {
                        markdown.Append("- ").Append(MarkdownText.Inline(item).Replace("\\\n", "\\\n  ")).Append('\n');
                    }

                    markdown.Append('\n');
                    break;
                case KeyValueList facts:
                    foreach (var fact in facts.Items)
                    {
                        markdown.Append("- **").Append(MarkdownText.Inline(fact.Label)).Append(":** ").Append(MarkdownText.Inline(fact.Value.Text).Replace("\\\n", "\\\n  ")).Append('\n');
                    }

                    markdown.Append('\n');
                    break;
                case Table table:
                    Table(markdown, table);
                    break;
                case BarChart chart:
                    markdown.Append('*').Append(MarkdownText.Inline(chart.Groups.Count == 0
                        ? chart.EmptyText
                        : chart.Caption + ": diagrammet finns i HTML-rapporten; beloppen står i tabellen ovan.")).Append("*\n\n");
                    break;
            }
        }

        private static void Table(StringBuilder markdown, Table table)
        {
            markdown.Append("**").Append(MarkdownText.Inline(table.Caption)).Append("**\n\n");
            if (table.Rows.Count == 0)
            {
                markdown.Append('*').Append(MarkdownText.Inline(table.EmptyText)).Append("*\n\n");
                return;
            }

            markdown.Append("| ").Append(string.Join(" | ", table.Columns.Select(column => MarkdownText.Cell(column.Label)))).Append(" |\n");
            markdown.Append("| ").Append(string.Join(" | ", table.Columns.Select(column => column.IsNumeric ? "---:" : "---"))).Append(" |\n");
            string? group = null;
            foreach (var row in table.Rows)
            {
                if (row.Group is { } heading && heading != group)
                {
                    markdown.Append("| **").Append(MarkdownText.Cell(heading)).Append("** |").Append(string.Concat(Enumerable.Repeat(" |", table.Columns.Count - 1))).Append('\n');
                }

                group = row.Group;
                var cells = table.Columns.Select((_, i) => i < row.Cells.Count ? MarkdownText.Cell(row.Cells[i].Text) : string.Empty);
                markdown.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            }

            markdown.Append('\n');
        }
    }
}
