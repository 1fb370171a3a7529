using System.Globalization;

namespace DslPlanning.Model
{
    /// <summary>A calendar date (ISO 8601), without time or time zone.</summary>
    public readonly record struct PlanDate(int Year, int Month, int Day)
    {
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", Year, Month, Day);
    }

    /// <summary>A recurring day of the year, e.g. 01-31 for "by 31 January every year".</summary>
    public readonly record struct MonthDay(int Month, int Day)
    {
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:00}-{1:00}", Month, Day);
    }
}
