using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.LanguageServer.Features.Structure
{
    /// <summary>
    /// What "expand selection" grows through from an offset: the word there, the parts of the statement around it
    /// (a clause, a funding source), the statement, the block it stands in or the header, the declaration, on outwards
    /// to the plan and the whole file. From the syntax alone, so a file with errors answers too.
    /// </summary>
    internal static class SelectionChain
    {
        /// <summary>The spans around <paramref name="offset"/>, innermost first, each strictly containing the one before.</summary>
        public static IReadOnlyList<TextSpan> At(SyntaxTree tree, int offset)
        {
            var outermostFirst = new List<TextSpan> { new(0, tree.Text.Length) };
            for (var node = Inner(tree.Plans, offset); node is not null; node = Inner(node.ChildNodes(), offset))
            {
                outermostFirst.Add(node.Span);
                if (node is PlanSyntax or DeclarationSyntax && Parts(tree, node) is var (header, block))
                {
                    outermostFirst.Add(Holds(block, offset) ? block : header);
                }
            }

            if (TokenAt(tree, offset) is { } token)
            {
                outermostFirst.Add(token);
            }

            var chain = new List<TextSpan>();
            foreach (var span in Enumerable.Reverse(outermostFirst))
            {
                if (chain.Count == 0 || (span.Length > chain[chain.Count - 1].Length && Contains(span, chain[chain.Count - 1])))
                {
                    chain.Add(span);
                }
            }

            return chain;
        }

        /// <summary>The node that holds the offset; the later one where two meet there, as the caret belongs to the word it stands before.</summary>
        private static SyntaxNode? Inner(IEnumerable<SyntaxNode> nodes, int offset) =>
            nodes.Where(node => node.Span.Length > 0 && Holds(node.Span, offset)).OrderBy(node => node.Span.Start).LastOrDefault();

        /// <summary>
        /// A declaration's header (up to its <c>{</c>) and its block (from <c>{</c> to <c>}</c>, to its end when the brace is
        /// missing); null without a block.
        /// </summary>
        private static (TextSpan Header, TextSpan Block)? Parts(SyntaxTree tree, SyntaxNode declaration)
        {
            var tokens = tree.Tokens.TokensIn(declaration.Span);
            var open = tokens.Select((token, index) => (token, index)).FirstOrDefault(found => found.token.Kind == SyntaxTokenKind.OpenBrace);
            if (open.token is null || open.index == 0)
            {
                return null;
            }

            var end = tokens[tokens.Count - 1] is { Kind: SyntaxTokenKind.CloseBrace } close ? close.Span.End : declaration.Span.End;
            return (TextSpan.FromBounds(declaration.Span.Start, tokens[open.index - 1].Span.End), TextSpan.FromBounds(open.token.Span.Start, end));
        }

        /// <summary>The token the offset stands in, or just after (where the caret is after typing a word).</summary>
        private static TextSpan? TokenAt(SyntaxTree tree, int offset)
        {
            // The last token that starts at or before the offset.
            var index = tree.Tokens.IndexAtOrAfter(offset + 1) - 1;
            var token = index >= 0 ? tree.Tokens[index] : null;
            return token is { Kind: not SyntaxTokenKind.EndOfFile, Span.Length: > 0 } && offset <= token.Span.End ? token.Span : null;
        }

        private static bool Holds(TextSpan span, int offset) => span.Start <= offset && offset <= span.End;

        private static bool Contains(TextSpan outer, TextSpan inner) => outer.Start <= inner.Start && inner.End <= outer.End;
    }
}
