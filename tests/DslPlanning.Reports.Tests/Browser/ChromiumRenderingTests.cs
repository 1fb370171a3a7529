using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Browser
{
    /// <summary>
    /// The HTML reports in a real browser (Debian's headless Chromium): the Krokom report renders to a page with content,
    /// its key tables are in the DOM, and plan strings that are markup stay text.
    /// </summary>
    public class ChromiumRenderingTests
    {
        /// <summary>Where the screenshot of the Krokom report is left for people to look at.</summary>
        public static string KrokomScreenshot => Path.Combine(Path.GetTempPath(), "dslplanning-tests", "krokom-report.png");

        [Fact]
        public void The_Krokom_report_renders_a_page_with_its_key_tables()
        {
            var folder = TestPaths.NewTempFolder("chromium");
            var html = Path.Combine(folder, "krokom.html");
            File.WriteAllText(html, HtmlWriter.Write(RealReports.Of("krokom")));

            Chromium.Screenshot(html, KrokomScreenshot);
            var image = PngImage.Read(KrokomScreenshot);
            var dom = Chromium.DumpDom(html);

            Assert.Equal((1240, 1754), (image.Width, image.Height));
            Assert.True(image.DistinctColours() > 100, "the screenshot has " + image.DistinctColours() + " colours: blank?");
            Assert.True(image.InkShare() > 0.02, "the screenshot is almost all background: " + image.InkShare());
            foreach (var id in new[] { "action-plan", "funding-sources", "funding-by-year", "places", "subsidy-limits", "goals", "regional-goals", "justified-exceptions" })
            {
                Assert.Matches("<table id=\"table-" + id + "\">\\s*<caption>", dom);
            }

            Assert.Contains("<h1>Krokoms kommuns kommersiella serviceprogram 2023–2030</h1>", dom);
            Assert.Contains("<td class=\"num\">100 kr</td>", dom);
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void The_browser_builds_the_Krokom_report_with_the_ids_of_the_source_each_once()
        {
            var folder = TestPaths.NewTempFolder("chromium");
            var html = Path.Combine(folder, "krokom.html");
            var source = HtmlWriter.Write(RealReports.Of("krokom"));
            File.WriteAllText(html, source);

            var dom = Chromium.DumpDom(html);

            var ids = Regex.Matches(dom, "\\sid=\"([^\"]*)\"").Select(match => match.Groups[1].Value).ToList();
            Assert.Equal(ids.Distinct(), ids);
            Assert.Equal(Regex.Matches(source, "\\sid=\"([^\"]*)\"").Select(match => match.Groups[1].Value), ids);
            Assert.Contains("table-regional-goals", ids);
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void A_plan_string_with_a_script_element_stays_text_in_the_DOM()
        {
            var hostile = HostilePlans.Compile();
            var folder = TestPaths.NewTempFolder("chromium");
            var html = Path.Combine(folder, "kommun.html");
            File.WriteAllText(html, HtmlWriter.Write(ReportBuilder.Build(hostile["Kommun"], hostile.Plans, hostile.Findings)));

            var dom = Chromium.DumpDom(html);

            Assert.DoesNotMatch(new Regex("<script", RegexOptions.IgnoreCase), dom);
            Assert.Contains("<h1>&lt;script&gt;alert(6)&lt;/script&gt; &amp; \"citat\"</h1>", dom);
            Assert.True(Regex.Matches(dom, "&lt;script&gt;alert\\(\\d+\\)&lt;/script&gt;").Count >= 20);
            Assert.Contains("<svg", dom);
            Directory.Delete(folder, recursive: true);
        }
    }
}
