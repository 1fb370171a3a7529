using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>A statement that lacks a part it needs, or has a part it cannot take (SP1022–SP1025, formerly SP1015).</summary>
    public class StatementPartTests
    {
        [Theory]
        [InlineData("action A {\n  progress 50 %\n}", "3,5", "'progress' needs the year it was recorded; write e.g. progress 50 % in 2018")]
        [InlineData("place K { store turnover, articles 1 400 }", "2,19", "'turnover' needs a value: an amount in kr (e.g. 3 200 000 kr); write it after 'turnover'")]
        [InlineData("action A { subsidy operating-aid { turnover } }", "2,38", "'turnover' needs a value: an amount in kr (e.g. 120 000 kr); write it after 'turnover'")]
        public void SP1022_a_missing_value_is_named_with_what_it_needs_and_where_to_write_it(string statements, string position, string message)
            => AssertReported(statements, "SP1022", position, message);

        [Theory]
        [InlineData("action A { completion 100 % in 2026 }", "2,34", "A year does not belong to 'completion'; the action's period says when, so remove the year")]
        [InlineData("action A { subsidy operating-aid { island 3 } }", "2,45", "A value does not belong to 'island', which is a flag; remove the value")]
        [InlineData("place K { store turnover at most 3 000 000 kr }", "2,28", "A comparison does not belong to the fact 'turnover'; comparisons belong to targets and scheme terms, so write the value alone")]
        [InlineData("action A { subsidy operating-aid { amount 120 000 kr per year } }", "2,45", "'per year' does not belong to this amount; write the amount alone (e.g. 120 000 kr)")]
        [InlineData("indicator \"butiker\" baseline 3 in 2020", "2,23", "A baseline or target does not belong to the plan's 'indicator', which is a text only; baselines and targets belong to goals (goal … { indicator \"…\" baseline … target … })")]
        [InlineData("funder F municipality in 2024", "2,25", "'in' does not belong to a funder without a budget before it; write 'budget <amount> in <years>'")]
        public void SP1023_a_part_the_statement_cannot_take_is_named_with_what_to_do_instead(string statements, string position, string message)
            => AssertReported(statements, "SP1023", position, message);

        [Fact]
        public void SP1024_a_unit_given_twice_is_named_at_its_second_mention()
            => AssertReported("action A {\n  cost 200 kr per delivery per delivery, 400 deliveries per year\n}", "SP1024", "3,34",
                "The unit 'per delivery' is given twice, so the amount would count it twice over; write each unit once");

        [Fact]
        public void SP1025_a_plan_owner_with_more_than_one_name_is_reported_at_the_second_with_the_count()
            => AssertReported("owner A, B, C\nactor A municipality\nactor B department\nactor C department", "SP1025", "2,12",
                "'owner' names one actor, but 3 are given; keep one and remove the others");

        /// <summary>The statements in a plan make exactly one syntax or structure diagnostic: this one, here, with this message.</summary>
        private static void AssertReported(string statements, string id, string position, string message)
        {
            var diagnostic = Compile.InPlan(statements).Single();

            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(position, diagnostic.Position());
            Assert.Equal(message, diagnostic.Message);
        }
    }
}
