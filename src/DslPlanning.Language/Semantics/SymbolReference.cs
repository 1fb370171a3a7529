using DslPlanning.Language.Text;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// A name in a reference position that binding resolved, in the file of the plan that holds it.
    /// </summary>
    /// <param name="Symbol">What the name stands for.</param>
    /// <param name="Span">The name as written (all of <c>JämtlandRSP.IO1</c>); for a goal a range stands for without naming it, the range.</param>
    /// <param name="MemberSpan">The part that names <paramref name="Symbol"/>: the member of a qualified name (<c>IO1</c>), else <paramref name="Span"/>.</param>
    /// <param name="PlanSpan">The plan part of a qualified name (<c>JämtlandRSP</c>), or null.</param>
    /// <param name="Range">The range (<c>3.1–3.3</c>) the name is an end of or stands within, or null.</param>
    public sealed record SymbolReference(SymbolKey Symbol, TextSpan Span, TextSpan MemberSpan, TextSpan? PlanSpan, TextSpan? Range)
    {
        /// <summary>A goal or area that a range stands for between its ends: its name is not written.</summary>
        public bool IsImpliedByRange => Range is { } range && MemberSpan == range;
    }
}
