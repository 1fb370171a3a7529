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

            parts.Add(Count(report.Counts.Errors + report.Counts.Warnings, Labels.Warnings, strong));
            parts.Add(Count(report.Counts.JustifiedExceptions, Labels.JustifiedExceptions, strong));
            parts.Add(Count(report.Counts.Information, Labels.Information, strong));
            return string.Join(" · ", parts);
        }

        private static string Count(int count, string label, Func<string, string> strong) =>
            strong(count.ToString(CultureInfo.InvariantCulture)) + " " + label.ToLowerInvariant();
    }
}
