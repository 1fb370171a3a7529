using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Tests.Docs;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Diagnostics
{
    /// <summary>
    /// A Swedish message is Swedish all through: every diagnostic the docs' examples cause (which between them cause every
    /// rule of the catalog that a plan can cause) is read in Swedish, and no English word may stand outside the names and
    /// keywords it quotes. The words below are English words that are not Swedish ones, and the examples' names are
    /// Swedish, so a hit is an untranslated fragment: a factory's or a caller's words still in English.
    /// </summary>
    public class SwedishMessageTests
    {
        private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "the", "of", "is", "are", "has", "have", "not", "with", "which", "that", "this", "and", "or", "but", "was", "be",
            "by", "from", "than", "add", "remove", "write", "give", "expected", "unknown", "declared", "missing", "action",
            "actions", "area", "areas", "goal", "goals", "funder", "funders", "actor", "place", "places", "level", "levels",
            "year", "years", "amount", "amounts", "its", "it", "no", "none", "nor", "names", "name", "plan's", "where",
            "when", "here", "there", "should", "must", "can", "cannot", "only", "also", "each", "every", "one", "two",
            "between", "after", "before", "at", "on", "as", "an", "a", "statement", "string", "end", "line", "file",
            "character", "exception", "rule", "reports", "nothing", "checked", "set", "law", "application", "applications",
            "store", "shop", "delivery", "household", "grant", "aid", "turnover", "share", "shares", "budget's", "cost",
            "costs", "funding", "owner", "target", "baseline", "review", "programme", "programmes", "municipal",
            "annual", "national", "did", "you", "mean", "about", "more", "less", "least", "most", "exactly",
            "for", "to", "else", "something", "number", "date", "percent", "distance",
        };

        private static readonly Regex Quoted = new(@"'[^']*'|""[^""]*""|`[^`]*`|\([^()]*\.plan[^()]*\)|\bU\+[0-9A-F]{4,6}\b", RegexOptions.Compiled);
        private static readonly Regex Word = new(@"[\p{L}']+", RegexOptions.Compiled);

        [Fact]
        public void Swedish_messages_of_the_docs_examples_have_no_english_words()
        {
            var problems = new List<string>();
            var pages = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs", "rules"), "SP*.md").Append(Path.Combine(Repository.Root, "docs", "language.md"));
            foreach (var page in pages.OrderBy(path => path, StringComparer.Ordinal))
            {
                var lines = File.ReadAllText(page).Split('\n');
                foreach (var example in DocExamples.Read(lines).Where(example => example.Kind == ExampleKind.Plans))
                {
                    foreach (var diagnostic in DocExampleTests.Compile(example))
                    {
                        var english = EnglishIn(diagnostic.MessageIn(PlanLanguage.Swedish));
                        if (english.Count > 0)
                        {
                            problems.Add($"{Path.GetFileName(page)}: {diagnostic.Id} '{string.Join("', '", english)}' in: {diagnostic.MessageIn(PlanLanguage.Swedish)}");
                        }
                    }
                }
            }

            Assert.True(problems.Count == 0, problems.Distinct().Count() + " Swedish messages with English words:\n" + string.Join("\n", problems.Distinct().Take(200)));
        }

        /// <summary>The English words of <paramref name="message"/> outside what it quotes.</summary>
        private static List<string> EnglishIn(string message)
        {
            var text = Quoted.Replace(message, " ");
            return Word.Matches(text).Select(match => match.Value.Trim('\'')).Where(EnglishWords.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }
    }
}
