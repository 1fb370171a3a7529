using DslPlanning.Language.Text;

namespace DslPlanning.Language.Semantics.Queries
{
    /// <summary>
    /// A place in a file where a symbol is named: its declaration, or a reference. <see cref="Span"/> covers the part
    /// that names the symbol (<c>IO1</c> of <c>JämtlandRSP.IO1</c>, <c>JämtlandRSP</c> for the plan), or, for a goal a
    /// range stands for without naming it, the range.
    /// </summary>
    public sealed record SymbolOccurrence(SymbolKey Symbol, string Path, TextSpan Span, bool IsDeclaration)
    {
        /// <summary>The range (<c>3.1–3.3</c>) this name is an end of or stands within, or null; a rename must not change it.</summary>
        internal TextSpan? Range { get; init; }
    }
}
