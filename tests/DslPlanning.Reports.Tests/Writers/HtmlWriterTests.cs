using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Writers
{
    public class HtmlWriterTests
    {
        private static readonly TestPlans Hostile = HostilePlans.Compile();

        private static string HtmlOf(string plan) => HtmlWriter.Write(ReportBuilder.Build(Hostile[plan], Hostile.Plans, Hostile.Findings));

        [Fact]
        public void Every_plan_string_is_shown_escaped_and_none_as_markup()
        {
            var html = HtmlOf("Region") + HtmlOf("Kommun") + HtmlWriter.WriteIndex(ReportBuilder.BuildAll(Hostile.Plans, Hostile.Findings));

            Assert.DoesNotMatch(new Regex("<script", RegexOptions.IgnoreCase), html);
            Assert.DoesNotContain("\"citat\"", html);
            var missing = HostilePlans.Numbers.Where(n => !html.Contains(HostilePlans.Escaped(n))).ToList();
            Assert.True(missing.Count == 0, "plan strings not shown (escaped): " + string.Join(", ", missing));
        }

        [Fact]
        public void Escaping_covers_the_characters_that_end_text_or_attributes() =>
            Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Ö &amp; Å&lt;/a&gt;", HtmlText.Escape("<a href=\"x\" title='y'>Ö & Å</a>"));

        [Fact]
        public void The_report_is_self_contained_without_scripts_or_external_resources()
        {
            var html = HtmlOf("Kommun");

            Assert.DoesNotMatch(new Regex(@"<(script|link|img|iframe|object|embed)\b", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex(@"\s(src|on[a-z]+)\s*=", RegexOptions.IgnoreCase), html);
            // The SVG namespace is a name, not a resource the browser loads.
            Assert.DoesNotMatch(new Regex("(https?:)?//(?!www\\.w3\\.org/2000/svg\")"), html);
            Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", html);
            Assert.Contains("@page { size: A4;", html);
            Assert.Contains("@media print", html);
        }

        [Fact]
        public void The_funding_chart_is_inline_SVG_with_a_bar_per_funder_and_year_and_the_budget_marked()
        {
            var html = HtmlOf("Kommun");
            var svg = Regex.Match(html, "<svg.*?</svg>", RegexOptions.Singleline).Value;

            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
            // Two funders with 2024–2026, one bar each year; Regionen (60 000 kr against 50 000 kr) in red.
            Assert.Equal(6, Regex.Matches(svg, "<rect [^>]*height=\"14\"").Count);
            Assert.Equal(3, Regex.Matches(svg, "fill=\"#e53e3e\"><title>").Count);
            Assert.Contains("60 000 kr, budget 50 000 kr", svg);
            Assert.Equal(6 + 1, Regex.Matches(svg, "stroke-width=\"3\"").Count);
        }

        [Fact]
        public void Key_tables_have_ids_and_captions_and_amounts_are_right_aligned()
        {
            var html = HtmlWriter.Write(RealReports.Of("krokom"));

            foreach (var id in new[] { "areas", "action-plan", "funding-sources", "funding-by-year", "places", "subsidy-limits", "goals", "regional-goals", "justified-exceptions" })
            {
                Assert.Contains("<table id=\"table-" + id + "\">", html);
            }

            Assert.Contains("<caption>Handlingsplan</caption>", html);
            Assert.Contains("<td class=\"num\">100 kr</td>", html);
        }
    }
}
