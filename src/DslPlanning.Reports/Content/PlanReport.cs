using System.Collections.Generic;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Reports.Content
{
    /// <summary>
    /// The report of one plan, built once from the compiled model and written by every writer: the same sections,
    /// tables and charts in HTML, Markdown, CSV and JSON.
    /// </summary>
    /// <param name="Slug">The file name stem of the plan's reports, e.g. <c>vasterbotten-handlingsplan-2018</c>.</param>
    public sealed record PlanReport(
        string Slug,
        string PlanName,
        PlanKind Kind,
        string Title,
        YearRange? Period,
        ReportCounts Counts,
        Completeness Completeness,
        IReadOnlyList<Section> Sections);

    /// <summary>What the build reported for a plan: remaining errors and warnings, justified exceptions (SP1016) and other information.</summary>
    public sealed record ReportCounts(int Errors, int Warnings, int JustifiedExceptions, int Information);
}
