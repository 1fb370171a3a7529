using System;

namespace DslPlanning.Language.Text
{
    /// <summary>A range of characters in a source text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
    public readonly record struct TextSpan(int Start, int Length)
    {
        public int End => Start + Length;

        public static TextSpan FromBounds(int start, int end) => new TextSpan(start, Math.Max(0, end - start));

        public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

        public override string ToString() => $"[{Start}..{End})";
    }
}
