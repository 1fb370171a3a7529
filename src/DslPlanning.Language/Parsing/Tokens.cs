using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;
using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// Token parsers. Each scans the source directly (one allocation per token rather than per character), fails
    /// without consuming input when its token is not there, and consumes the spaces that follow it on the line.
    /// </summary>
    internal static class Tokens
    {
        /// <summary>What the token parsers expected when they fail, made once.</summary>
        private static class Expect
        {
            public static readonly string[] Name = Combinators.Expecting("a name");
            public static readonly string[] Comma = Combinators.Expecting("','");
            public static readonly string[] RangeOperator = Combinators.Expecting("'..'");
            public static readonly string[] String = Combinators.Expecting("a string");
            public static readonly string[] Comparison = Combinators.Expecting("a comparison (at least, at most, more than, less than, about)");
            public static readonly string[] Number = Combinators.Expecting("a number");
            public static readonly string[] RangeEnd = Combinators.Expecting("the last year of the range (e.g. 2023..2030)");
            public static readonly string[] PerYear = Combinators.Expecting("'per year'");
        }

        public static readonly Grammar<NameSyntax> Name = input =>
        {
            var text = input.Source;
            var start = input.Position;
            var end = Scanner.ScanName(text, start);
            if (end == start)
            {
                return Combinators.Fail<NameSyntax>(input, Expect.Name);
            }

            var name = new NameSyntax(Scanner.NameText(text, start, end), TextSpan.FromBounds(start, end));
            return Result.Success(name, input.Source().At(Scanner.SkipInlineSpace(text, end)));
        };

        /// <summary>The exact word <paramref name="keyword"/>.</summary>
        public static Grammar<NameSyntax> Keyword(string keyword)
        {
            var expectation = Combinators.Expecting("'" + keyword + "'");
            return input =>
            {
                var text = input.Source;
                var start = input.Position;
                var end = Scanner.ScanName(text, start);
                if (end - start != keyword.Length || string.CompareOrdinal(text, start, keyword, 0, keyword.Length) != 0)
                {
                    return Combinators.Fail<NameSyntax>(input, expectation);
                }

                return Result.Success(new NameSyntax(keyword, TextSpan.FromBounds(start, end)), input.Source().At(Scanner.SkipInlineSpace(text, end)));
            };
        }

        /// <summary>A name that is not one of <paramref name="reserved"/> (the keywords that may follow it).</summary>
        public static Grammar<NameSyntax> NameExcept(params string[] reserved)
        {
            var words = new HashSet<string>(reserved);
            return input =>
            {
                var result = Name(input);
                return result.WasSuccessful && words.Contains(result.Value.Text)
                    ? Combinators.Fail<NameSyntax>(input, Expect.Name)
                    : result;
            };
        }

        /// <summary>A punctuation token such as '{' or ','.</summary>
        public static Grammar<string> Symbol(string symbol)
        {
            var expectation = Combinators.Expecting("'" + symbol + "'");
            return input =>
            {
                var text = input.Source;
                var start = input.Position;
                if (start + symbol.Length > text.Length || string.CompareOrdinal(text, start, symbol, 0, symbol.Length) != 0)
                {
                    return Combinators.Fail<string>(input, expectation);
                }

                return Result.Success(symbol, input.Source().At(Scanner.SkipInlineSpace(text, start + symbol.Length)));
            };
        }

        /// <summary>A ',' that separates list items; the list may continue on the next line.</summary>
        public static readonly Grammar<string> ListSeparator = input =>
        {
            var text = input.Source;
            if (input.AtEnd || text[input.Position] != ',')
            {
                return Combinators.Fail<string>(input, Expect.Comma);
            }

            return Result.Success(",", input.Source().At(Scanner.SkipTrivia(text, input.Position + 1, semicolons: false)));
        };

        /// <summary>'..', '–' or '—' between the ends of a range.</summary>
        public static readonly Grammar<string> RangeOperator = input =>
        {
            var text = input.Source;
            var start = input.Position;
            int end;
            if (start + 1 < text.Length && text[start] == '.' && text[start + 1] == '.')
            {
                end = start + 2;
            }
            else if (start < text.Length && (text[start] == '–' || text[start] == '—'))
            {
                end = start + 1;
            }
            else
            {
                return Combinators.Fail<string>(input, Expect.RangeOperator);
            }

            return Result.Success("..", input.Source().At(Scanner.SkipInlineSpace(text, end)));
        };

        /// <summary>A string literal. Unterminated strings and bad escapes are reported, and parsing goes on.</summary>
        public static readonly Grammar<StringSyntax> String = input =>
        {
            var text = input.Source;
            var start = input.Position;
            if (start >= text.Length || text[start] != '"')
            {
                return Combinators.Fail<StringSyntax>(input, Expect.String);
            }

            var context = input.Source().Context;
            var closing = Scanner.ScanStringEnd(text, start);
            var contentEnd = closing < 0 ? Scanner.UnclosedStringEnd(text, start) : closing - 1;
            if (closing < 0)
            {
                context.Report(TextSpan.FromBounds(start, contentEnd), Diagnose.UnterminatedString());
            }

            var value = new StringBuilder(contentEnd - start);
            for (var position = start + 1; position < contentEnd; position++)
            {
                var c = text[position];
                if (c == '\r')
                {
                    // A line break inside a string is "\n" whatever the file's line endings (CRLF, LF or CR).
                    if (position + 1 >= contentEnd || text[position + 1] != '\n')
                    {
                        value.Append('\n');
                    }

                    continue;
                }

                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }

                var escaped = position + 1 < contentEnd ? text[position + 1] : '\0';
                switch (escaped)
                {
                    case '"': value.Append('"'); break;
                    case '\\': value.Append('\\'); break;
                    case 'n': value.Append('\n'); break;
                    case 't': value.Append('\t'); break;
                    case 'u' when position + 5 < contentEnd && IsHex(text, position + 2, 4):
                        value.Append((char)int.Parse(text.Substring(position + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        position += 4;
                        break;
                    default:
                        var length = position + 1 < contentEnd ? 2 : 1;
                        context.Report(new TextSpan(position, length), Diagnose.InvalidEscape(text.Substring(position, length)));
                        value.Append(text, position, length);
                        break;
                }

                position++;
            }

            var end = closing < 0 ? contentEnd : closing;
            var syntax = new StringSyntax(value.ToString(), TextSpan.FromBounds(start, end));
            return Result.Success(syntax, input.Source().At(Scanner.SkipInlineSpace(text, end)));
        };

        /// <summary>A comparison: <c>at least</c>, <c>at most</c>, <c>more than</c>, <c>less than</c>, <c>about</c>, <c>&gt;=</c>, <c>≥</c> …</summary>
        public static readonly Grammar<ComparisonSyntax> Comparison = input =>
        {
            var text = input.Source;
            var start = input.Position;
            Comparison? comparison = null;
            var end = start;

            if (start < text.Length && (text[start] == '>' || text[start] == '<' || text[start] == '≥' || text[start] == '≤'))
            {
                var orEqual = start + 1 < text.Length && text[start + 1] == '=';
                comparison = text[start] switch
                {
                    '>' => orEqual ? Model.Comparison.AtLeast : Model.Comparison.MoreThan,
                    '<' => orEqual ? Model.Comparison.AtMost : Model.Comparison.LessThan,
                    '≥' => Model.Comparison.AtLeast,
                    _ => Model.Comparison.AtMost,
                };
                end = start + (orEqual ? 2 : 1);
            }
            else
            {
                var first = Scanner.ScanName(text, start);
                var word = text.Substring(start, first - start);
                if (word == "about")
                {
                    comparison = Model.Comparison.About;
                    end = first;
                }
                else if (word == "at" || word == "more" || word == "less")
                {
                    var secondStart = Scanner.SkipInlineSpace(text, first);
                    var secondEnd = Scanner.ScanName(text, secondStart);
                    var second = text.Substring(secondStart, secondEnd - secondStart);
                    comparison = (word, second) switch
                    {
                        ("at", "least") => Model.Comparison.AtLeast,
                        ("at", "most") => Model.Comparison.AtMost,
                        ("more", "than") => Model.Comparison.MoreThan,
                        ("less", "than") => Model.Comparison.LessThan,
                        _ => null,
                    };
                    end = secondEnd;
                }
            }

            if (comparison is null)
            {
                return Combinators.Fail<ComparisonSyntax>(input, Expect.Comparison);
            }

            return Result.Success(
                new ComparisonSyntax(comparison.Value, TextSpan.FromBounds(start, end)),
                input.Source().At(Scanner.SkipInlineSpace(text, end)));
        };

        /// <summary>
        /// A value that starts with a digit: a date (<c>2012-01-12</c>), a year range (<c>2023..2030</c>), a day of
        /// the year (<c>01-31</c>) or a number with an optional unit and rate (<c>50 000 kr</c>, <c>400 000 kr/year</c>).
        /// </summary>
        public static readonly Grammar<ValueSyntax> Numeric = input =>
        {
            var text = input.Source;
            var start = input.Position;
            if (start >= text.Length || !Scanner.IsDigit(text[start]))
            {
                return Combinators.Fail<ValueSyntax>(input, Expect.Number);
            }

            var digitsEnd = Scanner.ScanDigits(text, start);
            var digitCount = digitsEnd - start;
            ValueSyntax value;
            int end;

            if (digitCount == 4 && TryDate(text, digitsEnd, out var month, out var day, out end))
            {
                value = new DateSyntax(ParseInt(text, start, 4), month, day, TextSpan.FromBounds(start, end));
            }
            else if (digitCount == 4 && TryYearRangeEnd(text, digitsEnd, out var endYear, out end))
            {
                value = new YearRangeSyntax(ParseInt(text, start, 4), endYear, TextSpan.FromBounds(start, end));
            }
            else if (digitCount == 4 && DanglingRangeOperator(text, digitsEnd) is var dangling && dangling >= 0)
            {
                return Combinators.Fail<ValueSyntax>(input.Source().At(dangling), Expect.RangeEnd);
            }
            else if (digitCount == 2 && TryMonthDay(text, digitsEnd, out day, out end))
            {
                value = new MonthDaySyntax(ParseInt(text, start, 2), day, TextSpan.FromBounds(start, end));
            }
            else
            {
                value = ScanQuantity(text, start, out end);
            }

            return Result.Success(value, input.Source().At(Scanner.SkipInlineSpace(text, end)));
        };

        /// <summary><see cref="Numeric"/> narrowed to a number with a unit.</summary>
        public static readonly Grammar<QuantitySyntax> Quantity = input =>
        {
            var result = Numeric(input);
            if (result.WasSuccessful && result.Value is QuantitySyntax quantity)
            {
                return Result.Success(quantity, result.Remainder);
            }

            return Combinators.Fail<QuantitySyntax>(input, Expect.Number);
        };

        /// <summary>The two words <c>per year</c> (or <c>/year</c>).</summary>
        public static readonly Grammar<NameSyntax> PerYear = input =>
        {
            var text = input.Source;
            var end = ScanPerYear(text, input.Position);
            return end < 0
                ? Combinators.Fail<NameSyntax>(input, Expect.PerYear)
                : Result.Success(new NameSyntax("per year", TextSpan.FromBounds(input.Position, end)), input.Source().At(Scanner.SkipInlineSpace(text, end)));
        };

        private static QuantitySyntax ScanQuantity(string text, int start, out int end)
        {
            var digits = new StringBuilder();
            var position = Scanner.ScanDigits(text, start);
            digits.Append(text, start, position - start);

            // Swedish digit grouping: 1 to 3 digits, then groups of exactly three after a space.
            if (position - start <= 3)
            {
                while (position + 4 <= text.Length
                       && Scanner.IsGroupSeparator(text[position])
                       && Scanner.ScanDigits(text, position + 1) == position + 4)
                {
                    digits.Append(text, position + 1, 3);
                    position += 4;
                }
            }

            var raw = digits.ToString();
            if (position + 1 < text.Length && (text[position] == ',' || text[position] == '.') && Scanner.IsDigit(text[position + 1]))
            {
                var fractionEnd = Scanner.ScanDigits(text, position + 1);
                raw += "." + text.Substring(position + 1, fractionEnd - position - 1);
                position = fractionEnd;
            }

            var digitsText = text.Substring(start, position - start);

            // A number beyond decimal's range reads as its largest value: the binder reports it beyond its bound (SP1021).
            if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                value = decimal.MaxValue;
            }

            end = position;
            string? unit = null;
            var unitEnd = ScanUnit(text, Scanner.SkipInlineSpace(text, position), ref value, ref unit);
            if (unit is not null)
            {
                end = unitEnd;
            }

            var perYear = false;
            if (end < text.Length && text[end] == '/')
            {
                var wordEnd = Scanner.ScanName(text, end + 1);
                if (text.Substring(end + 1, wordEnd - end - 1) == "year")
                {
                    perYear = true;
                    end = wordEnd;
                }
            }
            else
            {
                var perEnd = ScanPerYear(text, Scanner.SkipInlineSpace(text, end));
                if (perEnd >= 0)
                {
                    perYear = true;
                    end = perEnd;
                }
            }

            return new QuantitySyntax(value, digitsText, unit, perYear, TextSpan.FromBounds(start, end));
        }

        private static int ScanUnit(string text, int position, ref decimal value, ref string? unit)
        {
            if (position < text.Length && text[position] == '%')
            {
                unit = "%";
                return position + 1;
            }

            var wordEnd = ScanUnitWord(text, position);
            if (UnitWords.Find(text.Substring(position, wordEnd - position)) is not { } found)
            {
                return position;
            }

            unit = found.Unit;
            if (found.Factor != 1m)
            {
                value = Saturating.Multiply(value, found.Factor);
            }

            return wordEnd;
        }

        private static int ScanUnitWord(string text, int position)
        {
            var end = position;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            // "h/week" is one unit; "kr/year" is a unit and a rate.
            if (end - position == 1 && text[position] == 'h' && end < text.Length && text[end] == '/')
            {
                var weekEnd = end + 1;
                while (weekEnd < text.Length && char.IsLetter(text[weekEnd]))
                {
                    weekEnd++;
                }

                return weekEnd;
            }

            return end;
        }

        private static int ScanPerYear(string text, int position)
        {
            var perEnd = Scanner.ScanName(text, position);
            if (perEnd - position != 3 || string.CompareOrdinal(text, position, "per", 0, 3) != 0)
            {
                return -1;
            }

            var yearStart = Scanner.SkipInlineSpace(text, perEnd);
            var yearEnd = Scanner.ScanName(text, yearStart);
            return yearEnd - yearStart == 4 && string.CompareOrdinal(text, yearStart, "year", 0, 4) == 0 ? yearEnd : -1;
        }

        private static bool TryDate(string text, int position, out int month, out int day, out int end)
        {
            month = day = end = 0;
            if (position + 6 > text.Length || text[position] != '-' || text[position + 3] != '-')
            {
                return false;
            }

            if (Scanner.ScanDigits(text, position + 1) != position + 3 || Scanner.ScanDigits(text, position + 4) != position + 6)
            {
                return false;
            }

            month = ParseInt(text, position + 1, 2);
            day = ParseInt(text, position + 4, 2);
            end = position + 6;
            return true;
        }

        private static bool TryMonthDay(string text, int position, out int day, out int end)
        {
            day = end = 0;
            if (position + 3 > text.Length || text[position] != '-' || Scanner.ScanDigits(text, position + 1) != position + 3)
            {
                return false;
            }

            day = ParseInt(text, position + 1, 2);
            end = position + 3;
            return true;
        }

        /// <summary>The position after a range operator that follows a year but has no year after it (<c>2023..</c>), or -1.</summary>
        private static int DanglingRangeOperator(string text, int position)
        {
            var separator = Scanner.SkipInlineSpace(text, position);
            if (separator + 1 < text.Length && text[separator] == '.' && text[separator + 1] == '.')
            {
                return separator + 2;
            }

            return separator < text.Length && (text[separator] == '–' || text[separator] == '—') ? separator + 1 : -1;
        }

        private static bool TryYearRangeEnd(string text, int position, out int endYear, out int end)
        {
            endYear = end = 0;
            var separator = Scanner.SkipInlineSpace(text, position);
            int next;
            if (separator + 1 < text.Length && text[separator] == '.' && text[separator + 1] == '.')
            {
                next = separator + 2;
            }
            else if (separator < text.Length && (text[separator] == '–' || text[separator] == '—' || text[separator] == '-'))
            {
                next = separator + 1;
            }
            else
            {
                return false;
            }

            next = Scanner.SkipInlineSpace(text, next);
            if (Scanner.ScanDigits(text, next) != next + 4)
            {
                return false;
            }

            endYear = ParseInt(text, next, 4);
            end = next + 4;
            return true;
        }

        private static bool IsHex(string text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                if (!Uri.IsHexDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static int ParseInt(string text, int start, int length) =>
            int.Parse(text.Substring(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
