using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Parsing
{
    /// <summary>The closest word to a misspelt word or name, for the "did you mean …?" of a message (<see cref="Diagnostics.MessageText.DidYouMean"/>).</summary>
    public static class Suggestions
    {
        /// <summary>
        /// How many candidates are considered for a hint: a hint costs at most this much however many names a plan
        /// declares, so that n unknown names among n declared ones do not cost n².
        /// </summary>
        public const int MaxCandidates = 1_000;

        /// <summary>The closest candidate within a small edit distance among the first <see cref="MaxCandidates"/>, or null.</summary>
        public static string? Closest(string word, IEnumerable<string> candidates)
        {
            if (word.Length > 64)
            {
                return null;
            }

            var limit = Math.Max(1, Math.Min(3, word.Length / 3));
            var lowerWord = word.ToLowerInvariant();
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in candidates.Take(MaxCandidates))
            {
                if (Math.Abs(candidate.Length - word.Length) > limit)
                {
                    continue; // the distance is at least the difference in length
                }

                var distance = Distance(lowerWord, candidate.ToLowerInvariant(), limit);
                if (distance <= limit && distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        /// <summary>"a, b or c" / "a, b eller c".</summary>
        public static Phrase List(IEnumerable<string> items) => Diagnostics.MessageText.Alternatives(items);

        /// <summary>The edit distance of two lower-case words, or a number above <paramref name="limit"/> as soon as it must exceed it.</summary>
        internal static int Distance(string a, string b, int limit)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMinimum = current[0];
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    rowMinimum = Math.Min(rowMinimum, current[j]);
                }

                if (rowMinimum > limit)
                {
                    return rowMinimum; // distances never fall from one row to the next
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
