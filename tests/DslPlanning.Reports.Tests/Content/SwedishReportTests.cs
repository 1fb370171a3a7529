using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DslPlanning.Plans;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>
    /// Issue 13: the reports of the real plans are Swedish all through. Every format of every real plan's report and the
    /// index is read as its reader reads it (<see cref="ReportTexts"/>), and no English word (<see cref="ReportTexts.EnglishWords"/>)
    /// may stand outside what the plans' authors wrote (titles, descriptions, notes, quotations from the documents, which
    /// may hold anything) and outside the build's finding messages. The finding messages are checked on their own, rule by
    /// rule, so that a message still in English shows with its rule ID rather than hiding among the labels: nothing is
    /// skipped silently.
    /// </summary>
    public class SwedishReportTests
    {
        /// <summary>What a message quotes (keywords of the language, plan text, file positions), which may be English.</summary>
        private static readonly Regex Quoted = new(@"'[^']*'|""[^""]*""|`[^`]*`|\([^()]*\.plan[^()]*\)", RegexOptions.Compiled);

        /// <summary>The rule ID of a justified exception that suppressed a finding (the reports' FindingsSection.ExceptionApplied).</summary>
        private const string ExceptionApplied = "SP1016";

        private static readonly Lazy<IReadOnlyList<string>> PlanTexts = new(() => ReportTexts.PlanTexts(PlanCatalog.All));

        [Fact]
        public void Reports_of_the_real_plans_have_no_english_outside_plan_text_and_finding_messages()
        {
            var messages = PlanCatalog.Findings.Select(finding => ReportTexts.Normalize(finding.Message)).Where(message => message.Length > 0);
            var authored = messages.Concat(PlanTexts.Value).Distinct(StringComparer.Ordinal)
                .OrderByDescending(text => text.Length).ThenBy(text => text, StringComparer.Ordinal).ToList();

            var problems = new List<string>();
            foreach (var (where, text) in Texts())
            {
                var rest = ReportTexts.Without(text, authored);
                foreach (var word in ReportTexts.EnglishIn(rest))
                {
                    problems.Add(where + ": '" + word + "' in …" + Around(rest, word) + "…");
                }
            }

            Assert.True(problems.Count == 0, problems.Count + " English words in the reports' own text (labels, sources, notes):\n" + string.Join("\n", problems.Take(100)));
        }

        /// <summary>The values the English check leaves out of the JSON are codes, so that no text can hide under them.</summary>
        [Fact]
        public void Json_values_left_out_of_the_check_are_codes()
        {
            var code = new Regex("^[a-z][A-Za-z0-9]*(-[a-z0-9]+)*$");
            var texts = RealReports.All.SelectMany(report => ReportTexts.OfJson(Json(report)))
                .Where(value => ReportTexts.CodeProperties.Contains(value.Property) && !code.IsMatch(value.Value))
                .Select(value => value.Property + ": " + value.Value).Distinct().ToList();

            Assert.True(texts.Count == 0, "JSON code properties holding text, which the English check would not read:\n" + string.Join("\n", texts));
        }

        /// <summary>
        /// The finding messages the reports list, as the generator wrote them (in Swedish: <c>PlanGenerator.Findings</c>);
        /// the reports count the findings of applied exceptions (<see cref="ExceptionApplied"/>) but list the exceptions
        /// themselves, with the plan's reasons, not those messages.
        /// A failure lists each rule whose message still reads English, with its count and an example.
        /// </summary>
        [Fact]
        public void Finding_messages_in_the_reports_are_swedish()
        {
            var english = new SortedDictionary<string, (int Count, SortedSet<string> Words, string Example)>(StringComparer.Ordinal);
            foreach (var finding in PlanCatalog.Findings.Where(finding => finding.Id != ExceptionApplied))
            {
                var words = ReportTexts.EnglishIn(ReportTexts.Without(Quoted.Replace(finding.Message, " "), PlanTexts.Value));
                if (words.Count == 0)
                {
                    continue;
                }

                if (!english.TryGetValue(finding.Id, out var entry))
                {
                    entry = (0, new SortedSet<string>(StringComparer.OrdinalIgnoreCase), finding.Message);
                }

                entry.Words.UnionWith(words);
                english[finding.Id] = (entry.Count + 1, entry.Words, entry.Example);
            }

            var lines = english.Select(entry => entry.Key + " (" + entry.Value.Count + " findings; '" + string.Join("', '", entry.Value.Words.Take(8)) + "'): " + entry.Value.Example);
            Assert.True(english.Count == 0, english.Count + " rules whose findings in the reports of the real plans read English ("
                + string.Join(", ", english.Keys) + "):\n" + string.Join("\n", lines));
        }

        /// <summary>Every text of every written report of the real plans, and of the index, with where it is.</summary>
        private static IEnumerable<(string Where, string Text)> Texts()
        {
            foreach (var report in RealReports.All)
            {
                yield return (report.Slug + ".html", ReportTexts.OfHtml(HtmlWriter.Write(report)));
                yield return (report.Slug + ".md", ReportTexts.OfMarkdown(MarkdownWriter.Write(report)));
                foreach (var (path, content) in CsvWriter.Files(report))
                {
                    var csv = new UTF8Encoding(false).GetString(content()).TrimStart('\uFEFF');
                    yield return (path, string.Join(" ¶ ", ReportTexts.OfCsv(csv)));
                }

                foreach (var (property, value) in ReportTexts.OfJson(Json(report)).Where(value => !ReportTexts.CodeProperties.Contains(value.Property)))
                {
                    yield return (report.Slug + ".json " + property, value);
                }
            }

            yield return ("index.html", ReportTexts.OfHtml(HtmlWriter.WriteIndex(RealReports.All)));
            yield return ("index.md", ReportTexts.OfMarkdown(MarkdownWriter.WriteIndex(RealReports.All)));
        }

        private static string Json(PlanReport report) => new UTF8Encoding(false).GetString(JsonWriter.Write(report)).TrimStart('\uFEFF');

        private static string Around(string text, string word)
        {
            var match = Regex.Match(text, @"(?<!\p{L})" + Regex.Escape(word) + @"(?!\p{L})");
            var index = match.Success ? match.Index : 0;
            var start = Math.Max(0, index - 60);
            return text.Substring(start, Math.Min(text.Length - start, word.Length + 120));
        }
    }
}
