using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// Splits the whole text into tokens and trivia, whatever it holds: every character belongs to exactly one token or
    /// trivia. It reads characters as <see cref="Scanner"/> and the token parsers do (names, numbers with digit groups,
    /// strings across lines, unterminated strings to the end of their line), so that every node of the tree starts at a
    /// token's start and ends at a token's end. The tokens that the parser skipped (<see cref="SkippedTokens"/>) become
    /// <see cref="SyntaxTriviaKind.SkippedText"/> trivia of the next token, as in Bicep.
    /// </summary>
    internal static class Lexer
    {
        /// <summary>The tokens of a parsed file, with its skipped text as trivia.</summary>
        public static SyntaxTokenList Lex(SyntaxTree tree)
        {
            var text = tree.Text.Text;
            var tokens = Scan(text);
            return Assemble(text, tokens, SkippedTokens.Mark(tree, tokens));
        }

        /// <summary>The tokens of a text, without trivia (what lies between them is trivia), and without an end of file token.</summary>
        public static List<(SyntaxTokenKind Kind, TextSpan Span)> Scan(string text)
        {
            var tokens = new List<(SyntaxTokenKind, TextSpan)>();
            var position = 0;
            while (true)
            {
                position = Scanner.SkipTrivia(text, position, semicolons: false);
                if (position >= text.Length)
                {
                    return tokens;
                }

                var kind = ScanToken(text, position, out var end);
                tokens.Add((kind, TextSpan.FromBounds(position, end)));
                position = end;
            }
        }

        private static SyntaxTokenKind ScanToken(string text, int start, out int end)
        {
            var c = text[start];
            if (c == '"')
            {
                end = Scanner.ScanStringEnd(text, start);
                if (end < 0)
                {
                    end = Scanner.UnclosedStringEnd(text, start);
                }

                return SyntaxTokenKind.String;
            }

            if (Scanner.IsDigit(c))
            {
                end = ScanNumber(text, start);
                return SyntaxTokenKind.Number;
            }

            if (Scanner.IsNameStart(c))
            {
                end = Scanner.ScanName(text, start);
                return SyntaxTokenKind.Name;
            }

            var next = start + 1 < text.Length ? text[start + 1] : '\0';
            switch (c)
            {
                case '{':
                    end = start + 1;
                    return SyntaxTokenKind.OpenBrace;
                case '}':
                    end = start + 1;
                    return SyntaxTokenKind.CloseBrace;
                case ',':
                    end = start + 1;
                    return SyntaxTokenKind.Comma;
                case ';':
                    end = start + 1;
                    return SyntaxTokenKind.Semicolon;
                case '.':
                    end = next == '.' ? start + 2 : start + 1;
                    return SyntaxTokenKind.Punctuation;
                case '>':
                case '<':
                    end = next == '=' ? start + 2 : start + 1;
                    return SyntaxTokenKind.Punctuation;
                case '–':
                case '—':
                case '-':
                case '%':
                case '/':
                case '≥':
                case '≤':
                    end = start + 1;
                    return SyntaxTokenKind.Punctuation;
                default:
                    end = char.IsHighSurrogate(c) && char.IsLowSurrogate(next) ? start + 2 : start + 1;
                    return SyntaxTokenKind.Unknown;
            }
        }

        /// <summary>
        /// A number as the value parsers read it: digits, Swedish digit groups (<c>3 200 000</c>: one to three digits, then
        /// groups of exactly three after one space) and decimals (<c>10,1</c>): one token, whose inner spaces no tool may
        /// touch. What is glued to it is a token of its own (<c>50kr</c>, <c>2012-01-12</c>, <c>1.1.2</c>), so that a node
        /// ends at a token's end whether the parser reads a number there or a name that starts with digits.
        /// </summary>
        private static int ScanNumber(string text, int start)
        {
            var position = Scanner.ScanDigits(text, start);
            if (position - start <= 3)
            {
                while (position + 4 <= text.Length && Scanner.IsGroupSeparator(text[position]) && Scanner.ScanDigits(text, position + 1) == position + 4)
                {
                    position += 4;
                }
            }

            return position + 1 < text.Length && (text[position] == ',' || text[position] == '.') && Scanner.IsDigit(text[position + 1])
                ? Scanner.ScanDigits(text, position + 1)
                : position;
        }

        /// <summary>Builds the token list: the trivia between tokens, and skipped tokens (with what lies between them) as skipped text.</summary>
        private static SyntaxTokenList Assemble(string text, List<(SyntaxTokenKind Kind, TextSpan Span)> tokens, int[] skipped)
        {
            var result = new List<SyntaxToken>(tokens.Count + 1);
            var leading = new List<SyntaxTrivia>();
            var trailing = new List<SyntaxTrivia>();
            var position = 0;
            var index = 0;
            while (index < tokens.Count)
            {
                var (kind, span) = tokens[index];
                if (skipped[index] == 0)
                {
                    AddTrivia(text, position, span.Start, leading);
                    var next = index + 1 < tokens.Count ? tokens[index + 1].Span.Start : text.Length;
                    position = AddTrivia(text, span.End, next, trailing, stopAfterLineEnd: true);
                    result.Add(new SyntaxToken(kind, span, text.Substring(span.Start, span.Length), Take(leading), Take(trailing)));
                    index++;
                    continue;
                }

                // A run of skipped tokens: those of one skipped statement, or (outside statements) those of one line.
                var last = index;
                while (last + 1 < tokens.Count && skipped[last + 1] == skipped[index]
                       && (skipped[index] > 0 || !Scanner.HasLineBreak(text, tokens[last].Span.End, tokens[last + 1].Span.Start)))
                {
                    last++;
                }

                AddTrivia(text, position, span.Start, leading);
                var end = tokens[last].Span.End;
                leading.Add(new SyntaxTrivia(SyntaxTriviaKind.SkippedText, TextSpan.FromBounds(span.Start, end), text.Substring(span.Start, end - span.Start)));
                position = end;
                index = last + 1;
            }

            AddTrivia(text, position, text.Length, leading);
            result.Add(new SyntaxToken(SyntaxTokenKind.EndOfFile, new TextSpan(text.Length, 0), string.Empty, Take(leading), NoTrivia));
            return new SyntaxTokenList(result.ToArray());
        }

        private static readonly SyntaxTrivia[] NoTrivia = new SyntaxTrivia[0];

        /// <summary>The trivia collected for a token, and an empty list for the next.</summary>
        private static SyntaxTrivia[] Take(List<SyntaxTrivia> trivia)
        {
            var taken = trivia.Count == 0 ? NoTrivia : trivia.ToArray();
            trivia.Clear();
            return taken;
        }

        /// <summary>Adds the trivia from <paramref name="start"/> to <paramref name="end"/> (only trivia lies there); returns where it stopped.</summary>
        private static int AddTrivia(string text, int start, int end, List<SyntaxTrivia> trivia, bool stopAfterLineEnd = false)
        {
            var position = start;
            while (position < end)
            {
                var c = text[position];
                SyntaxTriviaKind kind;
                int pieceEnd;
                if (Scanner.IsLineEnd(c))
                {
                    kind = SyntaxTriviaKind.EndOfLine;
                    pieceEnd = Scanner.LineBreakEnd(text, position);
                }
                else if (c == '#')
                {
                    kind = SyntaxTriviaKind.Comment;
                    pieceEnd = Scanner.SkipToEndOfLine(text, position);
                }
                else
                {
                    kind = SyntaxTriviaKind.Whitespace;
                    pieceEnd = System.Math.Max(position + 1, Scanner.SkipInlineSpace(text, position));
                }

                trivia.Add(new SyntaxTrivia(kind, TextSpan.FromBounds(position, pieceEnd), text.Substring(position, pieceEnd - position)));
                position = pieceEnd;
                if (kind == SyntaxTriviaKind.EndOfLine && stopAfterLineEnd)
                {
                    break;
                }
            }

            return position;
        }
    }
}
