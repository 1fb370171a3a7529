using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DslPlanning.Model;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>
    /// The human-readable text of written reports, and the English words in it. A report's text is read as a reader
    /// sees it: HTML without markup (the style sheet, tags and ids left out, entities decoded; aria-labels kept), Markdown
    /// with its escapes undone, CSV field by field, JSON values (not property names, and not the values of the code
    /// properties the schema documents as identifiers and enumerations: <see cref="CodeProperties"/>).
    /// </summary>
    public static class ReportTexts
    {
        /// <summary>
        /// English words that are not Swedish words, so a hit in a Swedish report is an untranslated fragment. Words that
        /// are also Swedish (per, in, all, period, regional, budget, status, plan, service, information, total, under,
        /// by, for, from, be, as, an, it, store, set …) are left out: they cannot tell the languages apart.
        /// </summary>
        public static readonly IReadOnlySet<string> EnglishWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "the", "of", "is", "are", "was", "were", "been", "has", "have", "had", "with", "without", "which", "who", "whose",
            "and", "or", "nor", "but", "not", "no", "none", "yes", "this", "that", "these", "those", "there", "where", "when",
            "what", "than", "then", "into", "onto", "to", "at", "on", "its", "their", "they", "each", "every", "only", "also",
            "should", "must", "can", "cannot", "will", "would", "does", "do", "did", "see", "add", "give", "states", "names",
            "action", "actions", "goal", "goals", "area", "areas", "funder", "funders", "funding", "year", "years", "yearly",
            "amount", "amounts", "cost", "costs", "share", "shares", "source", "sources", "owner", "owners", "responsible",
            "target", "targets", "indicator", "indicators", "baseline", "actual", "outcome", "reached", "served", "serves",
            "place", "places", "level", "levels", "shop", "delivery", "deliveries", "household", "households", "trip",
            "grant", "grants", "aid", "terms", "turnover", "quoted", "amended", "checked", "known", "last", "wording", "law",
            "municipal", "municipality", "annual", "national", "programme", "proposed", "planned", "ongoing", "completed",
            "cancelled", "example", "examples", "output", "result", "effect", "warning", "warnings", "error", "errors",
            "unknown", "missing", "true", "false", "null", "month", "week", "participant", "agreement", "meeting", "visit",
            "groceries", "fuel", "parcels", "pharmacy", "payments", "cash", "charging", "seasonal", "closed", "existing",
            "overview", "contents", "subsidy", "subsidies", "completeness", "findings", "justified", "exception",
            "exceptions", "chart", "table", "report", "reports", "generated", "more", "less", "least", "most", "about",
            "exactly", "between", "after", "before", "until", "since", "here", "nothing", "something",
        };

        /// <summary>
        /// JSON properties whose values are codes for programs, documented with their values in docs/reports.schema.json
        /// (ids, keys, slugs and the enumerations <c>kind</c> and <c>type</c>), not text for readers; their labels
        /// (<c>kindLabel</c>, <c>label</c>, <c>heading</c> …) are read.
        /// </summary>
        public static readonly IReadOnlySet<string> CodeProperties = new HashSet<string>(StringComparer.Ordinal) { "id", "key", "slug", "kind", "type" };

        private static readonly Regex Word = new(@"\p{L}+(?:'\p{L}+)?", RegexOptions.Compiled);
        private static readonly Regex Space = new(@"\s+", RegexOptions.Compiled);
        private static readonly Regex HtmlHidden = new(@"<(style|script)\b[^>]*>.*?</\1>", RegexOptions.Compiled | RegexOptions.Singleline | RegexOptions.IgnoreCase);
        private static readonly Regex HtmlReadAttribute = new(@"\b(?:aria-label|title|alt)=""([^""]*)""", RegexOptions.Compiled);
        private static readonly Regex HtmlTag = new(@"<[^>]*>", RegexOptions.Compiled);
        private static readonly Regex MarkdownEscape = new(@"\\([\\`*_{}\[\]()#+\-.!|<>~&=\n])", RegexOptions.Compiled);
        private static readonly Regex MarkdownBreak = new(@"<br>", RegexOptions.Compiled);

        /// <summary>The English words of a text, in order of first appearance.</summary>
        public static IReadOnlyList<string> EnglishIn(string text) =>
            Word.Matches(text).Select(match => match.Value).Where(EnglishWords.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        /// <summary>Whitespace runs as one space, trimmed: plan text and report text compare alike however lines were broken.</summary>
        public static string Normalize(string text) => Space.Replace(text, " ").Trim();

        /// <summary>What a reader of the HTML page reads: the text of its elements, its aria-labels and titles, entities decoded.</summary>
        public static string OfHtml(string html)
        {
            var visible = HtmlHidden.Replace(html, " ");
            var attributes = HtmlReadAttribute.Matches(visible).Select(attribute => attribute.Groups[1].Value);
            return WebUtility.HtmlDecode(string.Join(" ¶ ", attributes) + " ¶ " + HtmlTag.Replace(visible, " "));
        }

        /// <summary>What a reader of the Markdown reads: line breaks in cells as spaces and escapes undone.</summary>
        public static string OfMarkdown(string markdown) => MarkdownEscape.Replace(MarkdownBreak.Replace(markdown, " "), "$1");

        /// <summary>The fields of a CSV file (<c>;</c> between fields, RFC 4180 quoting).</summary>
        public static IEnumerable<string> OfCsv(string csv)
        {
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < csv.Length; i++)
            {
                var c = csv[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c is ';' or '\n' or '\r')
                {
                    yield return field.ToString();
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            yield return field.ToString();
        }

        /// <summary>The string values of a JSON document with the property each stands under; property names are not values.</summary>
        public static IEnumerable<(string Property, string Value)> OfJson(string json)
        {
            using var document = JsonDocument.Parse(json);
            var values = new List<(string, string)>();
            Walk(document.RootElement, string.Empty, values);
            return values;
        }

        /// <summary>
        /// Every string a plan's author wrote: names, titles, descriptions, notes, reasons, quotations … of the plans,
        /// gathered from the model, of three characters or more. Keywords kept as strings (a scheme term's fact, its
        /// investment grounds) are not plan text: the reports translate them.
        /// </summary>
        public static IReadOnlyList<string> PlanTexts(IEnumerable<ServicePlan> plans)
        {
            var texts = new HashSet<string>(StringComparer.Ordinal);
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (var plan in plans)
            {
                Collect(plan, texts, visited, 0);
            }

            // Texts of one or two characters (a level "1", a priority "A") are left in: taken out everywhere they would cut
            // up every number and word of the reports, and they cannot hold an English word worth hiding.
            return texts.Select(Normalize).Where(text => text.Length > 2).Distinct(StringComparer.Ordinal)
                .OrderByDescending(text => text.Length).ThenBy(text => text, StringComparer.Ordinal).ToList();
        }

        /// <summary><paramref name="text"/> with every occurrence of <paramref name="parts"/> (longest first) replaced by a separator.</summary>
        public static string Without(string text, IReadOnlyList<string> parts)
        {
            var result = Normalize(text);
            foreach (var part in parts)
            {
                if (result.Length < part.Length)
                {
                    continue;
                }

                if (result.Contains(part, StringComparison.Ordinal))
                {
                    result = result.Replace(part, " ¶ ", StringComparison.Ordinal);
                }
            }

            return result;
        }

        private static void Walk(JsonElement element, string property, List<(string, string)> values)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var member in element.EnumerateObject())
                    {
                        Walk(member.Value, member.Name, values);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, property, values);
                    }

                    break;
                case JsonValueKind.String:
                    values.Add((property, element.GetString()!));
                    break;
            }
        }

        private static void Collect(object? value, HashSet<string> texts, HashSet<object> visited, int depth)
        {
            switch (value)
            {
                case null:
                    return;
                case string text:
                    texts.Add(text);
                    return;
                case SchemeTerm term:
                    if (term.Fact != "grounds" && term.Text is { } termText)
                    {
                        texts.Add(termText);
                    }

                    if (term.Condition is { } condition)
                    {
                        texts.Add(condition);
                    }

                    return;
            }

            var type = value.GetType();
            if (depth > 32 || type.IsPrimitive || type.IsEnum || value is decimal || (!type.IsValueType && !visited.Add(value)))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    Collect(item, texts, visited, depth + 1);
                }

                return;
            }

            if (type.Namespace is not { } ns || !ns.StartsWith("DslPlanning.Model", StringComparison.Ordinal))
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0))
            {
                Collect(property.GetValue(value), texts, visited, depth + 1);
            }
        }
    }
}
