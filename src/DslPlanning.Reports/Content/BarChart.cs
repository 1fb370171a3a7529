using System.Collections.Generic;

namespace DslPlanning.Reports.Content
{
    /// <summary>
    /// A bar chart as data: groups of bars (a funder's years), each bar a value with an optional reference (the budget)
    /// that writers mark on the bar. Writers draw it (HTML: inline SVG) or leave it to its table.
    /// </summary>
    public sealed record BarChart(
        string Id,
        string Caption,
        string Unit,
        string ValueLabel,
        string ReferenceLabel,
        IReadOnlyList<ChartGroup> Groups,
        string EmptyText) : Block;

    public sealed record ChartGroup(string Label, IReadOnlyList<ChartBar> Bars);

    public sealed record ChartBar(string Label, decimal Value, decimal? Reference);
}
