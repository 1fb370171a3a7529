using System;
using System.IO;
using System.Linq;
using System.Text;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Language.Tests.Blocks
{
    /// <summary>
    /// The statement lists of docs/language.md are the block tables: each list stands between
    /// <c>&lt;!-- statements:block --&gt;</c> and <c>&lt;!-- /statements:block --&gt;</c> and must be what the table gives.
    /// <c>DSLPLANNING_REGENERATE=1 dotnet test tests/DslPlanning.Language.Tests --filter StatementListDocs</c> rewrites them.
    /// </summary>
    public class StatementListDocsTests
    {
        private static string LanguageDoc => Path.Combine(Repository.Root, "docs", "language.md");

        [Fact]
        public void The_language_reference_lists_every_statement_of_every_block_as_its_table_says()
        {
            var doc = File.ReadAllText(LanguageDoc).Replace("\r\n", "\n");
            var expected = BlockTables.All.Aggregate(doc, (text, table) => WithList(text, table));

            if (Baselines.Regenerate && expected != doc)
            {
                File.WriteAllText(LanguageDoc, expected);
                return;
            }

            var stale = BlockTables.All.Where(table => WithList(doc, table) != doc).Select(table => table.Name).ToList();
            Assert.True(stale.Count == 0,
                "docs/language.md does not list the statements of " + string.Join(", ", stale) + " as their tables in src/DslPlanning.Language/Blocks do; "
                + "run DSLPLANNING_REGENERATE=1 dotnet test tests/DslPlanning.Language.Tests --filter StatementListDocs and review the change");
        }

        /// <summary><paramref name="doc"/> with the list of <paramref name="table"/> between its markers, which must be there.</summary>
        private static string WithList(string doc, BlockTable table)
        {
            var begin = $"<!-- statements:{table.Name} -->\n";
            var end = $"<!-- /statements:{table.Name} -->";
            var start = doc.IndexOf(begin, StringComparison.Ordinal);
            var stop = doc.IndexOf(end, StringComparison.Ordinal);
            Assert.True(start >= 0 && stop > start, $"docs/language.md has no list of the statements of {table.Name} between '{begin.Trim()}' and '{end}'");
            return doc.Substring(0, start + begin.Length) + List(table) + doc.Substring(stop);
        }

        /// <summary>The Markdown table of a block's statements.</summary>
        internal static string List(BlockTable table)
        {
            var list = new StringBuilder()
                .Append("| statement | given | meaning | example |\n")
                .Append("| --- | --- | --- | --- |\n");
            foreach (var statement in table.Fallback is null ? table.Statements : table.Statements.Append(table.Fallback))
            {
                var given = statement.Occurs == Occurs.Many ? "any number" : statement == table.Fallback ? "each once" : "once";
                list.Append($"| {Code(statement.Syntax)} | {given} | {statement.Description} | {Code(statement.Example)} |\n");
            }

            return list.ToString();
        }

        private static string Code(string text) => "`" + text.Replace("|", "\\|") + "`";
    }
}
