using System.Linq;
using DslPlanning.Language.Formatting;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.LanguageServer.Features.Formatting;

namespace DslPlanning.LanguageServer.Features.CodeActions
{
    /// <summary>
    /// Adds a statement at the end of a declaration's block, laid out as the formatter lays it out: on a line of its own,
    /// indented one level deeper than the declaration, with the file's line end; a declaration without a block gets one.
    /// </summary>
    internal static class StatementInsertion
    {
        public static PlanEdit AtEnd(SyntaxTree tree, StatementSyntax declaration, string statement)
        {
            var text = tree.Text.Text;
            var lineEnd = PlanFormatter.LineEnd(text);
            var depth = Depth(tree, declaration);
            var inner = PlanFormatter.Indentation(depth + 1) + statement;
            var end = declaration.Span.End;
            if (end == 0 || text[end - 1] != '}')
            {
                return new PlanEdit(new TextSpan(end, 0), " {" + lineEnd + inner + lineEnd + PlanFormatter.Indentation(depth) + "}");
            }

            var brace = end - 1;
            var lineStart = brace;
            while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
            {
                lineStart--;
            }

            return lineStart == 0 || text[lineStart - 1] is '\n' or '\r'
                ? new PlanEdit(new TextSpan(lineStart, 0), inner + lineEnd)
                : new PlanEdit(new TextSpan(brace, 0), lineEnd + inner + lineEnd + PlanFormatter.Indentation(depth));
        }

        /// <summary>How many blocks enclose the declaration: 0 for a plan.</summary>
        private static int Depth(SyntaxTree tree, StatementSyntax declaration) =>
            tree.Plans.SelectMany(plan => plan.DescendantNodesAndSelf())
                .Count(node => node is PlanSyntax or DeclarationSyntax && node != declaration && node.Span.Contains(declaration.Span));
    }
}
