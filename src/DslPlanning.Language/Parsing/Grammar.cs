using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// A parser of the plan grammar. It has the shape of Sprache's <c>Parser&lt;T&gt;</c> (it reads an
    /// <see cref="IInput"/> and gives an <see cref="IResult{T}"/>) but is a type of its own, so that Sprache's
    /// combinators, which commit and allocate differently, cannot be applied to it by accident: <c>from … select</c>,
    /// <c>Named</c>, <c>Maybe</c> and the other operators of the grammar are those of <see cref="GrammarOperators"/>
    /// and <see cref="Combinators"/>, whatever namespace a grammar file is in.
    /// </summary>
    internal delegate IResult<T> Grammar<out T>(IInput input);
}
