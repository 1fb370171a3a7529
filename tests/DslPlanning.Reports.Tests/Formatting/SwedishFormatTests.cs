using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Tests.Formatting
{
    public class SwedishFormatTests
    {
        [Theory]
        [InlineData("50000", "50 000 kr")]
        [InlineData("3200000", "3 200 000 kr")]
        [InlineData("100.00", "100 kr")]
        [InlineData("180000.333333", "180 000,33 kr")]
        [InlineData("-10000", "−10 000 kr")]
        public void Amounts_have_digit_groups_decimal_comma_and_kr(string kronor, string text) =>
            Assert.Equal(text, SwedishFormat.Money(new Money(decimal.Parse(kronor, System.Globalization.CultureInfo.InvariantCulture))));

        [Fact]
        public void Distances_hours_and_shares_are_written_as_the_documents_write_them()
        {
            Assert.Equal("10,1 km", SwedishFormat.Distance(new Distance(10.1m)));
            Assert.Equal("45 tim/vecka", SwedishFormat.Hours(new WeeklyHours(45m)));
            Assert.Equal("50 %", SwedishFormat.Percent(new Percent(50m)));
            Assert.Equal("mer än 50 %", SwedishFormat.Compared(Comparison.MoreThan, "50 %"));
            Assert.Equal("2 000 000 kr per år", SwedishFormat.Quantity(new Quantity(2_000_000m, QuantityUnit.Kronor, PerYear: true)));
        }

        [Fact]
        public void Dates_are_ISO_and_periods_use_an_en_dash()
        {
            Assert.Equal("2023-03-01", SwedishFormat.Date(new PlanDate(2023, 3, 1)));
            Assert.Equal("2023–2030", SwedishFormat.Years(new YearRange(2023, 2030)));
            Assert.Equal("31 januari", SwedishFormat.DayOfYear(new MonthDay(1, 31)));
        }

        [Theory]
        [InlineData("1234567.50", "1234567,5")]
        [InlineData("0.075", "0,075")]
        [InlineData("-5", "-5")]
        [InlineData("250000", "250000")]
        public void Spreadsheet_numbers_have_decimal_comma_ASCII_minus_and_no_grouping(string value, string text) =>
            Assert.Equal(text, SwedishFormat.SpreadsheetNumber(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

        [Theory]
        [InlineData(1, "årligen")]
        [InlineData(2, "vartannat år")]
        [InlineData(3, "vart 3:e år")]
        public void Review_intervals_are_Swedish(int years, string text) => Assert.Equal(text, SwedishTerms.Interval(years));
    }
}
