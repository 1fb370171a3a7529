using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Syntax
{
    /// <summary>
    /// Every token of a file, in order, each with its trivia; the last is <see cref="SyntaxTokenKind.EndOfFile"/>. Together
    /// they are the text, character for character: <see cref="ToFullString"/> gives the source back.
    /// </summary>
    public sealed class SyntaxTokenList : IReadOnlyList<SyntaxToken>
    {
        private readonly SyntaxToken[] _tokens;

        internal SyntaxTokenList(SyntaxToken[] tokens)
        {
            _tokens = tokens;
        }

        public int Count => _tokens.Length;

        public SyntaxToken this[int index] => _tokens[index];

        public IEnumerator<SyntaxToken> GetEnumerator() => ((IEnumerable<SyntaxToken>)_tokens).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Every trivia of the file, in order.</summary>
        public IEnumerable<SyntaxTrivia> Trivia => _tokens.SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia));

        /// <summary>The text that error recovery skipped, in order.</summary>
        public IEnumerable<SyntaxTrivia> SkippedText => Trivia.Where(trivia => trivia.Kind == SyntaxTriviaKind.SkippedText);

        public string ToFullString()
        {
            var builder = new StringBuilder();
            foreach (var token in _tokens)
            {
                token.WriteTo(builder);
            }

            return builder.ToString();
        }

        /// <summary>The index of the first token that starts at or after <paramref name="position"/> (the end of file token when none does).</summary>
        public int IndexAtOrAfter(int position)
        {
            var (low, high) = (0, _tokens.Length - 1);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_tokens[middle].Span.Start < position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        /// <summary>The tokens that lie within <paramref name="span"/> (a node's tokens, for a node's span).</summary>
        public IReadOnlyList<SyntaxToken> TokensIn(TextSpan span)
        {
            var tokens = new List<SyntaxToken>();
            for (var index = IndexAtOrAfter(span.Start); index < _tokens.Length - 1 && _tokens[index].Span.End <= span.End; index++)
            {
                if (_tokens[index].Span.Length > 0)
                {
                    tokens.Add(_tokens[index]);
                }
            }

            return tokens;
        }

        /// <summary>The comments before a node, on the lines above it (the leading trivia of its first token).</summary>
        public IReadOnlyList<SyntaxTrivia> LeadingComments(SyntaxNode node) =>
            Comments(TokensIn(node.Span).FirstOrDefault()?.LeadingTrivia);

        /// <summary>The comment at the end of a node's last line (the trailing trivia of its last token).</summary>
        public IReadOnlyList<SyntaxTrivia> TrailingComments(SyntaxNode node) =>
            Comments(TokensIn(node.Span).LastOrDefault()?.TrailingTrivia);

        private static IReadOnlyList<SyntaxTrivia> Comments(IReadOnlyList<SyntaxTrivia>? trivia) =>
            trivia is null ? new SyntaxTrivia[0] : trivia.Where(item => item.Kind == SyntaxTriviaKind.Comment).ToList();
    }
}
