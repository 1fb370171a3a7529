using System;
using System.Globalization;
using DslPlanning.Model;

namespace DslPlanning.Reports.Formatting
{
    /// <summary>
    /// Numbers, amounts and dates as Swedish documents write them: <c>50 000 kr</c>, <c>10,1 km</c>, <c>50 %</c>,
    /// years <c>2023–2030</c>, dates ISO <c>2023-03-01</c>. Never depends on the machine's culture.
    /// </summary>
    public static class SwedishFormat
    {
        private static readonly string[] Months =
        {
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
        };

        /// <summary>Amounts are shown to the öre at most; computed shares can have more decimals.</summary>
        public static decimal Round(decimal value) => Normalize(Math.Round(value, 2, MidpointRounding.AwayFromZero));

        /// <summary>The same value without trailing zeros of its scale (100.00 → 100), so that text and JSON are stable.</summary>
        public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

        public static string Number(decimal value) => SwedishNumber.Format(Normalize(value));

        public static string Money(Money money) => SwedishNumber.Format(Round(money.Kronor)) + " kr";

        public static string Percent(Percent percent) => Number(percent.Value) + " %";

        public static string Distance(Distance distance) => Number(distance.Kilometres) + " km";

        public static string Hours(WeeklyHours hours) => Number(hours.Hours) + " tim/vecka";

        public static string Years(YearRange years) => years.ToString();

        public static string Date(PlanDate date) => date.ToString();

        /// <summary>A recurring day, e.g. <c>31 januari</c>.</summary>
        public static string DayOfYear(MonthDay day) =>
            day.Month is >= 1 and <= 12 ? day.Day.ToString(CultureInfo.InvariantCulture) + " " + Months[day.Month - 1] : day.ToString();

        /// <summary>A number for a spreadsheet: no digit grouping, decimal comma, ASCII minus (<c>-1234,5</c>).</summary>
        public static string SpreadsheetNumber(decimal value) =>
            Normalize(value).ToString("0.############################", CultureInfo.InvariantCulture).Replace('.', ',');

        /// <summary>An indicator or scheme value, e.g. <c>80 %</c>, <c>15 per år</c>, <c>2 000 000 kr per år</c>.</summary>
        public static string Quantity(Quantity quantity)
        {
            var number = Number(quantity.Value);
            var text = quantity.Unit switch
            {
                QuantityUnit.Kronor => number + " kr",
                QuantityUnit.Kilometres => number + " km",
                QuantityUnit.Percent => number + " %",
                QuantityUnit.HoursPerWeek => number + " tim/vecka",
                QuantityUnit.Years => number + " år",
                _ => number,
            };
            return quantity.PerYear ? text + " per år" : text;
        }

        /// <summary>A value with its comparison, e.g. <c>minst 80 %</c>, <c>mer än 50 %</c>.</summary>
        public static string Compared(Comparison comparison, string value)
        {
            var word = SwedishTerms.Of(comparison);
            return word.Length == 0 ? value : word + " " + value;
        }

        /// <summary>A value in a year, e.g. <c>83 % (2015)</c>.</summary>
        public static string InYear(string value, int? year) =>
            year is { } y ? value + " (" + y.ToString(CultureInfo.InvariantCulture) + ")" : value;
    }
}
