using System.Globalization;

namespace DslPlanning.Model
{
    /// <summary>A calendar date (ISO 8601), without time or time zone.</summary>
    public readonly record struct PlanDate(int Year, int Month, int Day)
    {
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", Year, Month, Day);

        /// <summary>A date written <c>yyyy-MM-dd</c> (a build property, an editor setting); null for anything else.</summary>
        public static PlanDate? Parse(string text) =>
            System.DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new PlanDate(date.Year, date.Month, date.Day)
                : null;
    }

    /// <summary>A recurring day of the year, e.g. 01-31 for "by 31 January every year".</summary>
    public readonly record struct MonthDay(int Month, int Day)
    {
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:00}-{1:00}", Month, Day);
    }
}
