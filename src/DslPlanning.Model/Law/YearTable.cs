using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Model.Law
{
    /// <summary>A law-derived value for a range of years, with the source it comes from.</summary>
    public sealed record LawFigure<T>(YearRange Years, T Value, string Source);

    /// <summary>
    /// Law-derived values by year. A year outside every entry has no value: rules report that (SP4003) rather than
    /// guess, since the amounts change over time.
    /// </summary>
    public sealed class YearTable<T>
    {
        public YearTable(string name, params LawFigure<T>[] entries)
        {
            Name = name;
            Entries = entries;
        }

        /// <summary>What the table holds, for messages ("the prisbasbelopp").</summary>
        public string Name { get; }

        public IReadOnlyList<LawFigure<T>> Entries { get; }

        public LawFigure<T>? For(int year) => Entries.FirstOrDefault(entry => entry.Years.Contains(year));

        /// <summary>The years the table covers, e.g. "2014–2026".</summary>
        public string Coverage => string.Join(", ", Merge(Entries.Select(entry => entry.Years)).Select(range => range.ToString()));

        private static IEnumerable<YearRange> Merge(IEnumerable<YearRange> ranges)
        {
            YearRange? current = null;
            foreach (var range in ranges.OrderBy(range => range.Start))
            {
                if (current is { } open && range.Start <= open.End + 1)
                {
                    current = new YearRange(open.Start, System.Math.Max(open.End, range.End));
                }
                else
                {
                    if (current is not null)
                    {
                        yield return current.Value;
                    }

                    current = range;
                }
            }

            if (current is not null)
            {
                yield return current.Value;
            }
        }
    }
}
