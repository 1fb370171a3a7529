using System.Linq;
using System.Text;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Snapshots
{
    /// <summary>
    /// Every format of every real plan's report, compared with the verified snapshot beside this file. The snapshots
    /// were reviewed by hand against the plans and the source documents; a change in a report shows as a failing test
    /// with the new output in a .received file.
    /// </summary>
    public class ReportSnapshotTests
    {
        [Theory]
        [MemberData(nameof(RealReports.Slugs), MemberType = typeof(RealReports))]
        public void Html(string slug) => Snapshot.Verify(HtmlWriter.Write(RealReports.Of(slug)), "html", slug);

        [Theory]
        [MemberData(nameof(RealReports.Slugs), MemberType = typeof(RealReports))]
        public void Markdown(string slug) => Snapshot.Verify(MarkdownWriter.Write(RealReports.Of(slug)), "md", slug);

        [Theory]
        [MemberData(nameof(RealReports.Slugs), MemberType = typeof(RealReports))]
        public void Json(string slug) => Snapshot.Verify(JsonWriter.Write(RealReports.Of(slug)), "json", slug);

        /// <summary>The plan's CSV files in one snapshot, each under its path; line ends shown as LF (the CSV tests check the bytes).</summary>
        [Theory]
        [MemberData(nameof(RealReports.Slugs), MemberType = typeof(RealReports))]
        public void Csv(string slug)
        {
            var files = CsvWriter.Files(RealReports.Of(slug)).Select(file =>
                "=== " + file.Path + " ===\n" + new UTF8Encoding(false).GetString(file.Content()).TrimStart('\uFEFF').Replace("\r\n", "\n"));
            Snapshot.Verify(string.Join("\n", files), "csv", slug);
        }

        [Theory]
        [InlineData("html")]
        [InlineData("md")]
        public void Index(string format) =>
            Snapshot.Verify(format == "html" ? HtmlWriter.WriteIndex(RealReports.All) : MarkdownWriter.WriteIndex(RealReports.All), format, "index");
    }
}
