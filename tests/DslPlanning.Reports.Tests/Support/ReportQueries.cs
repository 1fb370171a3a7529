using System.Collections.Generic;
using System.Linq;
using DslPlanning.Reports.Content;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>Finding tables and cells in a report by their stable ids and keys.</summary>
    public static class ReportQueries
    {
        public static IEnumerable<Section> AllSections(this PlanReport report) => Flatten(report.Sections);

        public static Table Table(this PlanReport report, string id) =>
            report.AllSections().SelectMany(section => section.Blocks).OfType<Table>().Single(table => table.Id == id);

        public static BarChart Chart(this PlanReport report) =>
            report.AllSections().SelectMany(section => section.Blocks).OfType<BarChart>().Single();

        public static Section Section(this PlanReport report, string id) => report.AllSections().Single(section => section.Id == id);

        /// <summary>The rows as dictionaries from column key to cell.</summary>
        public static IReadOnlyList<IReadOnlyDictionary<string, Cell>> Records(this Table table) =>
            table.Rows.Select(row => (IReadOnlyDictionary<string, Cell>)table.Columns.Select((column, i) => (column.Key, Cell: row.Cells[i])).ToDictionary(entry => entry.Key, entry => entry.Cell)).ToList();

        public static IReadOnlyList<string> Texts(this Table table, string key) => table.Records().Select(record => record[key].Text).ToList();

        private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
            sections.SelectMany(section => new[] { section }.Concat(Flatten(section.Subsections)));
    }
}
