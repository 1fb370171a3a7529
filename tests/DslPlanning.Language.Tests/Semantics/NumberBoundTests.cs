using System.Linq;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>
    /// Every kind of number has a bound (<see cref="NumberBounds"/>): at the bound it binds, one step beyond it is reported
    /// (SP1021) at the number, with the bound in the message.
    /// </summary>
    public class NumberBoundTests
    {
        [Theory]
        [InlineData("funder F budget {0}", "1 000 000 000 000 kr per year", "1 000 000 000 001 kr per year", "an amount is at most 1 000 000 000 000 kr")]
        [InlineData("funder F budget {0}", "1 000 000 mkr", "1 000 000,5 mkr", "an amount is at most 1 000 000 000 000 kr")]
        [InlineData("funder F budget {0}", "1 000 000 000 tkr", "1 000 000 001 tkr", "an amount is at most 1 000 000 000 000 kr")]
        [InlineData("action A { cost 200 kr per delivery, {0} deliveries per year }", "1 000 000 000", "1 000 000 001", "a number is at most 1 000 000 000")]
        [InlineData("place K { store articles {0} }", "1 000 000 000", "1 000 000 001", "a number is at most 1 000 000 000")]
        [InlineData("area A \"a\" priority {0}", "1 000 000 000", "1 000 000 001", "a number is at most 1 000 000 000")]
        [InlineData("goal G { target {0} in 2026 }", "1 000 000 000", "1 000 000 001", "a number is at most 1 000 000 000")]
        [InlineData("action A { completion {0} }", "1 000 %", "1 000,1 %", "a percentage is at most 1 000 %")]
        [InlineData("place K { store open {0} }", "168 h/week", "168,5 h/week", "opening hours are at most 168 h/week")]
        [InlineData("place K { nearest groceries {0} }", "100 000 km", "100 001 km", "a distance is at most 100 000 km")]
        [InlineData("scheme service-grant { years at most {0} }", "200 years", "201 years", "a number of years is at most 200")]
        [InlineData("revision {0}", "2100", "2101", "a year is from 1900 to 2100")]
        [InlineData("revision {0}", "1900", "1899", "a year is from 1900 to 2100")]
        [InlineData("revision {0}", "2028", "0000", "a year is from 1900 to 2100")]
        [InlineData("period 2023..{0}", "2100", "2101", "a year is from 1900 to 2100")]
        [InlineData("period {0}..2030", "1900", "0001", "a year is from 1900 to 2100")]
        [InlineData("adopted {0}-01-12", "1900", "1899", "a year is from 1900 to 2100")]
        public void A_number_binds_up_to_its_bound_and_is_reported_beyond_it(string statement, string atBound, string beyond, string bound)
        {
            Assert.Empty(Compile.InPlan(statement.Replace("{0}", atBound)).Structure());

            var text = statement.Replace("{0}", beyond);
            var diagnostic = Compile.InPlan(text).Single();

            Assert.Equal("SP1021", diagnostic.Id);
            Assert.Equal("2," + (text.IndexOf(beyond, System.StringComparison.Ordinal) + 3), diagnostic.Position());
            Assert.Contains($"The value {beyond} is out of range: {bound}", diagnostic.Message);
        }

        [Fact]
        public void An_amount_at_the_bound_binds_exactly()
        {
            var funder = Compile.Model("funder F budget 1 000 000 000 000 kr per year").Funders.Single();

            Assert.Equal(1_000_000_000_000m, funder.Budgets.Single().Amount.Kronor);
        }

        [Theory]
        [InlineData("99 999 999 999 999 999 999 999 999 999 kr")]
        [InlineData("79 228 162 514 264 337 593 543 950 335 mkr")]
        [InlineData("1000000000000000000000000000000000000000000 kr")]
        public void A_number_beyond_what_the_checker_can_compute_with_is_out_of_range_too(string amount)
        {
            var diagnostic = Compile.InPlan("funder F budget " + amount).Single();

            Assert.Equal("SP1021", diagnostic.Id);
            Assert.Contains($"The value {amount} is out of range", diagnostic.Message);
        }

        [Fact]
        public void Both_years_of_a_range_are_checked_each_at_its_year()
        {
            var diagnostics = Compile.InPlan("period 0000..9999").Structure();

            Assert.Equal(new[] { ("SP1021", "2,10"), ("SP1021", "2,16") }, diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Position())));
        }

        [Fact]
        public void A_year_range_out_of_bounds_is_not_also_reported_as_reversed()
        {
            Assert.Equal("SP1021", Compile.InPlan("period 2101..2030").Single().Id);
        }

        /// <summary>The plan of issue 9 that crashed the checker: 9·10²⁷ kr per delivery, 9·10⁹ deliveries a year.</summary>
        [Fact]
        public void The_cost_that_crashed_the_checker_is_reported_at_its_two_numbers()
        {
            var compilation = Compile.InPlan(
                "funder F municipality budget 400 000 kr per year\n" +
                "action A {\n" +
                "  cost 9 000 000 000 000 000 000 000 000 000 kr per delivery, 9 000 000 000 deliveries per year\n" +
                "  funding F 100 %\n" +
                "}");

            Assert.Equal(new[] { ("SP1021", "4,10"), ("SP1021", "4,65") }, compilation.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Position())));
        }

        [Theory]
        [InlineData("cost 5 kr per place per place", "4,29")]
        [InlineData("funding F 5 kr per delivery per year per delivery", "4,46")]
        public void A_unit_given_twice_is_reported_since_it_would_count_twice_over(string statement, string position)
        {
            var diagnostic = Compile.InPlan("funder F municipality\naction A {\n  " + statement + "\n}").Single();

            Assert.Equal("SP1024", diagnostic.Id);
            Assert.Equal(position, diagnostic.Position());
            Assert.Contains("is given twice, so the amount would count it twice over; write each unit once", diagnostic.Message);
        }
    }
}
