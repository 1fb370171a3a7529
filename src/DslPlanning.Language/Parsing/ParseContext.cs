using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Parsing
{
    /// <summary>The state of one parse: the source and the syntax diagnostics reported so far.</summary>
    internal sealed class ParseContext
    {
        private readonly List<Diagnostic> _diagnostics = new();

        public ParseContext(SourceText text)
        {
            Text = text;
        }

        public SourceText Text { get; }

        /// <summary>The blocks being parsed, innermost last: a statement of an outer block at the indentation of an inner
        /// block's header closes the inner block (recovering from a missing '}').</summary>
        public List<(BlockGrammar Grammar, int Indent)> OpenBlocks { get; } = new();

        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        /// <summary>A mark to roll back to when a statement fails and its partial diagnostics must not stand.</summary>
        public int Mark => _diagnostics.Count;

        public void RollBack(int mark) => _diagnostics.RemoveRange(mark, _diagnostics.Count - mark);

        private int[]? _closersFrom;

        /// <summary>
        /// How many more '}' than '{' stand from <paramref name="position"/> to the end of the text (outside strings and
        /// comments). When it covers every open block, the braces balance and no block is missing its '}'.
        /// </summary>
        public int NetClosers(int position) => (_closersFrom ??= CountClosers(Text.Text))[System.Math.Min(position, Text.Length)];

        private static int[] CountClosers(string text)
        {
            var delta = new int[text.Length + 1];
            var position = 0;
            while (position < text.Length)
            {
                switch (text[position])
                {
                    case '"':
                        var end = Scanner.ScanStringEnd(text, position);
                        position = end < 0 ? Scanner.SkipToEndOfLine(text, position) : end;
                        continue;
                    case '#':
                        position = Scanner.SkipToEndOfLine(text, position);
                        continue;
                    case '{':
                        delta[position] = -1;
                        break;
                    case '}':
                        delta[position] = 1;
                        break;
                }

                position++;
            }

            for (var i = text.Length - 1; i >= 0; i--)
            {
                delta[i] += delta[i + 1];
            }

            return delta;
        }

        public void Report(TextSpan span, DiagnosticMessage message) =>
            _diagnostics.Add(Diagnostic.Create(message, Text.GetLocation(span)));
    }
}
