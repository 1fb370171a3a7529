using System;
using System.Globalization;
using System.Linq;
using System.Text;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Content;

namespace DslPlanning.Reports.Writers
{
    /// <summary>
    /// Draws a <see cref="BarChart"/> as inline SVG: per group a heading line and one horizontal bar per item, the
    /// reference (budget) as a dark tick across its bar, a bar above its reference in red. No scripts, no external assets.
    /// </summary>
    public static class SvgBarChart
    {
        private const int Width = 760;
        private const int LabelWidth = 70;
        private const int ValueWidth = 110;
        private const int Top = 34;
        private const int GroupHeight = 22;
        private const int BarHeight = 20;
        private const int LegendHeight = 34;
        private const string BarColour = "#3182ce";
        private const string OverColour = "#e53e3e";
        private const string ReferenceColour = "#1a202c";

        public static string Render(BarChart chart)
        {
            var bars = chart.Groups.Sum(group => group.Bars.Count);
            var height = Top + (chart.Groups.Count * GroupHeight) + (bars * BarHeight) + LegendHeight;
            var plotLeft = LabelWidth;
            var plotWidth = Width - LabelWidth - ValueWidth;
            var max = NiceMaximum(chart.Groups.SelectMany(group => group.Bars).Select(bar => Math.Max(bar.Value, bar.Reference ?? 0m)).DefaultIfEmpty(0m).Max());

            var svg = new StringBuilder();
            svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
                .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(height)
                .Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(chart.Caption)).Append("\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n");
            svg.Append("<title>").Append(HtmlText.Escape(chart.Caption)).Append("</title>\n");

            // Axis: four intervals with their amounts, and light vertical grid lines.
            for (var tick = 0; tick <= 4; tick++)
            {
                // A quarter of the largest decimal rounds up: the last tick is the maximum itself.
                var value = tick == 4 ? max : max / 4m * tick;
                var x = plotLeft + (plotWidth * tick / 4m);
                svg.Append("<line x1=\"").Append(F(x)).Append("\" y1=\"").Append(Top - 6).Append("\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(height - LegendHeight)
                    .Append("\" stroke=\"#e2e8f0\"/>\n");
                svg.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(Top - 12).Append("\" text-anchor=\"middle\" fill=\"#4a5568\">")
                    .Append(HtmlText.Escape(SwedishNumber.Format(Math.Round(value)))).Append("</text>\n");
            }

            var y = Top;
            foreach (var group in chart.Groups)
            {
                svg.Append("<text x=\"0\" y=\"").Append(y + 15).Append("\" font-weight=\"600\" fill=\"#1a202c\">").Append(HtmlText.Escape(Shorten(group.Label, 110))).Append("</text>\n");
                y += GroupHeight;
                foreach (var bar in group.Bars)
                {
                    var over = bar.Reference is { } reference && bar.Value > reference;
                    var barWidth = Scale(bar.Value, max, plotWidth);
                    svg.Append("<text x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(y + 14).Append("\" text-anchor=\"end\" fill=\"#2d3748\">")
                        .Append(HtmlText.Escape(bar.Label)).Append("</text>\n");
                    svg.Append("<rect x=\"").Append(plotLeft).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(F(barWidth)).Append("\" height=\"14\" fill=\"")
                        .Append(over ? OverColour : BarColour).Append("\"><title>").Append(HtmlText.Escape(Tooltip(chart, group, bar))).Append("</title></rect>\n");
                    if (bar.Reference is { } budget)
                    {
                        var x = plotLeft + Scale(budget, max, plotWidth);
                        svg.Append("<line x1=\"").Append(F(x)).Append("\" y1=\"").Append(y).Append("\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(y + 20)
                            .Append("\" stroke=\"").Append(ReferenceColour).Append("\" stroke-width=\"3\"/>\n");
                    }

                    svg.Append("<text x=\"").Append(F(plotLeft + barWidth + 6)).Append("\" y=\"").Append(y + 14).Append("\" fill=\"#2d3748\">")
                        .Append(HtmlText.Escape(SwedishNumber.Format(bar.Value) + " " + chart.Unit)).Append("</text>\n");
                    y += BarHeight;
                }
            }

            Legend(svg, chart, height - LegendHeight + 14);
            svg.Append("</svg>");
            return svg.ToString();
        }

        private static void Legend(StringBuilder svg, BarChart chart, int y)
        {
            svg.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y).Append("\" width=\"14\" height=\"12\" fill=\"").Append(BarColour).Append("\"/>\n");
            svg.Append("<text x=\"").Append(LabelWidth + 20).Append("\" y=\"").Append(y + 11).Append("\">").Append(HtmlText.Escape(chart.ValueLabel)).Append("</text>\n");
            svg.Append("<rect x=\"").Append(LabelWidth + 140).Append("\" y=\"").Append(y).Append("\" width=\"14\" height=\"12\" fill=\"").Append(OverColour).Append("\"/>\n");
            svg.Append("<text x=\"").Append(LabelWidth + 160).Append("\" y=\"").Append(y + 11).Append("\">").Append(HtmlText.Escape(chart.ValueLabel + " över " + chart.ReferenceLabel.ToLowerInvariant())).Append("</text>\n");
            svg.Append("<line x1=\"").Append(LabelWidth + 340).Append("\" y1=\"").Append(y - 2).Append("\" x2=\"").Append(LabelWidth + 340).Append("\" y2=\"").Append(y + 14)
                .Append("\" stroke=\"").Append(ReferenceColour).Append("\" stroke-width=\"3\"/>\n");
            svg.Append("<text x=\"").Append(LabelWidth + 350).Append("\" y=\"").Append(y + 11).Append("\">").Append(HtmlText.Escape(chart.ReferenceLabel)).Append("</text>\n");
        }

        private static string Tooltip(BarChart chart, ChartGroup group, ChartBar bar)
        {
            var text = group.Label + " " + bar.Label + ": " + chart.ValueLabel.ToLowerInvariant() + " " + SwedishNumber.Format(bar.Value) + " " + chart.Unit;
            return bar.Reference is { } reference ? text + ", " + chart.ReferenceLabel.ToLowerInvariant() + " " + SwedishNumber.Format(reference) + " " + chart.Unit : text;
        }

        /// <summary>
        /// The smallest of 1, 2, 2.5 and 5 times a power of ten that holds the largest value, so axis amounts are round; the
        /// largest decimal where that is beyond the range of numbers (a value above 5 · 10²⁸).
        /// </summary>
        public static decimal NiceMaximum(decimal largest)
        {
            if (largest <= 0m)
            {
                return 1m;
            }

            var power = 1m;
            while (power <= largest / 10m)
            {
                power *= 10m;
            }

            while (power > largest)
            {
                power /= 10m;
            }

            foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
            {
                var nice = Saturating.Multiply(power, step);
                if (Saturating.IsSaturated(nice))
                {
                    break;
                }

                if (nice >= largest)
                {
                    return nice;
                }
            }

            return decimal.MaxValue;
        }

        /// <summary>
        /// Where a value lies on an axis from 0 to <paramref name="max"/> that is <paramref name="width"/> wide, never left
        /// of 0 (a negative amount has no bar). Multiplying first keeps the exact position; dividing first keeps values near
        /// the range of numbers in it.
        /// </summary>
        private static decimal Scale(decimal value, decimal max, int width)
        {
            if (max <= 0m || value <= 0m)
            {
                return 0m;
            }

            var product = Saturating.Multiply(width, value);
            return Saturating.IsSaturated(product) ? value / max * width : product / max;
        }

        private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1).TrimEnd() + "…";

        private static string F(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
