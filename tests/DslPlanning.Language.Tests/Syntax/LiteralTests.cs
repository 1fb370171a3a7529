using System.Globalization;
using System.Linq;
using DslPlanning.Language.Syntax;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>Numbers and units, years, year ranges, dates, strings, names and name ranges.</summary>
    public class LiteralTests
    {
        [Theory]
        [InlineData("50 000 kr", "50000", "kr", false)]
        [InlineData("50\u00A0000 kr", "50000", "kr", false)]
        [InlineData("50\u202F000 kr", "50000", "kr", false)]
        [InlineData("3 200 000 kr", "3200000", "kr", false)]
        [InlineData("11 000 000 kr", "11000000", "kr", false)]
        [InlineData("12 345 678,9 kr", "12345678.9", "kr", false)]
        [InlineData("3 kronor", "3", "kr", false)]
        [InlineData("2 tkr", "2000", "kr", false)]
        [InlineData("2 mkr", "2000000", "kr", false)]
        [InlineData("2 Mkr", "2000000", "kr", false)]
        [InlineData("2 mnkr", "2000000", "kr", false)]
        [InlineData("1,5 mkr", "1500000", "kr", false)]
        [InlineData("400 000 kr/year", "400000", "kr", true)]
        [InlineData("400 000 kr per year", "400000", "kr", true)]
        [InlineData("10,1 km", "10.1", "km", false)]
        [InlineData("10.1 km", "10.1", "km", false)]
        [InlineData("28 km", "28", "km", false)]
        [InlineData("50 %", "50", "%", false)]
        [InlineData("50%", "50", "%", false)]
        [InlineData("50,1%", "50.1", "%", false)]
        [InlineData("45 h/week", "45", "h/week", false)]
        [InlineData("3 years", "3", "years", false)]
        [InlineData("1 year", "1", "years", false)]
        [InlineData("1 400", "1400", null, false)]
        [InlineData("15 per year", "15", null, true)]
        [InlineData("0.075", "0.075", null, false)]
        [InlineData("2018", "2018", null, false)]
        public void Number_with_unit(string written, string value, string? unit, bool perYear)
        {
            var (parsed, covered) = SchemeValue(written);

            var quantity = Assert.IsType<QuantitySyntax>(parsed);
            Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), quantity.Value);
            Assert.Equal(unit, quantity.Unit);
            Assert.Equal(perYear, quantity.PerYear);
            Assert.Equal(written, covered);
        }

        [Fact]
        public void Money_with_no_break_space_grouping_is_one_number()
        {
            var quantity = Quantity(SchemeValue("50\u00A0000 kr").Value);

            Assert.Equal(50_000m, quantity.Value);
            Assert.Equal("50\u00A0000", quantity.Digits);
            Assert.True(quantity.IsWholeNumber);
        }

        [Fact]
        public void Digits_keep_the_written_grouping_and_decimal_comma()
        {
            Assert.Equal("3 200 000", Quantity(SchemeValue("3 200 000 kr").Value).Digits);
            var decimalComma = Quantity(SchemeValue("10,1 km").Value);
            Assert.Equal("10,1", decimalComma.Digits);
            Assert.False(decimalComma.IsWholeNumber);
        }

        [Fact]
        public void Digit_group_after_a_space_must_have_exactly_three_digits()
        {
            var tree = InPlan("scheme s {\nx 1 2345\ny 1234 567\n}");

            var scheme = Assert.IsType<DeclarationSyntax>(Assert.Single(tree.Plans[0].Body));
            var x = Assert.IsType<FactStatementSyntax>(scheme.Body[0]);
            var y = Assert.IsType<FactStatementSyntax>(scheme.Body[1]);
            Assert.Equal(1m, Quantity(x.Fact.Value).Value);
            Assert.Equal(1234m, Quantity(y.Fact.Value).Value);
            Assert.Collection(
                tree.Diagnostics,
                first => Assert.Equal(("SP0006", 2, 4, "2345"), (first.Id, first.Location.Start.Line, first.Location.Start.Character, tree.Text.ToString(first.Location.Span))),
                second => Assert.Equal(("SP0006", 3, 7, "567"), (second.Id, second.Location.Start.Line, second.Location.Start.Character, tree.Text.ToString(second.Location.Span))));
        }

        [Theory]
        [InlineData("2023..2030")]
        [InlineData("2023–2030")]
        [InlineData("2023-2030")]
        [InlineData("2023 – 2030")]
        [InlineData("2023 - 2030")]
        [InlineData("2023 .. 2030")]
        [InlineData("2023—2030")]
        public void Year_range(string written)
        {
            var text = "period " + written;
            var period = Single<ValueStatementSyntax>(text);

            var range = Assert.IsType<YearRangeSyntax>(period.Value);
            Assert.Equal((2023, 2030), (range.Start, range.End));
            Assert.Equal(written, TextIn(text, range));
        }

        [Fact]
        public void Date_is_year_month_day()
        {
            var text = "adopted 2012-01-12";
            var date = Assert.IsType<DateSyntax>(Single<ValueStatementSyntax>(text).Value);

            Assert.Equal((2012, 1, 12), (date.Year, date.Month, date.Day));
            Assert.Equal("2012-01-12", TextIn(text, date));
        }

        [Fact]
        public void Impossible_date_is_still_a_date_for_the_binder_to_reject()
        {
            var date = Assert.IsType<DateSyntax>(Single<ValueStatementSyntax>("adopted 2012-13-45").Value);

            Assert.Equal((2012, 13, 45), (date.Year, date.Month, date.Day));
        }

        [Fact]
        public void Day_of_year_is_month_and_day()
        {
            var (value, covered) = SchemeValue("01-31");

            var day = Assert.IsType<MonthDaySyntax>(value);
            Assert.Equal((1, 31), (day.Month, day.Day));
            Assert.Equal("01-31", covered);
        }

        [Fact]
        public void String_escapes_are_resolved()
        {
            // The plan text is: note "a \"q\" b\\c\nd\te"
            var text = "note \"a \\\"q\\\" b\\\\c\\nd\\te\"";
            var note = Single<ValueStatementSyntax>(text);

            var value = Assert.IsType<StringSyntax>(note.Value);
            Assert.Equal("a \"q\" b\\c\nd\te", value.Value);
            Assert.Equal(text.Substring("note ".Length), TextIn(text, value));
        }

        [Fact]
        public void String_may_span_lines_and_the_next_statement_still_parses()
        {
            var text = "note \"Rad ett\n  rad två\"\nowner X";
            var statements = Statements(text);

            Assert.Equal(2, statements.Count);
            var note = Assert.IsType<ValueStatementSyntax>(statements[0]);
            Assert.Equal("Rad ett\n  rad två", Assert.IsType<StringSyntax>(note.Value).Value);
            Assert.Equal("note \"Rad ett\n  rad två\"", TextIn(text, note));
            Assert.Equal(new[] { "X" }, Names(((ValueStatementSyntax)statements[1]).Value));
        }

        [Fact]
        public void Comment_sign_semicolon_and_braces_inside_a_string_are_text()
        {
            var note = Single<ValueStatementSyntax>("note \"§2.4 # inte en kommentar; { inte ett block }\"");

            Assert.Equal("§2.4 # inte en kommentar; { inte ett block }", Assert.IsType<StringSyntax>(note.Value).Value);
        }

        [Fact]
        public void Empty_string_is_an_empty_value()
        {
            var text = "note \"\"";
            var value = Assert.IsType<StringSyntax>(Single<ValueStatementSyntax>(text).Value);

            Assert.Equal(string.Empty, value.Value);
            Assert.Equal("\"\"", TextIn(text, value));
        }

        [Fact]
        public void Invalid_escape_is_reported_at_the_backslash_and_kept_in_the_value()
        {
            var tree = InPlan("note \"C:\\q\"\nowner X");

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal("SP0007", diagnostic.Id);
            Assert.Equal((1, 8), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Character));
            Assert.Equal("\\q", tree.Text.ToString(diagnostic.Location.Span));
            Assert.Contains("'\\q'", diagnostic.Message);
            var body = tree.Plans[0].Body;
            Assert.Equal("C:\\q", Assert.IsType<StringSyntax>(((ValueStatementSyntax)body[0]).Value).Value);
            Assert.Equal("owner", body[1].Keyword.Text);
        }

        [Theory]
        [InlineData("Kluk")]
        [InlineData("Näringslivskontoret")]
        [InlineData("Åkersjön")]
        [InlineData("Rötviken")]
        [InlineData("Αθήνα")]
        [InlineData("東京")]
        [InlineData("IO_3")]
        [InlineData("_intern")]
        [InlineData("1.1")]
        [InlineData("G2.1")]
        [InlineData("3")]
        [InlineData("VasterbottenRSP.1.1")]
        [InlineData("JamtlandRSP.IO2")]
        [InlineData("VästerbottenRSP.Insatsområde_2.3")]
        [InlineData("home-delivery-grant")]
        public void Name_is_one_token_and_its_span_covers_exactly_the_name(string name)
        {
            var text = "owner " + name + "   # ägare";
            var owner = Single<ValueStatementSyntax>(text);

            var reference = Assert.Single(Assert.IsType<ReferenceListSyntax>(owner.Value).Items);
            Assert.False(reference.IsRange);
            Assert.Equal(name, reference.Start.Text);
            Assert.Equal(name, TextIn(text, reference.Start));
            Assert.Equal(name, TextIn(text, reference));
        }

        [Theory]
        [InlineData("VasterbottenRSP.3.1..3.3", "VasterbottenRSP.3.1", "3.3")]
        [InlineData("VasterbottenRSP.3.1–3.3", "VasterbottenRSP.3.1", "3.3")]
        [InlineData("VasterbottenRSP.3.1—3.3", "VasterbottenRSP.3.1", "3.3")]
        [InlineData("3.1..3.3", "3.1", "3.3")]
        [InlineData("3.1–3.3", "3.1", "3.3")]
        [InlineData("3.1 .. 3.3", "3.1", "3.3")]
        [InlineData("G1 – G3", "G1", "G3")]
        public void Name_range(string written, string start, string end)
        {
            var text = "goal G {\n  serves " + written + "\n}";
            var serves = SingleInBlock<ValueStatementSyntax>(text);

            var reference = Assert.Single(Assert.IsType<ReferenceListSyntax>(serves.Value).Items);
            Assert.True(reference.IsRange);
            Assert.Equal(start, reference.Start.Text);
            Assert.Equal(end, reference.End!.Text);
            Assert.Equal(start, TextIn(text, reference.Start));
            Assert.Equal(end, TextIn(text, reference.End));
            Assert.Equal(written, TextIn(text, reference));
        }

        [Fact]
        public void Name_range_in_a_list_with_plain_names()
        {
            var serves = SingleInBlock<ValueStatementSyntax>("goal G {\n  serves VasterbottenRSP.1.1, VasterbottenRSP.3.1–3.3, JamtlandRSP.IO2\n}");

            var items = Assert.IsType<ReferenceListSyntax>(serves.Value).Items;
            Assert.Equal(new[] { false, true, false }, items.Select(item => item.IsRange));
            Assert.Equal(new[] { "VasterbottenRSP.1.1", "VasterbottenRSP.3.1..3.3", "JamtlandRSP.IO2" }, items.Select(item => item.ToString()));
        }

        [Fact]
        public void Hyphen_belongs_to_the_name_so_a_hyphenated_pair_is_one_name_not_a_range()
        {
            var serves = SingleInBlock<ValueStatementSyntax>("goal G {\n  serves Service-Z, VasterbottenRSP.3.1-3.3\n}");

            var items = Assert.IsType<ReferenceListSyntax>(serves.Value).Items;
            Assert.Equal(new[] { "Service-Z", "VasterbottenRSP.3.1-3.3" }, items.Select(item => item.Start.Text));
            Assert.All(items, item => Assert.False(item.IsRange));
        }
    }
}
