using System.Linq;
using DslPlanning.Language.Syntax;

namespace DslPlanning.Language.Blocks
{
    /// <summary>What the block tables say about a block of the syntax tree, for tools outside the language core.</summary>
    public static class BlockStatements
    {
        /// <summary>Whether the block of <paramref name="declaration"/> (a plan or a declaration) accepts statements starting with <paramref name="keyword"/>.</summary>
        public static bool Accepts(StatementSyntax declaration, string keyword)
        {
            var table = declaration is PlanSyntax
                ? PlanStatements.Table
                : BlockTables.All.FirstOrDefault(block => block.Name == declaration.Keyword.Text && block != PlanStatements.Table);
            return table is not null && table.Statements.Any(statement => statement.Keyword == keyword);
        }
    }
}
