using System.Collections.Generic;

namespace DslPlanning.Model
{
    /// <summary>An inclusive range of calendar years, e.g. 2023–2030. A single year has Start == End.</summary>
    public readonly record struct YearRange(int Start, int End)
    {
        public static YearRange Single(int year) => new YearRange(year, year);

        public int Length => End - Start + 1;

        public bool Contains(int year) => year >= Start && year <= End;

        public bool Contains(YearRange other) => other.Start >= Start && other.End <= End;

        public IEnumerable<int> Years
        {
            get
            {
                for (var year = Start; year <= End; year++)
                {
                    yield return year;
                }
            }
        }

        public override string ToString() => Start == End ? Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Start}–{End}";
    }
}
