using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Blocks
{
    /// <summary>A plan that puts statements inside a block of each kind, and the way back to that block's statements.</summary>
    internal static class BlockContexts
    {
        /// <summary>The declarations that open each kind of block, outermost first (none for the plan itself).</summary>
        private static readonly Dictionary<string, string[]> Openers = new()
        {
            ["plan"] = new string[0],
            ["level"] = new[] { "level 1" },
            ["actor"] = new[] { "actor A" },
            ["funder"] = new[] { "funder F" },
            ["place"] = new[] { "place K" },
            ["area"] = new[] { "area A" },
            ["goal"] = new[] { "goal G" },
            ["action"] = new[] { "action X" },
            ["subsidy"] = new[] { "action X", "subsidy home-delivery-grant in 2024" },
            ["scheme"] = new[] { "scheme service-grant" },
        };

        public static bool Has(BlockTable table) => Openers.ContainsKey(table.Name);

        /// <summary>A plan with <paramref name="statements"/> in a block of <paramref name="table"/>'s kind.</summary>
        public static string Plan(BlockTable table, params string[] statements)
        {
            var openers = Openers[table.Name];
            return "municipal plan P {\n"
                + string.Concat(openers.Select(opener => opener + " {\n"))
                + string.Join("\n", statements) + "\n"
                + string.Concat(openers.Select(_ => "}\n"))
                + "}\n";
        }

        /// <summary>The statements of the block <see cref="Plan"/> put them in.</summary>
        public static ValueList<StatementSyntax> Statements(BlockTable table, SyntaxTree tree)
        {
            var body = tree.Plans.Single().Body;
            foreach (var _ in Openers[table.Name])
            {
                body = body.OfType<DeclarationSyntax>().First().Body;
            }

            return body;
        }
    }
}
