using System;
using System.Collections.Generic;
using System.Globalization;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Writers
{
    /// <summary>The line under a report's title: its period and its counts, escaped and emphasised by the format that writes it.</summary>
    internal static class CountsLine
    {
        public static string Of(PlanReport report, Func<string, string> text, Func<string, string> strong)
        {
            var parts = new List<string>();
            if (report.Period is { } period)
            {
                parts.Add(text(Labels.Period + " " + period));
            }

            parts.Add(Count(report.Counts.Errors + report.Counts.Warnings, "varning", Labels.Warnings, strong));
            parts.Add(Count(report.Counts.JustifiedExceptions, "särskilt skäl", Labels.JustifiedExceptions, strong));
            parts.Add(Count(report.Counts.Information, Labels.Information, Labels.Information, strong));
            return string.Join(" · ", parts);
        }

        /// <summary>A count with its word in the number Swedish needs: <c>1 varning</c>, <c>14 varningar</c>, <c>1 särskilt skäl</c>.</summary>
        private static string Count(int count, string singular, string plural, Func<string, string> strong) =>
            strong(count.ToString(CultureInfo.InvariantCulture)) + " " + (count == 1 ? singular : plural).ToLowerInvariant();
    }
}
