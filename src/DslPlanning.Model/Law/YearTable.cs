using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Model.Law
{
    /// <summary>
    /// A law-derived value for a range of years, with the source it comes from, and whether the wording of the ordinance
    /// for those years was checked or is the last known wording assumed to still hold.
    /// </summary>
    public sealed record LawFigure<T>(YearRange Years, T Value, string Source, LawWording Wording = LawWording.Checked)
    {
        /// <summary>The source as Swedish texts cite it ("Förordning (2000:284) om stöd till kommersiell service i lydelsen enligt SFS 2016:126 …"); the English <see cref="Source"/> unless set.</summary>
        public string SwedishSource { get; init; } = Source;
    }

    /// <summary>What a figure of a year rests on.</summary>
    public enum LawWording
    {
        /// <summary>The wording in force in those years was read.</summary>
        Checked,

        /// <summary>No later change is known, but the wording in force in those years was not read: the last known one is assumed.</summary>
        LastKnown,
    }

    /// <summary>
    /// Law-derived values by year. A year before every entry, or between entries, has no value: rules report that
    /// (SP4003) rather than guess, since the amounts change over time. A table that <see cref="CarriesForward"/> checks a
    /// year after its last entry against that entry, and the rules say so (SP4006); a table whose figures are known to
    /// have changed after its last entry does not.
    /// </summary>
    public sealed class YearTable<T>
    {
        public YearTable(string name, params LawFigure<T>[] entries)
        {
            Name = name;
            SwedishName = name;
            Entries = entries;
        }

        /// <summary>What the table holds, for messages ("the prisbasbelopp").</summary>
        public string Name { get; }

        /// <summary>What the table holds, for Swedish messages and reports ("prisbasbeloppet"); the English <see cref="Name"/> unless set.</summary>
        public string SwedishName { get; init; }

        public IReadOnlyList<LawFigure<T>> Entries { get; }

        /// <summary>Whether a year after the last entry is checked against the last entry (a future year, with no known change).</summary>
        public bool CarriesForward { get; init; }

        /// <summary>The entry of the year itself, or null.</summary>
        public LawFigure<T>? For(int year) => Entries.FirstOrDefault(entry => entry.Years.Contains(year));

        /// <summary>The entry a year is checked against: its own, else the last entry when the year is after it and the table carries forward.</summary>
        public LawFigure<T>? Applicable(int year) => For(year) ?? (IsCarriedForward(year) ? Entries[Entries.Count - 1] : null);

        /// <summary>Whether a year is checked against the last entry rather than its own.</summary>
        public bool IsCarriedForward(int year) => CarriesForward && Entries.Count > 0 && year > Entries[Entries.Count - 1].Years.End;

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
