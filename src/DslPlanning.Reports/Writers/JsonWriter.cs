using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Writers
{
    /// <summary>
    /// The report as JSON in the stable schema of docs/reports.schema.json: English camelCase property names, Swedish
    /// labels and texts as values, numbers as JSON numbers beside their formatted Swedish text.
    /// </summary>
    public static class JsonWriter
    {
        /// <summary>The version of docs/reports.schema.json the output follows; raised when a property changes meaning or goes away.</summary>
        public const int SchemaVersion = 1;

        private static readonly JsonWriterOptions Options = new()
        {
            Indented = true,
            NewLine = "\n",
            // Swedish letters stay readable; characters that matter to HTML are still escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };

        public static byte[] Write(PlanReport report)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", SchemaVersion);
                json.WriteStartObject("plan");
                json.WriteString("name", report.PlanName);
                json.WriteString("slug", report.Slug);
                json.WriteString("title", report.Title);
                json.WriteString("kind", Camel(report.Kind.ToString()));
                json.WriteString("kindLabel", SwedishTerms.Of(report.Kind));
                json.WritePropertyName("period");
                WriteCell(json, Cell.Of(report.Period));
                json.WriteEndObject();

                json.WriteStartObject("counts");
                json.WriteNumber("errors", report.Counts.Errors);
                json.WriteNumber("warnings", report.Counts.Warnings);
                json.WriteNumber("justifiedExceptions", report.Counts.JustifiedExceptions);
                json.WriteNumber("information", report.Counts.Information);
                json.WriteEndObject();

                var completeness = report.Completeness;
                json.WriteStartObject("completeness");
                json.WriteNumber("actions", completeness.Actions);
                json.WriteNumber("actionsWithOwner", completeness.ActionsWithOwner);
                json.WriteNumber("actionsWithFunding", completeness.ActionsWithFunding);
                json.WriteNumber("actionsWithGoals", completeness.ActionsWithGoals);
                json.WriteNumber("actionsWithYears", completeness.ActionsWithYears);
                json.WriteNumber("goals", completeness.Goals);
                json.WriteNumber("goalsWithIndicator", completeness.GoalsWithIndicator);
                json.WriteNumber("goalsWithTarget", completeness.GoalsWithTarget);
                json.WriteEndObject();

                WriteSections(json, report.Sections);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
            return stream.ToArray();
        }

        private static void WriteSections(Utf8JsonWriter json, IReadOnlyList<Section> sections)
        {
            json.WriteStartArray("sections");
            foreach (var section in sections)
            {
                json.WriteStartObject();
                json.WriteString("id", section.Id);
                json.WriteString("heading", section.Heading);
                json.WriteStartArray("blocks");
                foreach (var block in section.Blocks)
                {
                    WriteBlock(json, block);
                }

                json.WriteEndArray();
                WriteSections(json, section.Subsections);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void WriteBlock(Utf8JsonWriter json, Block block)
        {
            json.WriteStartObject();
            switch (block)
            {
                case Paragraph paragraph:
                    json.WriteString("type", "paragraph");
                    json.WriteString("text", paragraph.Text);
                    break;
                case BulletList list:
                    json.WriteString("type", "list");
                    json.WriteString("title", list.Title);
                    json.WriteStartArray("items");
                    foreach (var item in list.Items)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                case KeyValueList facts:
                    json.WriteString("type", "keyValues");
                    json.WriteStartArray("items");
                    foreach (var fact in facts.Items)
                    {
                        json.WriteStartObject();
                        json.WriteString("key", fact.Key);
                        json.WriteString("label", fact.Label);
                        json.WritePropertyName("value");
                        WriteCell(json, fact.Value);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    break;
                case Table table:
                    WriteTable(json, table);
                    break;
                case BarChart chart:
                    WriteChart(json, chart);
                    break;
            }

            json.WriteEndObject();
        }

        private static void WriteTable(Utf8JsonWriter json, Table table)
        {
            json.WriteString("type", "table");
            json.WriteString("id", table.Id);
            json.WriteString("caption", table.Caption);
            json.WriteString("groupLabel", table.GroupLabel);
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("key", column.Key);
                json.WriteString("label", column.Label);
                json.WriteString("kind", Camel(column.Kind.ToString()));
                json.WriteString("unit", column.Unit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                json.WriteString("group", row.Group);
                json.WriteStartObject("cells");
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WritePropertyName(table.Columns[i].Key);
                    WriteCell(json, i < row.Cells.Count ? row.Cells[i] : Cell.Empty);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("emptyText", table.EmptyText);
        }

        private static void WriteChart(Utf8JsonWriter json, BarChart chart)
        {
            json.WriteString("type", "chart");
            json.WriteString("id", chart.Id);
            json.WriteString("caption", chart.Caption);
            json.WriteString("unit", chart.Unit);
            json.WriteString("valueLabel", chart.ValueLabel);
            json.WriteString("referenceLabel", chart.ReferenceLabel);
            json.WriteStartArray("groups");
            foreach (var group in chart.Groups)
            {
                json.WriteStartObject();
                json.WriteString("label", group.Label);
                json.WriteStartArray("bars");
                foreach (var bar in group.Bars)
                {
                    json.WriteStartObject();
                    json.WriteString("label", bar.Label);
                    json.WriteNumber("value", SwedishFormat.Normalize(bar.Value));
                    json.WriteString("text", SwedishFormat.Number(bar.Value) + " " + chart.Unit);
                    if (bar.Reference is { } reference)
                    {
                        json.WriteNumber("reference", SwedishFormat.Normalize(reference));
                        json.WriteString("referenceText", SwedishFormat.Number(reference) + " " + chart.Unit);
                    }
                    else
                    {
                        json.WriteNull("reference");
                        json.WriteNull("referenceText");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("emptyText", chart.EmptyText);
        }

        /// <summary>A cell: null when empty, else its kind and text, with the number or years where it has them.</summary>
        private static void WriteCell(Utf8JsonWriter json, Cell cell)
        {
            if (cell.IsEmpty)
            {
                json.WriteNullValue();
                return;
            }

            json.WriteStartObject();
            json.WriteString("kind", Camel(cell.Kind.ToString()));
            json.WriteString("text", cell.Text);
            if (cell.Value is { } value)
            {
                json.WriteNumber("value", SwedishFormat.Normalize(value));
            }

            if (cell.From is { } from && cell.To is { } to)
            {
                json.WriteNumber("from", from);
                json.WriteNumber("to", to);
            }

            json.WriteEndObject();
        }

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
