using System;
using DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>A plan text with the caret marked by <c>|</c> (plans use no <c>|</c>): the text without it and the caret's position.</summary>
    internal static class Caret
    {
        public static (string Text, Position Position) Split(string marked)
        {
            var offset = marked.IndexOf('|', StringComparison.Ordinal);
            var before = marked.Substring(0, offset);
            var line = before.Split('\n').Length - 1;
            return (marked.Remove(offset, 1), new Position(line, offset - (before.LastIndexOf('\n') + 1)));
        }

        /// <summary>The position just after the first <paramref name="marker"/> in <paramref name="text"/>.</summary>
        public static Position After(string text, string marker)
        {
            var offset = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            var before = text.Substring(0, offset);
            return new Position(before.Split('\n').Length - 1, offset - (before.LastIndexOf('\n') + 1));
        }
    }
}
