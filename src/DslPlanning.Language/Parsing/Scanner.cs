using System;
using System.Globalization;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Parsing
{
    /// <summary>Character classes and raw scanning over the source string, shared by the token parsers and recovery.</summary>
    internal static class Scanner
    {
        /// <summary>A character that ends a line (<see cref="SourceText.IsLineBreak"/>: LF, CR, NEL, U+2028, U+2029).</summary>
        public static bool IsLineEnd(char c) => SourceText.IsLineBreak(c);

        /// <summary>Spaces that separate tokens on a line (no newline). Includes the no-break spaces used in digit grouping.</summary>
        public static bool IsInlineSpace(char c) =>
            c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\uFEFF';

        /// <summary>A space allowed between digit groups: <c>50 000</c>.</summary>
        public static bool IsGroupSeparator(char c) => c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';

        public static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>
        /// Letters, digits and '_'; also U+FFFD, which a reader puts for a byte that is not UTF-8 (a Latin-1 'å'): the file
        /// gets one SP0010 for it rather than a syntax error at every name it cuts in two.
        /// </summary>
        public static bool IsNameStart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '\uFFFD';

        public static bool IsNamePart(char c)
        {
            if (IsNameStart(c))
            {
                return true;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.SpacingCombiningMark
                || category == UnicodeCategory.ConnectorPunctuation;
        }

        public static int SkipInlineSpace(string text, int position)
        {
            while (position < text.Length && IsInlineSpace(text[position]))
            {
                position++;
            }

            return position;
        }

        /// <summary>Skips spaces, newlines and comments (and ';' when <paramref name="semicolons"/> is set).</summary>
        public static int SkipTrivia(string text, int position, bool semicolons)
        {
            while (position < text.Length)
            {
                var c = text[position];
                if (IsInlineSpace(c) || IsLineEnd(c) || (semicolons && c == ';'))
                {
                    position++;
                }
                else if (c == '#')
                {
                    position = SkipToEndOfLine(text, position);
                }
                else
                {
                    break;
                }
            }

            return position;
        }

        /// <summary>The position of the next line end (or the end of the text).</summary>
        public static int SkipToEndOfLine(string text, int position)
        {
            while (position < text.Length && !IsLineEnd(text[position]))
            {
                position++;
            }

            return position;
        }

        /// <summary>The position after the line break at <paramref name="position"/>: a CRLF is one break.</summary>
        public static int LineBreakEnd(string text, int position) =>
            text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? position + 2 : position + 1;

        /// <summary>Whether a line break stands between <paramref name="start"/> and <paramref name="end"/>.</summary>
        public static bool HasLineBreak(string text, int start, int end)
        {
            for (var position = start; position < end; position++)
            {
                if (IsLineEnd(text[position]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The text of the name from <paramref name="start"/> to <paramref name="end"/>, in Unicode NFC: the one place
        /// names are read, so that declarations, references, duplicate checks and the generated C# see <c>Åsele</c> as one
        /// name however its letters were typed.
        /// </summary>
        public static string NameText(string text, int start, int end) => Normalization.Compose(text.Substring(start, end - start));

        /// <summary>The end of a name starting at <paramref name="position"/> (equal to it when there is none).</summary>
        public static int ScanName(string text, int position)
        {
            if (position >= text.Length || !IsNameStart(text[position]))
            {
                return position;
            }

            var end = position + 1;
            while (end < text.Length)
            {
                var c = text[end];
                if (IsNamePart(c))
                {
                    end++;
                }
                else if ((c == '.' || c == '-') && end + 1 < text.Length && IsNameStart(text[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            return end;
        }

        public static int ScanDigits(string text, int position)
        {
            while (position < text.Length && IsDigit(text[position]))
            {
                position++;
            }

            return position;
        }

        /// <summary>End of the whitespace before <paramref name="end"/> that a token consumed, so that spans stop at the last character.</summary>
        public static int TrimEnd(string text, int start, int end)
        {
            while (end > start && (IsInlineSpace(text[end - 1]) || IsLineEnd(text[end - 1])))
            {
                end--;
            }

            return end;
        }

        /// <summary>
        /// The end of a string literal starting at <paramref name="quote"/> that is not closed on its line: its line's last
        /// character that is not a space. The string parser, the lexer and recovery all end it there.
        /// </summary>
        public static int UnclosedStringEnd(string text, int quote) => TrimEnd(text, quote + 1, SkipToEndOfLine(text, quote));

        /// <summary>The end of a string literal starting at the quote, or -1 when it is not closed before the end of the text.</summary>
        public static int ScanStringEnd(string text, int quote)
        {
            var position = quote + 1;
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '\\' && position + 1 < text.Length)
                {
                    position += 2;
                }
                else if (c == '"')
                {
                    return position + 1;
                }
                else
                {
                    position++;
                }
            }

            return -1;
        }

        /// <summary>The end of the text of a statement that runs from <paramref name="start"/> to <paramref name="end"/>, without comments, line ends and trailing spaces.</summary>
        public static int ContentEnd(string text, int start, int end)
        {
            var last = start;
            var position = start;
            while (position < end)
            {
                var c = text[position];
                if (c == '"')
                {
                    var close = ScanStringEnd(text, position);
                    var closed = close >= 0 && close <= end;
                    last = Math.Min(closed ? close : UnclosedStringEnd(text, position), end);
                    position = closed ? close : SkipToEndOfLine(text, position);
                    continue;
                }

                if (c == '#')
                {
                    position = SkipToEndOfLine(text, position);
                    continue;
                }

                position++;
                if (!IsInlineSpace(c) && !IsLineEnd(c) && c != ';')
                {
                    last = position;
                }
            }

            return last;
        }

        /// <summary>
        /// Where to resume after a statement that failed to parse: the end of its line, or — when the line opens a
        /// block — the end of the line that closes it. Stops before a '}' that closes the enclosing block.
        /// </summary>
        public static int SkipStatement(string text, int position)
        {
            var depth = 0;
            while (position < text.Length)
            {
                var c = text[position];
                switch (c)
                {
                    case '"':
                        var end = ScanStringEnd(text, position);
                        position = end < 0 ? SkipToEndOfLine(text, position) : end;
                        continue;
                    case '#':
                        position = SkipToEndOfLine(text, position);
                        continue;
                    case '{':
                        depth++;
                        break;
                    case '}':
                        if (depth == 0)
                        {
                            return position;
                        }

                        depth--;
                        break;
                    case ';':
                        if (depth == 0)
                        {
                            return position + 1;
                        }

                        break;
                    default:
                        if (depth == 0 && IsLineEnd(c))
                        {
                            return LineBreakEnd(text, position);
                        }

                        break;
                }

                position++;
            }

            return position;
        }
    }
}
