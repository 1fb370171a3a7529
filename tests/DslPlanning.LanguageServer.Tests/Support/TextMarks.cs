using System;
using DslPlanning.LanguageServer.Protocol;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>Positions and ranges of words in a test's plan text, found by the text around them; lines end in <c>\n</c>.</summary>
    internal static class TextMarks
    {
        /// <summary>The offset of <paramref name="part"/> within the first occurrence of <paramref name="context"/>.</summary>
        public static int Offset(string text, string context, string part)
        {
            var at = text.IndexOf(context, StringComparison.Ordinal);
            var inside = context.IndexOf(part, StringComparison.Ordinal);
            if (at < 0 || inside < 0)
            {
                throw new ArgumentException($"'{part}' in '{context}' is not in the text.");
            }

            return at + inside;
        }

        public static Position PositionOf(string text, string context, string part, int delta = 0) => ToPosition(text, Offset(text, context, part) + delta);

        public static Range RangeOf(string text, string context, string part)
        {
            var start = Offset(text, context, part);
            return new Range(ToPosition(text, start), ToPosition(text, start + part.Length));
        }

        public static int LineOf(string text, string context) => ToPosition(text, Offset(text, context, context)).Line;

        private static Position ToPosition(string text, int offset)
        {
            var before = text.Substring(0, offset).Replace("\r\n", "\n", StringComparison.Ordinal);
            var lineStart = before.LastIndexOf('\n') + 1;
            return new Position(before.Split('\n').Length - 1, before.Length - lineStart);
        }
    }
}
