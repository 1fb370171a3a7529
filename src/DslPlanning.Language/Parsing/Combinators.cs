using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Text;
using DslPlanning.Model;
using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>The combinators of <see cref="Grammar{T}"/>, with the commit semantics the grammar needs, and span capture.</summary>
    internal static class Combinators
    {
        public static SourceInput Source(this IInput input) => (SourceInput)input;

        /// <summary>Succeeds with <paramref name="value"/>, consuming nothing.</summary>
        public static Grammar<T> Return<T>(T value) => input => Result.Success(value, input);

        /// <summary>The current position, consuming nothing.</summary>
        public static readonly Grammar<int> Here = input => Result.Success(input.Position, input);

        /// <summary>
        /// Optional: absent when <paramref name="parser"/> fails without consuming input; a failure after consuming
        /// input is an error at its real position (like Sprache's XOptional, returning null for absent).
        /// </summary>
        public static Grammar<T?> Maybe<T>(this Grammar<T> parser) where T : class => input =>
        {
            var result = parser(input);
            if (result.WasSuccessful)
            {
                return result;
            }

            return result.Remainder.Position == input.Position
                ? Result.Success<T?>(null, input)
                : Result.Failure<T?>(result.Remainder, result.Message, result.Expectations);
        };

        /// <summary>Zero or more, with the same commit semantics as <see cref="Maybe{T}"/>.</summary>
        public static Grammar<ValueList<T>> Repeat<T>(this Grammar<T> parser) => input =>
        {
            var items = new List<T>();
            var remainder = input;
            while (true)
            {
                var result = parser(remainder);
                if (!result.WasSuccessful)
                {
                    return result.Remainder.Position == remainder.Position
                        ? Result.Success(items.Count == 0 ? ValueList<T>.Empty : new ValueList<T>(items.ToArray()), remainder)
                        : Result.Failure<ValueList<T>>(result.Remainder, result.Message, result.Expectations);
                }

                if (result.Remainder.Position == remainder.Position)
                {
                    return Result.Success(new ValueList<T>(items.ToArray()), remainder);
                }

                items.Add(result.Value);
                remainder = result.Remainder;
            }
        };

        /// <summary>One or more items separated by <paramref name="separator"/>.</summary>
        public static Grammar<ValueList<T>> SeparatedBy<T, TSeparator>(this Grammar<T> parser, Grammar<TSeparator> separator) =>
            from first in parser
            from rest in (from _ in separator from item in parser select item).Repeat()
            select rest.Count == 0 ? new ValueList<T>(new[] { first }) : new ValueList<T>(Prepend(first, rest));

        private static T[] Prepend<T>(T first, ValueList<T> rest)
        {
            var items = new T[rest.Count + 1];
            items[0] = first;
            for (var i = 0; i < rest.Count; i++)
            {
                items[i + 1] = rest[i];
            }

            return items;
        }

        /// <summary>Runs <paramref name="parser"/> and passes its value with the exact span it covered (trailing spaces excluded).</summary>
        public static Grammar<TResult> Spanned<T, TResult>(this Grammar<T> parser, Func<T, TextSpan, TResult> project) => input =>
        {
            var result = parser(input);
            if (!result.WasSuccessful)
            {
                return Result.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
            }

            var end = Scanner.TrimEnd(input.Source, input.Position, result.Remainder.Position);
            return Result.Success(project(result.Value, TextSpan.FromBounds(input.Position, end)), result.Remainder);
        };

        /// <summary>Defers building a parser until first use, so that grammars can be recursive.</summary>
        public static Grammar<T> Defer<T>(Func<Grammar<T>> build)
        {
            Grammar<T>? parser = null;
            return input => (parser ??= build())(input);
        }

        /// <summary>Upcasts a parser's result (the result itself, since results are covariant).</summary>
        public static Grammar<TBase> As<T, TBase>(this Grammar<T> parser) where T : class, TBase => input => parser(input);

        /// <summary>A failure at <paramref name="at"/>; the expectations are made once per parser, not per failure.</summary>
        public static IResult<T> Fail<T>(IInput at, string[] expectations) =>
            Result.Failure<T>(at, "unexpected input", expectations);

        /// <summary>The expectations of a failure, for <see cref="Fail{T}"/>.</summary>
        public static string[] Expecting(string expectation) => new[] { ExpectationWords.Expected(expectation) };
    }
}
