using System;
using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// The query operators (<c>from … select</c>) and <c>Named</c> for the grammar. Sprache's versions build new
    /// parsers and closures each time they run, so a statement parsed allocated several delegates per clause; these
    /// build nothing while parsing. They take precedence over Sprache's because this namespace is searched for
    /// extension methods before the <c>using Sprache;</c> of the files.
    /// </summary>
    internal static class ParserOperators
    {
        public static Parser<TResult> Select<T, TResult>(this Parser<T> parser, Func<T, TResult> convert) => input =>
        {
            var result = parser(input);
            return result.WasSuccessful
                ? Result.Success(convert(result.Value), result.Remainder)
                : Result.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
        };

        public static Parser<TResult> SelectMany<T, TNext, TResult>(this Parser<T> parser, Func<T, Parser<TNext>> next, Func<T, TNext, TResult> project) => input =>
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
        public static Parser<T> Named<T>(this Parser<T> parser, string name)
        {
            var expectations = new[] { name };
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
