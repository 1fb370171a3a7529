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
    /// One self-contained HTML file per plan: inline style (A4 in print), charts as inline SVG, every plan string escaped,
    /// no scripts and no external URLs; a content security policy forbids both should anything slip through.
    /// </summary>
    public static class HtmlWriter
    {
        private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

        public static string Write(PlanReport report)
        {
            var html = new StringBuilder();
            Head(html, report.Title);
            html.Append("<header class=\"report\">\n");
            html.Append("<p class=\"kind\">").Append(HtmlText.Escape(SwedishTerms.Of(report.Kind))).Append("</p>\n");
            html.Append("<h1>").Append(HtmlText.Escape(report.Title)).Append("</h1>\n");
            html.Append("<p class=\"counts\">").Append(CountsLine.Of(report, HtmlText.Escape, number => "<strong>" + number + "</strong>")).Append("</p>\n");
            html.Append("</header>\n");

            html.Append("<nav class=\"toc\" aria-label=\"").Append(Labels.Contents).Append("\">\n<h2>").Append(Labels.Contents).Append("</h2>\n<ol>\n");
            foreach (var section in report.Sections)
            {
                html.Append("<li><a href=\"#").Append(HtmlText.Escape(section.Id)).Append("\">").Append(HtmlText.Escape(section.Heading)).Append("</a></li>\n");
            }

            html.Append("</ol>\n</nav>\n<main>\n");
            foreach (var section in report.Sections)
            {
                Section(html, section, 2);
            }

            html.Append("</main>\n<footer>Rapporten är skapad ur den kompilerade planen ").Append(HtmlText.Escape(report.PlanName))
                .Append(" med DslPlanning. Källan till allt innehåll är planfilen.</footer>\n</body>\n</html>\n");
            return html.ToString();
        }

        /// <summary>The index of all reports: each plan with its kind, period, counts and links to its files.</summary>
        public static string WriteIndex(IReadOnlyList<PlanReport> reports)
        {
            var html = new StringBuilder();
            Head(html, "Rapporter för serviceplaner");
            html.Append("<header class=\"report\">\n<h1>Rapporter för serviceplaner</h1>\n<p class=\"counts\">")
                .Append(reports.Count.ToString(CultureInfo.InvariantCulture)).Append(reports.Count == 1 ? " plan" : " planer").Append("</p>\n</header>\n<main>\n");
            html.Append("<div class=\"table-wrap\"><table id=\"plans\">\n<caption>Planer</caption>\n<thead><tr>");
            foreach (var header in new[] { Labels.Plan, Labels.Kind, Labels.Period, Labels.Warnings, Labels.JustifiedExceptions, "Format" })
            {
                html.Append("<th scope=\"col\">").Append(header).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var report in reports)
            {
                var page = HtmlText.Escape(ReportFileNames.Html(report.Slug));
                html.Append("<tr><td><a href=\"").Append(page).Append("\">").Append(HtmlText.Escape(report.Title)).Append("</a></td>")
                    .Append("<td>").Append(HtmlText.Escape(SwedishTerms.Of(report.Kind))).Append("</td>")
                    .Append("<td>").Append(HtmlText.Escape(report.Period?.ToString() ?? string.Empty)).Append("</td>")
                    .Append("<td class=\"num\">").Append(report.Counts.Warnings + report.Counts.Errors).Append("</td>")
                    .Append("<td class=\"num\">").Append(report.Counts.JustifiedExceptions).Append("</td>")
                    .Append("<td><a href=\"").Append(page).Append("\">HTML</a> · <a href=\"").Append(HtmlText.Escape(ReportFileNames.Markdown(report.Slug)))
                    .Append("\">Markdown</a> · <a href=\"").Append(HtmlText.Escape(ReportFileNames.Json(report.Slug))).Append("\">JSON</a></td></tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n<p>Tabellerna finns också som CSV, i en mapp per plan under <code>csv/</code>.</p>\n</main>\n</body>\n</html>\n");
            return html.ToString();
        }

        private static void Head(StringBuilder html, string title)
        {
            html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
                .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n")
                .Append("<style>").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n");
        }

        private static void Section(StringBuilder html, Section section, int level)
        {
            html.Append("<section id=\"").Append(HtmlText.Escape(section.Id)).Append("\">\n");
            html.Append("<h").Append(level).Append('>').Append(HtmlText.Escape(section.Heading)).Append("</h").Append(level).Append(">\n");
            foreach (var block in section.Blocks)
            {
                Block(html, block, level);
            }

            foreach (var subsection in section.Subsections)
            {
                Section(html, subsection, level + 1);
            }

            html.Append("</section>\n");
        }

        private static void Block(StringBuilder html, Block block, int level)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    html.Append("<p>").Append(HtmlText.Lines(paragraph.Text)).Append("</p>\n");
                    break;
                case BulletList list:
                    if (list.Title is { } title)
                    {
                        html.Append("<h").Append(level + 2).Append('>').Append(HtmlText.Escape(title)).Append("</h").Append(level + 2).Append(">\n");
                    }

                    html.Append("<ul>\n");
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>").Append(HtmlText.Lines(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case KeyValueList facts:
                    html.Append("<dl class=\"facts\">\n");
                    foreach (var fact in facts.Items)
                    {
                        html.Append("<dt>").Append(HtmlText.Escape(fact.Label)).Append("</dt><dd>").Append(HtmlText.Lines(fact.Value.Text)).Append("</dd>\n");
                    }

                    html.Append("</dl>\n");
                    break;
                case Table table:
                    Table(html, table);
                    break;
                case BarChart chart:
                    if (chart.Groups.Count == 0)
                    {
                        html.Append("<p class=\"empty\">").Append(HtmlText.Escape(chart.EmptyText)).Append("</p>\n");
                    }
                    else
                    {
                        html.Append("<figure class=\"chart\" id=\"").Append(HtmlText.Escape(chart.Id)).Append("\">\n").Append(SvgBarChart.Render(chart))
                            .Append("\n<figcaption>").Append(HtmlText.Escape(chart.Caption)).Append("</figcaption>\n</figure>\n");
                    }

                    break;
            }
        }

        private static void Table(StringBuilder html, Table table)
        {
            html.Append("<div class=\"table-wrap\"><table id=\"").Append(HtmlText.Escape(TableId(table))).Append("\">\n<caption>").Append(HtmlText.Escape(table.Caption)).Append("</caption>\n<thead><tr>");
            foreach (var column in table.Columns)
            {
                html.Append("<th scope=\"col\"").Append(column.IsNumeric ? " class=\"num\"" : string.Empty).Append('>').Append(HtmlText.Escape(column.Label)).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            if (table.Rows.Count == 0)
            {
                html.Append("<tr><td class=\"empty\" colspan=\"").Append(table.Columns.Count).Append("\">").Append(HtmlText.Escape(table.EmptyText)).Append("</td></tr>\n");
            }

            string? group = null;
            foreach (var row in table.Rows)
            {
                if (row.Group is { } heading && heading != group)
                {
                    html.Append("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"").Append(table.Columns.Count).Append("\">").Append(HtmlText.Escape(heading)).Append("</th></tr>\n");
                }

                group = row.Group;
                html.Append("<tr>");
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var cell = i < row.Cells.Count ? row.Cells[i] : Cell.Empty;
                    html.Append(CellTag(table.Columns[i])).Append(HtmlText.Lines(cell.Text)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n");
        }

        /// <summary>
        /// A table's HTML id: <c>table-</c> and its id, so that it never meets a section's id (the action plan is a section
        /// <c>action-plan</c> with the table <c>table-action-plan</c>) and the table of contents keeps linking the sections.
        /// </summary>
        public static string TableId(Table table) => "table-" + table.Id;

        /// <summary>Amounts align right; years and dates do not break at their dash.</summary>
        private static string CellTag(Column column) => column.IsNumeric
            ? "<td class=\"num\">"
            : column.Kind is CellKind.Year or CellKind.Years or CellKind.Date ? "<td class=\"nowrap\">" : "<td>";
    }
}
