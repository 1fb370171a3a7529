using System;
using System.Collections.Generic;
using DslPlanning.Language.Text;
using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// Sprache input over a <see cref="SourceText"/>. Unlike Sprache's own <c>Input</c> it computes line and column
    /// from the source's line map only when asked, allocates no memo table, and carries the parse's
    /// <see cref="ParseContext"/> so that parsers can report diagnostics.
    /// </summary>
    internal sealed class SourceInput : IInput
    {
        private IDictionary<object, object>? _memos;

        public SourceInput(ParseContext context, int position)
        {
            Context = context;
            Position = position;
        }

        public ParseContext Context { get; }

        public string Source => Context.Text.Text;

        public int Position { get; }

        public char Current => Source[Position];

        public bool AtEnd => Position >= Source.Length;

        public int Line => Context.Text.GetLinePosition(Position).Line + 1;

        public int Column => Context.Text.GetLinePosition(Position).Character + 1;

        public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

        public IInput Advance()
        {
            if (AtEnd)
            {
                throw new InvalidOperationException("The input is already at the end of the source.");
            }

            return new SourceInput(Context, Position + 1);
        }

        public SourceInput At(int position) => position == Position ? this : new SourceInput(Context, position);

        public bool Equals(IInput? other) => other is SourceInput input && ReferenceEquals(input.Context, Context) && input.Position == Position;

        public override bool Equals(object? obj) => obj is IInput other && Equals(other);

        public override int GetHashCode() => Position;
    }
}
