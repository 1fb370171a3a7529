using System.Collections.Generic;

namespace DslPlanning.Model
{
    /// <summary>An inclusive range of calendar years, e.g. 2023–2030. A single year has Start == End.</summary>
    public readonly record struct YearRange(int Start, int End)
    {
        public static YearRange Single(int year) => new YearRange(year, year);

        /// <summary>The number of years (0 when the range ends before it starts); computed in 64 bits, so it cannot overflow.</summary>
        public int Length => (int)System.Math.Min(System.Math.Max((long)End - Start + 1, 0L), int.MaxValue);

        public bool Contains(int year) => year >= Start && year <= End;

        public bool Contains(YearRange other) => other.Start >= Start && other.End <= End;

        public IEnumerable<int> Years
        {
            get
            {
                // A 64-bit counter, so that a range ending in int.MaxValue ends.
                for (long year = Start; year <= End; year++)
                {
                    yield return (int)year;
                }
            }
        }

        public override string ToString() => Start == End ? Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Start}–{End}";
    }
}
