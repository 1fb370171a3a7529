using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace DslPlanning.Language.Workspaces
{
    /// <summary>
    /// Work on each item of a list on every core, with the results in the list's order: the steps of a compilation that
    /// look at one file or one plan at a time (parsing, outlines, binding, the rules) run in parallel, and their results
    /// are then taken in order, so a compilation's diagnostics are the same, in the same order, on a machine of any size.
    /// </summary>
    internal static class InParallel
    {
        /// <summary>One worker per core at most: more would only take threads that a host needs for other work.</summary>
        private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

        public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map) =>
            Map(items.Count, index => map(items[index]));

        /// <summary>Does <paramref name="action"/> for each item, on every core.</summary>
        public static void ForEach<T>(IReadOnlyList<T> items, Action<T> action) =>
            Map(items.Count, index =>
            {
                action(items[index]);
                return true;
            });

        /// <summary>The results of <paramref name="map"/> for the indexes 0 to <paramref name="count"/> − 1, in that order.</summary>
        public static TResult[] Map<TResult>(int count, Func<int, TResult> map)
        {
            var results = new TResult[count];
            if (count < 2)
            {
                for (var i = 0; i < count; i++)
                {
                    results[i] = map(i);
                }

                return results;
            }

            try
            {
                Parallel.For(0, count, Cores, i => results[i] = map(i));
            }
            catch (AggregateException failure) when (failure.InnerExceptions.Count > 0)
            {
                // As one by one: the exception itself, with its own stack trace, not the parallel loop's wrapper.
                ExceptionDispatchInfo.Capture(failure.InnerExceptions[0]).Throw();
            }

            return results;
        }
    }
}
