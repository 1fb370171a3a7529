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

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, params string[] arguments) =>
            _diagnostics.Add(Diagnostic.Create(descriptor, Text.GetLocation(span), arguments));
    }
}
