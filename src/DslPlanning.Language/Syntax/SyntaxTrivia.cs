using DslPlanning.Language.Text;

namespace DslPlanning.Language.Syntax
{
    public enum SyntaxTriviaKind
    {
        /// <summary>Spaces, tabs and the other spaces of a line (<c>Scanner.IsInlineSpace</c>), as one run.</summary>
        Whitespace,

        /// <summary>One line break: LF, CRLF, CR, NEL, U+2028 or U+2029.</summary>
        EndOfLine,

        /// <summary><c>#</c> to the end of the line (without the line break).</summary>
        Comment,

        /// <summary>Text that error recovery skipped: a statement that could not be parsed, or text no statement takes, kept as written.</summary>
        SkippedText,
    }

    /// <summary>Text between tokens that the grammar does not read: whitespace, line breaks, comments, skipped text.</summary>
    public sealed class SyntaxTrivia
    {
        public SyntaxTrivia(SyntaxTriviaKind kind, TextSpan span, string text)
        {
            Kind = kind;
            Span = span;
            Text = text;
        }

        public SyntaxTriviaKind Kind { get; }

        public TextSpan Span { get; }

        public string Text { get; }

        public override string ToString() => Text;
    }
}
