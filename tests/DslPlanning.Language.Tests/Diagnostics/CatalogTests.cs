using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Diagnostics
{
    /// <summary>The one registry of diagnostics is consistent with itself and with its docs.</summary>
    public class CatalogTests
    {
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
        public void Every_id_has_a_help_link_to_its_docs_page()
        {
            Assert.All(DiagnosticCatalog.All, descriptor => Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLink));
        }

        [Fact]
        public void Every_id_has_a_docs_page_with_an_example_its_fix_and_its_source()
        {
            foreach (var descriptor in DiagnosticCatalog.All)
            {
                var path = Path.Combine(Repository.Root, "docs", "rules", descriptor.Id + ".md");
                Assert.True(File.Exists(path), "missing docs page " + path);
                var page = File.ReadAllText(path);

                Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", page);
                foreach (var section in new[] { "## What it means", "## How to fix", "## Source" })
                {
                    Assert.True(page.Contains(section), $"{descriptor.Id}.md has no '{section}' section");
                }

                // Faults of the checker itself: no plan causes them on purpose, so their pages show the message's form instead.
                if (descriptor.Id != DiagnosticCatalog.InternalError.Id && descriptor.Id != DiagnosticCatalog.StatementNotBound.Id)
                {
                    Assert.True(page.Contains("## Example"), descriptor.Id + ".md has no example");
                    Assert.True(Regex.Matches(page, "```plan").Count >= 2, descriptor.Id + ".md needs a failing example and its fix");
                }
            }
        }

        [Fact]
        public void Message_formats_take_the_arguments_the_code_passes()
        {
            Assert.All(DiagnosticCatalog.All, descriptor =>
            {
                var highest = Regex.Matches(descriptor.MessageFormat, @"(?<!\{)\{(\d+)\}").Select(match => int.Parse(match.Groups[1].Value)).DefaultIfEmpty(-1).Max();
                var arguments = Enumerable.Range(0, highest + 1).Select(index => (object)("arg" + index)).ToArray();
                var message = descriptor.FormatMessage(arguments);
                Assert.DoesNotContain("{", message.Replace("{ … }", string.Empty));
            });
        }
    }
}
