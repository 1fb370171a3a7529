using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Diagnostics
{
    /// <summary>The one registry of diagnostics is consistent with itself, in both languages, and with its docs.</summary>
    public class CatalogTests
    {
        public static TheoryData<PlanLanguage> Languages => new() { PlanLanguage.English, PlanLanguage.Swedish };

        [Fact]
        public void Ids_are_unique_and_well_formed()
        {
            var ids = DiagnosticCatalog.All.Select(descriptor => descriptor.Id).ToList();

            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.Matches("^SP[0-9]{4}$", id));
            Assert.Contains("SP0001", ids);
            Assert.Contains("SP9001", ids);
        }

        [Fact]
        public void Every_id_has_a_help_link_to_its_docs_page_in_each_language()
        {
            Assert.All(DiagnosticCatalog.All, descriptor =>
            {
                Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkIn(PlanLanguage.English));
                Assert.EndsWith("/docs/rules/sv/" + descriptor.Id + ".md", descriptor.HelpLinkIn(PlanLanguage.Swedish));
            });
        }

        [Fact]
        public void Every_id_has_a_docs_page_with_an_example_its_fix_and_its_source()
        {
            foreach (var descriptor in DiagnosticCatalog.All)
            {
                AssertPage(descriptor, Path.Combine("docs", "rules", descriptor.Id + ".md"), descriptor.English.Title,
                    example: "## Example", sections: new[] { "## What it means", "## How to fix", "## Source" });
            }
        }

        [Fact]
        public void Every_id_has_a_swedish_docs_page_with_an_example_its_fix_and_its_source()
        {
            foreach (var descriptor in DiagnosticCatalog.All)
            {
                AssertPage(descriptor, Path.Combine("docs", "rules", "sv", descriptor.Id + ".md"), descriptor.Swedish.Title,
                    example: "## Exempel", sections: new[] { "## Vad det betyder", "## Så rättar du", "## Källa" });
            }
        }

        [Fact]
        public void Every_id_has_both_languages_with_the_same_placeholders()
        {
            Assert.All(DiagnosticCatalog.All, descriptor =>
            {
                Assert.Equal(Placeholders(descriptor.English.MessageFormat), Placeholders(descriptor.Swedish.MessageFormat));
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Swedish.Title), descriptor.Id + " has no Swedish title");
                Assert.True(descriptor.Swedish.Title != descriptor.English.Title, descriptor.Id + "'s Swedish title is the English one: " + descriptor.Swedish.Title);
                Assert.True(descriptor.Swedish.MessageFormat != descriptor.English.MessageFormat, descriptor.Id + "'s Swedish message is the English one");
            });
        }

        [Theory]
        [MemberData(nameof(Languages))]
        public void Message_formats_take_the_arguments_the_code_passes(PlanLanguage language)
        {
            Assert.All(DiagnosticCatalog.All, descriptor =>
            {
                var count = Placeholders(descriptor.TextIn(language).MessageFormat).DefaultIfEmpty(-1).Max() + 1;
                var message = descriptor.FormatMessage(language, Enumerable.Range(0, count).Select(index => (Phrase)("arg" + index)));
                Assert.DoesNotContain("{", message.Replace("{ … }", string.Empty));
            });
        }

        private static SortedSet<int> Placeholders(string format) =>
            new(Regex.Matches(format, @"(?<!\{)\{(\d+)\}").Select(match => int.Parse(match.Groups[1].Value)));

        private static void AssertPage(DiagnosticDescriptor descriptor, string relativePath, string title, string example, string[] sections)
        {
            var path = Path.Combine(Repository.Root, relativePath);
            Assert.True(File.Exists(path), "missing docs page " + path);
            var page = File.ReadAllText(path);
            var name = Path.GetFileName(path);

            Assert.StartsWith($"# {descriptor.Id}: {title}", page);
            foreach (var section in sections)
            {
                Assert.True(page.Contains(section), $"{relativePath} has no '{section}' section");
            }

            // Faults of the checker itself: no plan causes them on purpose, so their pages show the message's form instead.
            if (descriptor.Id != DiagnosticCatalog.InternalError.Id && descriptor.Id != DiagnosticCatalog.StatementNotBound.Id)
            {
                Assert.True(page.Contains(example), relativePath + " has no example");
                Assert.True(Regex.Matches(page, "```plan").Count >= 2, name + " needs a failing example and its fix");
            }
        }
    }
}
