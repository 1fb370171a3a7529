using DslPlanning.Language.Text;

namespace DslPlanning.Language.Syntax
{
    /// <summary>Spans that cover several nodes.</summary>
    public static class SyntaxNodeSpans
    {
        /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
        public static TextSpan Union(SyntaxNode first, SyntaxNode last) =>
            TextSpan.FromBounds(System.Math.Min(first.Span.Start, last.Span.Start), System.Math.Max(first.Span.End, last.Span.End));
    }
}
