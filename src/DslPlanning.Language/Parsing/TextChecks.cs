using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// Checks of a file's text as a whole, before it is parsed: bytes that were not UTF-8 (SP0010), bidirectional controls
    /// (SP0009) and names that mix scripts (SP0011). They look at characters, not at statements, so a statement that
    /// does not parse cannot hide them.
    /// </summary>
    internal static class TextChecks
    {
        public static void Report(ParseContext context)
        {
            ReportNotUtf8(context);
            ReportBidirectionalControls(context);
            ReportMixedScriptNames(context);
        }

        /// <summary>
        /// A file that is not UTF-8: its first byte that is not UTF-8 is reported when the reader knows it
        /// (<see cref="PlanFileEncoding"/>); otherwise the first U+FFFD, the replacement character readers put for such bytes.
        /// </summary>
        private static void ReportNotUtf8(ParseContext context)
        {
            var source = context.Text;
            if (source.NotUtf8 is { } notUtf8)
            {
                context.Report(new TextSpan(notUtf8.Offset, notUtf8.Offset < source.Length ? 1 : 0), Diagnose.NotUtf8(invalidByte: notUtf8.Value));
                return;
            }

            var replacement = source.Text.IndexOf('\uFFFD');
            if (replacement >= 0)
            {
                context.Report(new TextSpan(replacement, 1), Diagnose.NotUtf8(invalidByte: null));
            }
        }

        /// <summary>Every name outside strings and comments whose letters are of two scripts (<see cref="NameScripts"/>) is reported where it stands.</summary>
        private static void ReportMixedScriptNames(ParseContext context)
        {
            var text = context.Text.Text;
            if (!HasLetterBeyondLatin(text, 0, text.Length))
            {
                return;
            }

            var position = 0;
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '"')
                {
                    var end = Scanner.ScanStringEnd(text, position);
                    position = end < 0 ? Scanner.SkipToEndOfLine(text, position) : end;
                    continue;
                }

                if (c == '#')
                {
                    position = Scanner.SkipToEndOfLine(text, position);
                    continue;
                }

                var nameEnd = Scanner.ScanName(text, position);
                if (nameEnd == position)
                {
                    position++;
                    continue;
                }

                if (HasLetterBeyondLatin(text, position, nameEnd))
                {
                    var name = Scanner.NameText(text, position, nameEnd);
                    if (NameScripts.Mixed(name) is { } mixed)
                    {
                        context.Report(TextSpan.FromBounds(position, nameEnd), Diagnose.MixedScriptName(name, mixed.Script, mixed.Others));
                    }
                }

                position = nameEnd;
            }
        }


        /// <summary>Whether a letter, digit or mark beyond Latin (U+0250 on) stands in the range: before it, every letter is Latin.</summary>
        private static bool HasLetterBeyondLatin(string text, int start, int end)
        {
            for (var position = start; position < end; position++)
            {
                if (text[position] >= '\u0250' && Scanner.IsNamePart(text[position]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Bidirectional controls make text display in another order than it is parsed in: each is reported.</summary>
        private static void ReportBidirectionalControls(ParseContext context)
        {
            var text = context.Text.Text;
            for (var position = 0; position < text.Length; position++)
            {
                var name = BidirectionalName(text[position]);
                if (name is not null)
                {
                    context.Report(new TextSpan(position, 1), Diagnose.BidirectionalControl(text[position], name));
                }
            }
        }

        private static string? BidirectionalName(char c) => c switch
        {
            '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
            '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
            '\u202C' => "POP DIRECTIONAL FORMATTING",
            '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
            '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
            '\u2066' => "LEFT-TO-RIGHT ISOLATE",
            '\u2067' => "RIGHT-TO-LEFT ISOLATE",
            '\u2068' => "FIRST STRONG ISOLATE",
            '\u2069' => "POP DIRECTIONAL ISOLATE",
            '\u200E' => "LEFT-TO-RIGHT MARK",
            '\u200F' => "RIGHT-TO-LEFT MARK",
            '\u061C' => "ARABIC LETTER MARK",
            _ => null,
        };
    }
}
