using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.LanguageServer.Features.Structure
{
    /// <summary>
    /// What "expand selection" grows through from an offset: the word there, its statement, the block it stands in,
    /// the declaration of that block, on outwards to the plan and the whole file. From the syntax alone, so a file with
    /// errors answers too.
    /// </summary>
    internal static class SelectionChain
    {
        /// <summary>The spans around <paramref name="offset"/>, innermost first, each strictly containing the one before.</summary>
        public static IReadOnlyList<TextSpan> At(SyntaxTree tree, int offset)
        {
            var outermostFirst = new List<TextSpan> { new(0, tree.Text.Length) };
            IEnumerable<StatementSyntax> level = tree.Plans;
            while (level.LastOrDefault(statement => Holds(statement.Span, offset)) is { } statement)
            {
                outermostFirst.Add(statement.Span);
                if (Block(tree, statement) is { } block && Holds(block, offset))
                {
                    outermostFirst.Add(block);
                }

                level = statement switch
                {
                    PlanSyntax plan => plan.Body,
                    DeclarationSyntax declaration => declaration.Body,
                    _ => Enumerable.Empty<StatementSyntax>(),
                };
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

        /// <summary>From a declaration's <c>{</c> to its <c>}</c> (to its end when the brace is missing); null without a block.</summary>
        private static TextSpan? Block(SyntaxTree tree, StatementSyntax statement)
        {
            var tokens = tree.Tokens.TokensIn(statement.Span);
            if (tokens.FirstOrDefault(token => token.Kind == SyntaxTokenKind.OpenBrace) is not { } open)
            {
                return null;
            }

            var end = tokens[tokens.Count - 1] is { Kind: SyntaxTokenKind.CloseBrace } close ? close.Span.End : statement.Span.End;
            return TextSpan.FromBounds(open.Span.Start, end);
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
