using System.Collections.Generic;
using System.Linq;
using System.Text;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Formatting
{
    /// <summary>
    /// The canonical layout of a plan file (docs/language.md, "Layout and formatting"): two spaces of indentation per
    /// block, one statement per line, one space between the tokens of a line where the source has any, comments where
    /// they stand, at most one blank line between statements, the file's line ends. Only whitespace, line breaks and
    /// the ';' between statements change, so the plan means what it meant; a file with syntax errors is left as it is.
    /// </summary>
    public static class PlanFormatter
    {
        public static FormattedPlan Format(string path, string text) => Format(PlanParser.Parse(path, text));

        public static FormattedPlan Format(SyntaxTree tree)
        {
            var source = tree.Text.Text;
            var error = tree.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            if (error is not null || tree.Tokens.SkippedText.Any())
            {
                return FormattedPlan.NotFormatted(source, error);
            }

            var formatted = new Writer(tree).Write();
            return FormattedPlan.From(source, formatted);
        }

        /// <summary>The file's line end: the first in it (CRLF, LF or CR), LF when it has none or only others.</summary>
        public static string LineEnd(string text)
        {
            var index = text.IndexOfAny(new[] { '\r', '\n' });
            return index < 0 || text[index] == '\n' ? "\n" : index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\r";
        }

        /// <summary>The indentation of a line at <paramref name="depth"/> blocks.</summary>
        public static string Indentation(int depth) => new(' ', 2 * depth);

        /// <summary>The tokens of a text apart from the ';' between statements: what formatting must keep, in order.</summary>
        internal static IEnumerable<string> SignificantTokens(string text) =>
            Lexer.Scan(text).Where(token => token.Kind != SyntaxTokenKind.Semicolon).Select(token => text.Substring(token.Span.Start, token.Span.Length));

        /// <summary>Writes the tokens and comments of a tree line by line.</summary>
        private sealed class Writer
        {
            private readonly SyntaxTree _tree;
            private readonly HashSet<int> _statementStarts;
            private readonly string _lineEnd;
            private readonly StringBuilder _output = new();

            private int _depth;
            private bool _lineOpen;
            private SyntaxToken? _previous;

            // What stands between the previous token or comment and the next one in the source.
            private int _lineBreaks;
            private string? _space;
            private bool _commentSincePrevious;

            // After '{' and ';' the next statement starts a line.
            private bool _statementEnded;

            public Writer(SyntaxTree tree)
            {
                _tree = tree;
                _statementStarts = new HashSet<int>(tree.Statements().Select(statement => statement.Span.Start));
                _lineEnd = LineEnd(tree.Text.Text);
            }

            public string Write()
            {
                foreach (var token in _tree.Tokens)
                {
                    foreach (var trivia in token.LeadingTrivia)
                    {
                        Add(trivia);
                    }

                    Add(token);
                    foreach (var trivia in token.TrailingTrivia)
                    {
                        Add(trivia);
                    }
                }

                if (_output.Length > 0)
                {
                    _output.Append(_lineEnd);
                }

                return _output.ToString();
            }

            private void Add(SyntaxTrivia trivia)
            {
                switch (trivia.Kind)
                {
                    case SyntaxTriviaKind.Whitespace:
                        _space = trivia.Text;
                        break;
                    case SyntaxTriviaKind.EndOfLine:
                        _lineBreaks++;
                        _space = null;
                        break;
                    default:
                        // A comment: skipped text makes the file one that is not formatted.
                        var comment = trivia.Text.TrimEnd();
                        if (_lineOpen && _lineBreaks == 0)
                        {
                            // A comment at the end of a line keeps the spaces before it, so that aligned comments stay aligned.
                            _output.Append(_space is not null && _space.All(c => c == ' ') ? _space : " ").Append(comment);
                        }
                        else
                        {
                            StartLine(_depth, BlankLineKept());
                            _output.Append(comment);
                        }

                        _lineBreaks = 0;
                        _space = null;
                        _commentSincePrevious = true;
                        break;
                }
            }

            private void Add(SyntaxToken token)
            {
                switch (token.Kind)
                {
                    case SyntaxTokenKind.EndOfFile:
                        return;
                    case SyntaxTokenKind.Semicolon:
                        _statementEnded = true;
                        return;
                }

                var closes = token.Kind == SyntaxTokenKind.CloseBrace;
                var braceOfHeader = token.Kind == SyntaxTokenKind.OpenBrace && _lineOpen && !_statementEnded && !_commentSincePrevious;
                if (!_lineOpen || _statementEnded || closes || (_lineBreaks > 0 && !braceOfHeader))
                {
                    var continuation = token.Kind != SyntaxTokenKind.OpenBrace && !closes && !_statementStarts.Contains(token.Span.Start);
                    StartLine(_depth - (closes ? 1 : 0) + (continuation ? 1 : 0), !closes && BlankLineKept());
                }
                else if (_lineBreaks > 0 || _space is not null)
                {
                    // Spaces between a number and a digit are kept as written: one space would make them one number (50 000).
                    _output.Append(_previous?.Kind == SyntaxTokenKind.Number && _lineBreaks == 0 && Scanner.IsDigit(token.Text[0]) ? _space : " ");
                }

                _output.Append(token.Text);
                _previous = token;
                _lineOpen = true;
                _lineBreaks = 0;
                _space = null;
                _commentSincePrevious = false;
                _statementEnded = token.Kind is SyntaxTokenKind.OpenBrace or SyntaxTokenKind.CloseBrace;
                _depth += token.Kind == SyntaxTokenKind.OpenBrace ? 1 : closes ? -1 : 0;
            }

            /// <summary>A blank line in the source stays, one at most, but not at the start of the file or of a block.</summary>
            private bool BlankLineKept() => _lineBreaks >= 2 && (_previous?.Kind != SyntaxTokenKind.OpenBrace || _commentSincePrevious);

            private void StartLine(int depth, bool blankLine)
            {
                if (_output.Length > 0)
                {
                    _output.Append(_lineEnd);
                    if (blankLine)
                    {
                        _output.Append(_lineEnd);
                    }
                }

                _output.Append(PlanFormatter.Indentation(depth));

                _lineOpen = true;
            }
        }
    }
}
