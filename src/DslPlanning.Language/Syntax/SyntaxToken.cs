using System.Collections.Generic;
using System.Text;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Syntax
{
    public enum SyntaxTokenKind
    {
        /// <summary>A name or keyword: <c>area</c>, <c>Kluk</c>, <c>VästerbottenRSP.1.1</c>, <c>home-delivery-grant</c>.</summary>
        Name,

        /// <summary>A number with its digit groups and decimals: <c>50 000</c>, <c>10,1</c>, <c>2018</c> (a date is three numbers and two signs).</summary>
        Number,

        /// <summary>A string literal, with its quotes; an unterminated one runs to the end of its line.</summary>
        String,

        OpenBrace,

        CloseBrace,

        Comma,

        Semicolon,

        /// <summary>Another sign of the language: <c>..</c> <c>–</c> <c>—</c> <c>-</c> <c>%</c> <c>/</c> <c>&gt;</c> <c>&gt;=</c> <c>≥</c> <c>&lt;</c> <c>&lt;=</c> <c>≤</c> <c>.</c></summary>
        Punctuation,

        /// <summary>A character the language has no use for (one character, or one surrogate pair).</summary>
        Unknown,

        /// <summary>The empty token at the end of the text, which holds the trivia after the last token.</summary>
        EndOfFile,
    }

    /// <summary>
    /// A token of the source with the trivia around it: <see cref="LeadingTrivia"/> is what stands before it from the
    /// end of the previous token's trailing trivia; <see cref="TrailingTrivia"/> is what follows it on its line, up to
    /// and including the line break (as in Roslyn).
    /// </summary>
    public sealed class SyntaxToken
    {
        public SyntaxToken(SyntaxTokenKind kind, TextSpan span, string text, IReadOnlyList<SyntaxTrivia> leadingTrivia, IReadOnlyList<SyntaxTrivia> trailingTrivia)
        {
            Kind = kind;
            Span = span;
            Text = text;
            LeadingTrivia = leadingTrivia;
            TrailingTrivia = trailingTrivia;
        }

        public SyntaxTokenKind Kind { get; }

        /// <summary>The token's own text, without trivia.</summary>
        public TextSpan Span { get; }

        public string Text { get; }

        public IReadOnlyList<SyntaxTrivia> LeadingTrivia { get; }

        public IReadOnlyList<SyntaxTrivia> TrailingTrivia { get; }

        /// <summary>The token with its trivia.</summary>
        public TextSpan FullSpan => TextSpan.FromBounds(
            LeadingTrivia.Count > 0 ? LeadingTrivia[0].Span.Start : Span.Start,
            TrailingTrivia.Count > 0 ? TrailingTrivia[TrailingTrivia.Count - 1].Span.End : Span.End);

        /// <summary>The token's text with its trivia, as in the source.</summary>
        public string ToFullString() => WriteTo(new StringBuilder()).ToString();

        internal StringBuilder WriteTo(StringBuilder builder)
        {
            foreach (var trivia in LeadingTrivia)
            {
                builder.Append(trivia.Text);
            }

            builder.Append(Text);
            foreach (var trivia in TrailingTrivia)
            {
                builder.Append(trivia.Text);
            }

            return builder;
        }

        public override string ToString() => Text;
    }
}
