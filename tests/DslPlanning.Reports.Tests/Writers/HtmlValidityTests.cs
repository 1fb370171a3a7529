using System.Collections.Generic;
using System.Linq;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Writers
{
    /// <summary>
    /// Every HTML report and the index are valid where it can be checked cheaply: unique ids (the real Krokom report had
    /// the ids action-plan, areas, places and regional-goals on a section and on its table), links to ids that exist,
    /// and elements closed in order.
    /// </summary>
    public class HtmlValidityTests
    {
        [Theory]
        [MemberData(nameof(RealReports.Slugs), MemberType = typeof(RealReports))]
        public void The_report_of_each_real_plan_has_unique_ids_and_well_nested_elements(string slug) =>
            AssertValid(HtmlWriter.Write(RealReports.Of(slug)));

        [Fact]
        public void The_index_of_the_real_plans_has_unique_ids_and_well_nested_elements() => AssertValid(HtmlWriter.WriteIndex(RealReports.All));

        [Fact]
        public void The_reports_of_the_hostile_plans_have_unique_ids_and_well_nested_elements()
        {
            var hostile = HostilePlans.Compile();
            var reports = ReportBuilder.BuildAll(hostile.Plans, hostile.Findings);

            Assert.All(reports, report => AssertValid(HtmlWriter.Write(report)));
            AssertValid(HtmlWriter.WriteIndex(reports));
        }

        [Fact]
        public void A_table_never_has_the_id_of_its_section()
        {
            var html = HtmlWriter.Write(RealReports.Of("krokom"));

            foreach (var id in new[] { "action-plan", "areas", "places", "regional-goals" })
            {
                Assert.Contains("<section id=\"" + id + "\">", html);
                Assert.Contains("<table id=\"table-" + id + "\">", html);
            }
        }

        [Fact]
        public void The_checks_find_a_repeated_id_a_link_to_no_id_and_an_element_closed_out_of_order()
        {
            var problems = HtmlChecks.Problems("<!DOCTYPE html>\n<html><body><a href=\"#nowhere\">x</a><p id=\"a\"><b id=\"a\">x</p></b></body></html>");

            Assert.Contains("id 'a' is used 2 times", problems);
            Assert.Contains("the link to #nowhere finds no id", problems);
            Assert.Contains(problems, problem => problem.StartsWith("</p> at ", System.StringComparison.Ordinal));
        }

        private static void AssertValid(string html)
        {
            IReadOnlyList<string> problems = HtmlChecks.Problems(html);
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        }
    }
}
