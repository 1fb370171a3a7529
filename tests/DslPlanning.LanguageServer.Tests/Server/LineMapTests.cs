using DslPlanning.Language.Text;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Server
{
    public class LineMapTests
    {
        [Theory]
        [InlineData("a\nb", 2, 1, 0)]
        [InlineData("a\r\nb", 3, 1, 0)]
        [InlineData("a\rb", 2, 1, 0)]
        [InlineData("a\u2028b", 2, 0, 2)]
        [InlineData("a\u0085b", 2, 0, 2)]
        public void Lines_break_at_the_protocols_line_ends_only(string text, int offset, int line, int character)
        {
            Assert.Equal(new Position(line, character), LineMap.For(text).ToPosition(offset));
        }

        [Fact]
        public void Characters_are_utf16_code_units()
        {
            var map = LineMap.For("å😀x");

            Assert.Equal(new Position(0, 3), map.ToPosition(3));
            Assert.Equal(3, map.ToOffset(new Position(0, 3)));
        }

        [Theory]
        [InlineData(0, 99, 3)]
        [InlineData(1, 99, 7)]
        [InlineData(5, 0, 7)]
        [InlineData(-1, 4, 0)]
        [InlineData(0, -4, 0)]
        public void A_position_past_its_line_or_the_text_is_clamped_as_the_specification_says(int line, int character, int offset)
        {
            Assert.Equal(offset, LineMap.For("abc\r\ndx").ToOffset(new Position(line, character)));
        }

        [Fact]
        public void A_range_that_ends_before_it_starts_is_empty_at_its_start()
        {
            Assert.Equal(new TextSpan(2, 0), LineMap.For("abcdef").ToSpan(new Range(new Position(0, 2), new Position(0, 1))));
        }

        [Fact]
        public void Ranges_round_trip_through_spans()
        {
            var map = LineMap.Of(new SourceText("x.plan", "plan X\n  owner Y\n"));

            Assert.Equal(new Range(new Position(1, 8), new Position(1, 9)), map.ToRange(new TextSpan(15, 1)));
            Assert.Equal(new TextSpan(15, 1), map.ToSpan(map.ToRange(new TextSpan(15, 1))));
        }
    }
}
