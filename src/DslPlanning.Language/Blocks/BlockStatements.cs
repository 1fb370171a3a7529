using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Syntax;

namespace DslPlanning.Language.Blocks
{
    /// <summary>A read-only view of the block tables for tools: the statements each block accepts.</summary>
    public static class BlockStatements
    {
        private static readonly Dictionary<string, IReadOnlyList<StatementInfo>> ByBlock = BlockTables.All.ToDictionary(
            table => table.Name,
            table => (IReadOnlyList<StatementInfo>)table.Statements.Select(entry => Info(entry, isFallback: false))
                .Concat(table.Fallback is { } fallback ? new[] { Info(fallback, isFallback: true) } : Array.Empty<StatementInfo>())
                .ToList(),
            StringComparer.Ordinal);

        /// <summary>The blocks' keywords, in the order of the language reference: <c>plan</c>, <c>level</c>, <c>actor</c> …</summary>
        public static IReadOnlyList<string> Blocks { get; } = BlockTables.All.Select(table => table.Name).ToList();

        /// <summary>
        /// The statements of the block <paramref name="block"/> (<c>plan</c> for a plan's own block), in table order, the
        /// statement of facts or terms last; empty for a word that names no block.
        /// </summary>
        public static IReadOnlyList<StatementInfo> Of(string block) =>
            ByBlock.TryGetValue(block, out var statements) ? statements : Array.Empty<StatementInfo>();

        /// <summary>Whether the block of <paramref name="declaration"/> (a plan or a declaration) accepts statements starting with <paramref name="keyword"/>.</summary>
        public static bool Accepts(StatementSyntax declaration, string keyword) =>
            Of(declaration is PlanSyntax ? "plan" : declaration.Keyword.Text).Any(statement => !statement.IsFallback && statement.Keyword == keyword);

        /// <summary>The clauses a declaration's header may have after its name and title (<c>priority</c>, <c>serves</c> of an area), each counting as the statement of that name.</summary>
        public static IReadOnlyList<string> HeaderClauses(string declaration) => Parsing.PlanGrammar.HeaderClauses(declaration);

        private static StatementInfo Info(StatementEntry entry, bool isFallback) =>
            new(entry.Keyword, entry.Syntax, entry.Description, entry.Example, entry.Occurs == Occurs.Once, isFallback);
    }
}
