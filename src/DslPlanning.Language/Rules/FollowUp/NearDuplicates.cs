using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DslPlanning.Language.Parsing;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// Titles that differ only in case, spacing and punctuation, or by one or two letters ("Landsbygdsprogrammet" and
    /// "Landsbygsprogrammet"). Each title is compared with the titles before it through the strings left after deleting
    /// up to two letters (two titles within that many edits share one), so the cost grows with the number of titles
    /// times the square of a title's length, never with the square of the number of titles.
    /// </summary>
    internal static class NearDuplicates
    {
        /// <summary>Titles longer than this (letters and digits) are compared with one letter of difference at most.</summary>
        private const int LongTitle = 64;

        /// <summary>For each title that is a near duplicate of an earlier one: its index, the earliest such title's, and the letters between them.</summary>
        public static IEnumerable<(int Index, int First, int Letters)> Find(IReadOnlyList<string> titles)
        {
            var firstWith = new Dictionary<string, int>(StringComparer.Ordinal);
            var keys = new string[titles.Count];
            for (var index = 0; index < titles.Count; index++)
            {
                var key = keys[index] = Key(titles[index]);
                if (key.Length == 0)
                {
                    continue;
                }

                var allowed = Allowed(key);
                var variants = Variants(key, allowed);
                var match = variants
                    .Select(variant => firstWith.TryGetValue(variant, out var first) ? first : -1)
                    .Where(first => first >= 0)
                    .Distinct()
                    .OrderBy(first => first)
                    .Select(first => (First: first, Limit: Math.Min(allowed, Allowed(keys[first]))))
                    .Select(candidate => (candidate.First, Letters: Suggestions.Distance(key, keys[candidate.First], candidate.Limit), candidate.Limit))
                    .Where(candidate => candidate.Letters <= candidate.Limit)
                    .Select(candidate => ((int First, int Letters)?)(candidate.First, candidate.Letters))
                    .FirstOrDefault();
                if (match is { } found)
                {
                    yield return (index, found.First, found.Letters);
                }

                foreach (var variant in variants)
                {
                    if (!firstWith.ContainsKey(variant))
                    {
                        firstWith.Add(variant, index);
                    }
                }
            }
        }

        /// <summary>The letters and digits of a title in lower case: what is left when case, spacing and punctuation are set aside.</summary>
        private static string Key(string title)
        {
            var key = new StringBuilder(title.Length);
            foreach (var character in title.Where(char.IsLetterOrDigit))
            {
                key.Append(char.ToLowerInvariant(character));
            }

            return key.ToString();
        }

        /// <summary>How many letters two titles may differ by: none for short titles ("Ica" and "Coop"), one up to 11 letters, else two.</summary>
        private static int Allowed(string key) => key.Length < 6 ? 0 : key.Length < 12 || key.Length > LongTitle ? 1 : 2;

        /// <summary>The key and every string left after deleting up to <paramref name="deletions"/> of its characters.</summary>
        private static HashSet<string> Variants(string key, int deletions)
        {
            var variants = new HashSet<string>(StringComparer.Ordinal) { key };
            var level = new List<string> { key };
            for (var round = 0; round < deletions; round++)
            {
                var next = new List<string>();
                foreach (var word in level)
                {
                    for (var position = 0; position < word.Length; position++)
                    {
                        var shorter = word.Remove(position, 1);
                        if (variants.Add(shorter))
                        {
                            next.Add(shorter);
                        }
                    }
                }

                level = next;
            }

            return variants;
        }
    }
}
