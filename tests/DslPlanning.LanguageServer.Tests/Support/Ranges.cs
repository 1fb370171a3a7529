using DslPlanning.LanguageServer.Protocol;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Support
{
    internal static class Ranges
    {
        /// <summary>Whether <paramref name="inner"/> lies within <paramref name="outer"/>, ends included.</summary>
        public static bool Contains(Range outer, Range inner) => !Before(inner.Start, outer.Start) && !Before(outer.End, inner.End);

        private static bool Before(Position a, Position b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);
    }
}
