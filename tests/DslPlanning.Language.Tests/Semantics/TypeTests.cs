using System.Linq;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Semantics
{
    public class TypeTests
    {
        [Theory]
        [InlineData("place K { nearest groceries 28 kr }", "a distance in km", "the amount 28 kr", "2,31")]
        [InlineData("period 50 %", "a year or year range", "the percentage 50 %", "2,10")]
        [InlineData("funder F budget 12 km", "an amount in kr", "the distance 12 km", "2,19")]
        [InlineData("place K { store open 45 }", "opening hours per week", "the number 45", "2,24")]
        [InlineData("adopted 2023", "a date", "the number 2023", "2,11")]
        [InlineData("action A { completion 100 }", "a percentage", "the number 100", "2,25")]
        [InlineData("revision 2028..2029", "a year", "the year range 2028..2029", "2,12")]
        public void A_value_of_the_wrong_unit_is_reported_with_expected_found_and_example(string statement, string expected, string found, string position)
        {
            var diagnostic = Compile.InPlan(statement).Single();

            Assert.Equal("SP1004", diagnostic.Id);
            Assert.Equal(position, diagnostic.Position());
            Assert.Contains($"Expected {expected} here, found {found}", diagnostic.Message);
            Assert.Contains("write e.g.", diagnostic.Message);
        }

        [Fact]
        public void Goal_values_must_share_one_unit()
        {
            var diagnostic = Compile.InPlan("goal G {\n  target 80 % in 2015\n  actual 12 in 2015\n}").Single();

            Assert.Equal("SP1004", diagnostic.Id);
            Assert.Equal("4,12", diagnostic.Position());
            Assert.Contains("same unit as the goal's other values (%)", diagnostic.Message);
        }

        [Fact]
        public void A_year_range_that_ends_before_it_starts_is_invalid()
        {
            var diagnostic = Compile.InPlan("period 2030..2023").Single();

            Assert.Equal("SP1005", diagnostic.Id);
            Assert.Contains("write 2023..2030", diagnostic.Message);
        }

        [Theory]
        [InlineData("adopted 2023-02-30", "day must be 01 to 28")]
        [InlineData("adopted 2024-13-01", "month must be 01 to 12")]
        public void Impossible_dates_are_reported(string statement, string reason)
        {
            var diagnostic = Compile.InPlan(statement).Single();

            Assert.Equal("SP1007", diagnostic.Id);
            Assert.Contains(reason, diagnostic.Message);
        }

        [Fact]
        public void Leap_days_are_valid_dates()
        {
            Assert.Equal(new PlanDate(2024, 2, 29), Compile.Model("adopted 2024-02-29").Adopted);
        }

        [Fact]
        public void Unknown_service_words_are_reported_with_the_closest_word_and_the_list()
        {
            var diagnostic = Compile.InPlan("place K { services groceries, pharmacie }").Single();

            Assert.Equal("SP1008", diagnostic.Id);
            Assert.Equal("2,33", diagnostic.Position());
            Assert.Contains("Unknown service 'pharmacie' (did you mean 'pharmacy'?)", diagnostic.Message);
            Assert.Contains("groceries, fuel, post", diagnostic.Message);
        }

        [Fact]
        public void Unknown_plan_kind_is_reported()
        {
            var diagnostic = Compile.Text("municpal plan P {\n}").Single();

            Assert.Equal("SP1008", diagnostic.Id);
            Assert.Contains("Unknown plan kind 'municpal' (did you mean 'municipal'?)", diagnostic.Message);
        }

        [Fact]
        public void A_statement_that_may_appear_once_is_reported_when_repeated()
        {
            var diagnostic = Compile.InPlan("period 2023..2030\nperiod 2023..2031").Single();

            Assert.Equal("SP1009", diagnostic.Id);
            Assert.Equal("3,3", diagnostic.Position());
            Assert.Contains("first at line 2", diagnostic.Message);
        }

        [Fact]
        public void A_fact_of_another_subsidy_is_reported_with_where_it_belongs()
        {
            var diagnostic = Compile.InPlan("action A {\n  subsidy home-delivery-grant { turnover 3 000 000 kr }\n}").Single();

            Assert.Equal("SP1010", diagnostic.Id);
            Assert.Contains("'turnover' is not a fact of home-delivery-grant (it is a fact of operating-aid, service-grant)", diagnostic.Message);
        }

        [Fact]
        public void An_exception_must_name_a_rule_of_the_families_SP2_to_SP5()
        {
            var misspelt = Compile.InPlan("action A { exception SP4O30 \"skäl\" }").Single();
            var structural = Compile.InPlan("action A { exception SP1004 \"skäl\" }").Single();

            Assert.Equal("SP1012", misspelt.Id);
            Assert.Contains("did you mean 'SP4030'", misspelt.Message);
            Assert.Equal("SP1012", structural.Id);
            Assert.Contains("not a rule ID that an exception can suppress (only the rules SP2xxx to SP5xxx can be)", structural.Message);
        }

        [Theory]
        [InlineData("action A { subsidy operating-aid { island 3 } }", "SP1023", "A value does not belong to 'island', which is a flag; remove the value")]
        [InlineData("action A { subsidy operating-aid { turnover } }", "SP1022", "'turnover' needs a value: an amount in kr")]
        [InlineData("place K { store turnover at most 3 000 000 kr }", "SP1023", "A comparison does not belong to the fact 'turnover'")]
        public void Facts_take_values_as_their_kind_requires(string statement, string id, string reason)
        {
            var diagnostic = Compile.InPlan(statement).Single();

            Assert.Equal(id, diagnostic.Id);
            Assert.Contains(reason, diagnostic.Message);
        }
    
        [Fact]
        public void Investment_grounds_are_checked_in_schemes_as_in_applications()
        {
            var inScheme = Compile.InPlan("scheme investment-aid { grounds accessibility, bogus }").Single();
            var inApplication = Compile.InPlan("action A { subsidy investment-aid { grounds accessibility, bogus } }").Single();

            Assert.Equal("SP1008", inScheme.Id);
            Assert.Equal("SP1008", inApplication.Id);
            Assert.Contains("Unknown investment ground 'bogus'", inScheme.Message);
        }
    }
}
