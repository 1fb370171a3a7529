using System.Collections.Generic;

namespace DslPlanning.Reports.Content
{
    /// <summary>
    /// A table with typed cells. Rows may be grouped (by priority area, funder, service level …): <see cref="GroupLabel"/>
    /// names what the groups are; HTML and Markdown show a heading row per group, CSV a first column.
    /// </summary>
    public sealed record Table(
        string Id,
        string Caption,
        IReadOnlyList<Column> Columns,
        IReadOnlyList<Row> Rows,
        string EmptyText,
        string? GroupLabel = null) : Block;

    /// <summary>A column: a stable English <see cref="Key"/>, a Swedish label, and the unit its numbers are in (kr, %).</summary>
    public sealed record Column(string Key, string Label, CellKind Kind = CellKind.Text, string? Unit = null)
    {
        /// <summary>Whether the column holds amounts or counts, which tables align to the right.</summary>
        public bool IsNumeric => Kind is CellKind.Money or CellKind.Number or CellKind.Percent;
    }

    /// <summary>A row: one cell per column, in column order.</summary>
    public sealed record Row(string? Group, IReadOnlyList<Cell> Cells);
}
