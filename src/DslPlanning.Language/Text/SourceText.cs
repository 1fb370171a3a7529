using System;
using System.Collections.Generic;

namespace DslPlanning.Language.Text
{
    /// <summary>The text of one plan file and its path, with a line map for line/column positions.</summary>
    public sealed class SourceText
    {
        private readonly int[] _lineStarts;

        public SourceText(string path, string text, NotUtf8Byte? notUtf8 = null)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Text = text ?? throw new ArgumentNullException(nameof(text));
            NotUtf8 = notUtf8;
            _lineStarts = ComputeLineStarts(text);
        }

        public string Path { get; }

        public string Text { get; }

        /// <summary>The first byte of the file that is not UTF-8 (<see cref="PlanFileEncoding"/>), or null.</summary>
        public NotUtf8Byte? NotUtf8 { get; }

        public int Length => Text.Length;

        public int LineCount => _lineStarts.Length;

        public int GetLineStart(int line) => _lineStarts[line];

        public LinePosition GetLinePosition(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, Text.Length));
            var index = Array.BinarySearch(_lineStarts, offset);
            var line = index >= 0 ? index : ~index - 1;
            return new LinePosition(line, offset - _lineStarts[line]);
        }

        public SourceLocation GetLocation(TextSpan span) =>
            new SourceLocation(Path, span, GetLinePosition(span.Start), GetLinePosition(span.End));

        public string ToString(TextSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

        /// <summary>
        /// A character that ends a line, as in Roslyn: LF, CR (alone, or the first of a CRLF, which is one break), NEL,
        /// and the line and paragraph separators U+2028 and U+2029.
        /// </summary>
        public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        /// <summary>
        /// Where each line starts. Lines end as in Roslyn's <c>SourceText</c> (<see cref="IsLineBreak"/>), so that a file
        /// saved with any line endings gets the positions an editor shows.
        /// </summary>
        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                if (IsLineBreak(c))
                {
                    starts.Add(i + 1);
                }
            }

            return starts.ToArray();
        }
    }

    /// <summary>Where a diagnostic points: file, span, and the one-based positions compilers print.</summary>
    public sealed record SourceLocation(string Path, TextSpan Span, LinePosition Start, LinePosition End)
    {
        public override string ToString() => $"{Path}({Start})";
    }
}
