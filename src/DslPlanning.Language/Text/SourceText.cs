using System;
using System.Collections.Generic;

namespace DslPlanning.Language.Text
{
    /// <summary>The text of one plan file and its path, with a line map for line/column positions.</summary>
    public sealed class SourceText
    {
        private readonly int[] _lineStarts;

        public SourceText(string path, string text)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Text = text ?? throw new ArgumentNullException(nameof(text));
            _lineStarts = ComputeLineStarts(text);
        }

        public string Path { get; }

        public string Text { get; }

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

        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
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
