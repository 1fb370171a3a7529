using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.Language.Text;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// Offsets in a text and LSP positions. The protocol splits lines at <c>\n</c>, <c>\r\n</c> and <c>\r</c> only
    /// (not at U+2028 or U+0085, where the compiler's own line numbers also break), and counts UTF-16 code units,
    /// as a .NET string does. A position past the end of its line means the line's end, one past the last line the
    /// text's end, as the specification says; so no position is out of range.
    /// </summary>
    internal sealed class LineMap
    {
        private static readonly ConditionalWeakTable<SourceText, LineMap> Maps = new();

        private readonly string _text;
        private readonly int[] _lineStarts;

        private LineMap(string text)
        {
            _text = text;
            var starts = new List<int> { 0 };
            for (var index = 0; index < text.Length; index++)
            {
                var c = text[index];
                if (c == '\r' && index + 1 < text.Length && text[index + 1] == '\n')
                {
                    index++;
                }

                if (c is '\r' or '\n')
                {
                    starts.Add(index + 1);
                }
            }

            _lineStarts = starts.ToArray();
        }

        /// <summary>The map of a compiled text, made once per text.</summary>
        public static LineMap Of(SourceText text) => Maps.GetValue(text, source => new LineMap(source.Text));

        /// <summary>The map of a text being edited, made each time.</summary>
        public static LineMap For(string text) => new(text);

        public int LineCount => _lineStarts.Length;

        public int ToOffset(Position position)
        {
            if (position.Line < 0)
            {
                return 0;
            }

            if (position.Line >= _lineStarts.Length)
            {
                return _text.Length;
            }

            var start = _lineStarts[position.Line];
            return start + Math.Min(Math.Max(position.Character, 0), LineLength(position.Line));
        }

        public Position ToPosition(int offset)
        {
            offset = Math.Min(Math.Max(offset, 0), _text.Length);
            var line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return new Position(line, offset - _lineStarts[line]);
        }

        public Protocol.Range ToRange(TextSpan span) => new(ToPosition(span.Start), ToPosition(span.End));

        /// <summary>The span a range covers; a range whose end is before its start is empty at its start.</summary>
        public TextSpan ToSpan(Protocol.Range range)
        {
            var start = ToOffset(range.Start);
            return TextSpan.FromBounds(start, Math.Max(start, ToOffset(range.End)));
        }

        /// <summary>The line's length without its line break.</summary>
        private int LineLength(int line)
        {
            var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
            while (end > _lineStarts[line] && _text[end - 1] is '\r' or '\n')
            {
                end--;
            }

            return end - _lineStarts[line];
        }
    }
}
