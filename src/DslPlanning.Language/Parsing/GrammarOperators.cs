using System;
using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// The query operators (<c>from … select</c>) and <c>Named</c> of <see cref="Grammar{T}"/>. They build nothing
    /// while parsing (Sprache's build new parsers and closures each time they run), and they are the only ones a
    /// grammar can use: Sprache's operators take Sprache's <c>Parser&lt;T&gt;</c>, not <see cref="Grammar{T}"/>.
    /// </summary>
    internal static class GrammarOperators
    {
        public static Grammar<TResult> Select<T, TResult>(this Grammar<T> parser, Func<T, TResult> convert) => input =>
        {
            var result = parser(input);
            return result.WasSuccessful
                ? Result.Success(convert(result.Value), result.Remainder)
                : Result.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
        };

        public static Grammar<TResult> SelectMany<T, TNext, TResult>(this Grammar<T> parser, Func<T, Grammar<TNext>> next, Func<T, TNext, TResult> project) => input =>
        {
            var first = parser(input);
            if (!first.WasSuccessful)
            {
                return Result.Failure<TResult>(first.Remainder, first.Message, first.Expectations);
            }

            var second = next(first.Value)(first.Remainder);
            return second.WasSuccessful
                ? Result.Success(project(first.Value, second.Value), second.Remainder)
                : Result.Failure<TResult>(second.Remainder, second.Message, second.Expectations);
        };

        /// <summary>Names what was expected when <paramref name="parser"/> fails without consuming input.</summary>
        public static Grammar<T> Named<T>(this Grammar<T> parser, string name)
        {
            var expectations = new[] { ExpectationWords.Expected(name) };
            return input =>
            {
                var result = parser(input);
                return result.WasSuccessful || result.Remainder.Position != input.Position
                    ? result
                    : Result.Failure<T>(result.Remainder, result.Message, expectations);
            };
        }
    }
}
