using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// The longest name and text a plan may hold (SP0012, SP0013). Names become C# identifiers, which metadata limits to
    /// 1 023 UTF-8 bytes with the namespace; texts become string literals, which share the assembly's 16 MB string heap.
    /// Both limits are far above what a real plan needs.
    /// </summary>
    public static class SizeLimits
    {
        /// <summary>The longest name, in characters: 3 UTF-8 bytes at most each, so a plan class stays within metadata's limit with the longest namespace.</summary>
        public const int MaxNameLength = 128;

        /// <summary>The longest text between quotes, in characters (about 30 pages).</summary>
        public const int MaxTextLength = 100_000;

        /// <summary>How much of a too long name the message quotes.</summary>
        private const int QuotedLength = 40;

        /// <summary>
        /// Reports every name and string that is too long, scanning the text as the tokens do (comments skipped), so that
        /// each is reported once, wherever it stands and whatever the grammar makes of it.
        /// </summary>
        internal static void Report(ParseContext context)
        {
            var text = context.Text.Text;
            var position = 0;
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '#')
                {
                    position = Scanner.SkipToEndOfLine(text, position);
                }
                else if (c == '"')
                {
                    // An unclosed string ends at the end of its line, as the string token does (SP0003).
                    var close = Scanner.ScanStringEnd(text, position);
                    var end = close < 0 ? Scanner.SkipToEndOfLine(text, position) : close;
                    var length = end - position - (close < 0 ? 1 : 2);
                    if (length > MaxTextLength)
                    {
                        context.Report(TextSpan.FromBounds(position, end), Diagnose.TextTooLong(length, maximum: MaxTextLength));
                    }

                    position = end;
                }
                else if (Scanner.IsNameStart(c))
                {
                    var end = Scanner.ScanName(text, position);
                    var length = end - position;
                    if (length > MaxNameLength)
                    {
                        context.Report(TextSpan.FromBounds(position, end), Diagnose.NameTooLong(beginning: text.Substring(position, QuotedLength), length, maximum: MaxNameLength));
                    }

                    position = end;
                }
                else
                {
                    position++;
                }
            }
        }
    }
}
