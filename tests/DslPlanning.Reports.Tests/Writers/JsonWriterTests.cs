using System.IO;
using System.Linq;
using System.Text.Json;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Writers
{
    /// <summary>The JSON of every report follows docs/reports.schema.json, which pins each table's cells to its column keys.</summary>
    public class JsonWriterTests
    {
        private static readonly JsonSchemaChecker Checker = new(JsonDocument.Parse(File.ReadAllText(TestPaths.Docs("reports.schema.json"))).RootElement);

        [Theory]
        [MemberData(nameof(RealReports.Slugs), MemberType = typeof(RealReports))]
        public void The_report_of_each_real_plan_follows_the_schema(string slug) => AssertValid(JsonWriter.Write(RealReports.Of(slug)));

        [Fact]
        public void Reports_with_charts_subsidies_and_markup_in_every_string_follow_the_schema()
        {
            var hostile = HostilePlans.Compile();
            foreach (var report in ReportBuilder.BuildAll(hostile.Plans, hostile.Findings))
            {
                AssertValid(JsonWriter.Write(report));
            }
        }

        [Fact]
        public void A_report_with_the_adoption_other_roles_and_examples_of_actions_follows_the_schema()
        {
            var plans = TestPlans.Compile(Content.DocumentFactsReportTests.Plan);
            AssertValid(JsonWriter.Write(ReportBuilder.Build(plans["Storby"], plans.Plans, plans.Findings)));
        }

        [Fact]
        public void The_checker_finds_a_missing_property_an_unknown_one_a_wrong_type_and_a_cell_key_of_another_table()
        {
            var json = JsonNodeOf(JsonWriter.Write(RealReports.Of("krokom")));
            json.Remove("counts");
            json["extra"] = 1;
            json["schemaVersion"] = "1";
            var table = json["sections"]!.AsArray().SelectMany(section => section!["blocks"]!.AsArray()).First(block => (string?)block!["id"] == "action-plan")!;
            table["rows"]![0]!["cells"]!.AsObject()["funder"] = null;

            var errors = Checker.Check(JsonDocument.Parse(json.ToJsonString()).RootElement);

            Assert.Contains(errors, error => error == "$: missing property 'counts'");
            Assert.Contains(errors, error => error == "$.extra: property not allowed");
            Assert.Contains(errors, error => error.StartsWith("$.schemaVersion: expected 1", System.StringComparison.Ordinal));
            Assert.Contains(errors, error => error.StartsWith("$.sections[2].blocks[0]: matches 0 of the oneOf schemas", System.StringComparison.Ordinal) && error.Contains("funder"));
        }

        [Fact]
        public void Numbers_are_JSON_numbers_beside_their_Swedish_text_and_property_names_are_camel_case()
        {
            using var document = JsonDocument.Parse(JsonWriter.Write(RealReports.Of("krokom")));
            var limits = document.RootElement.GetProperty("sections").EnumerateArray().SelectMany(section => section.GetProperty("blocks").EnumerateArray())
                .Single(block => block.TryGetProperty("id", out var id) && id.GetString() == "subsidy-limits");
            var first = limits.GetProperty("rows")[0].GetProperty("cells");

            Assert.Equal(JsonWriter.SchemaVersion, document.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(100m, first.GetProperty("maximum").GetProperty("value").GetDecimal());
            Assert.Equal("100 kr", first.GetProperty("maximum").GetProperty("text").GetString());
            Assert.Equal(2023, first.GetProperty("years").GetProperty("from").GetInt32());
            Assert.Equal(2026, first.GetProperty("years").GetProperty("to").GetInt32());
            Assert.Equal(JsonValueKind.Null, first.GetProperty("amountApplied").ValueKind);
        }

        private static void AssertValid(byte[] json)
        {
            var errors = Checker.Check(JsonDocument.Parse(json).RootElement);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        }

        private static System.Text.Json.Nodes.JsonObject JsonNodeOf(byte[] json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
    }
}
