using System.Globalization;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Diagnostics
{
    /// <summary>The policy for plan text printed to a console or build log: what a terminal acts on, or what cannot be seen, is shown as \uXXXX.</summary>
    public class PrintableTextTests
    {
        [Theory]
        [InlineData("\u001B[2J\u001B[H", "\\u001B[2J\\u001B[H")]                                      // clear the screen
        [InlineData("\u001B]8;;http://x\u001B\\länk\u001B]8;;\u001B\\", "\\u001B]8;;http://x\\u001B\\länk\\u001B]8;;\\u001B\\")] // OSC 8 link
        [InlineData("rad\r\nBuild succeeded\n", "rad\\u000D\\u000ABuild succeeded\\u000A")]           // a fake line
        [InlineData("\u009B2J \u009D8;;x\u009C \u0085", "\\u009B2J \\u009D8;;x\\u009C \\u0085")]       // C1: CSI, OSC, ST, NEL
        [InlineData("a\u0000b\u0007\u0008\u007F", "a\\u0000b\\u0007\\u0008\\u007F")]                  // NUL, BEL, BS, DEL
        [InlineData("\u202Eabc\u202C \u2066x\u2069 \u200E\u200F\u061C", "\\u202Eabc\\u202C \\u2066x\\u2069 \\u200E\\u200F\\u061C")] // bidi
        [InlineData("Kro\u200Bkom\u00AD\uFEFF\u2060", "Kro\\u200Bkom\\u00AD\\uFEFF\\u2060")]          // zero width, soft hyphen, BOM, word joiner
        [InlineData("Krokom\u3164\u034F\uFE0F", "Krokom\\u3164\\u034F\\uFE0F")]                       // invisible letters and marks
        [InlineData("\u2028\u2029", "\\u2028\\u2029")]                                               // line and paragraph separators
        [InlineData("x\U000E0041y", "x\\uDB40\\uDC41y")]                                              // a tag character, invisible
        public void Controls_and_invisible_characters_are_escaped(string text, string printed)
        {
            Assert.Equal(printed, PrintableText.Escape(text));
        }

        [Fact]
        public void Lone_surrogates_are_escaped_and_pairs_are_not()
        {
            var highAlone = new string(new[] { 'a', '\uD800', ' ' });
            var lowAlone = new string(new[] { '\uDC00', 'a' });

            Assert.Equal("a\\uD800 ", PrintableText.Escape(highAlone));
            Assert.Equal("\\uDC00a", PrintableText.Escape(lowAlone));
            Assert.Equal("\uD83D\uDE00", PrintableText.Escape("\uD83D\uDE00"));
        }

        [Theory]
        [InlineData("Krokoms kommuns serviceplan 2023–2030")]
        [InlineData("Åsele, Östersund, Čearru, Ørnsköldsvik")]
        [InlineData("A\u030Asele")]
        [InlineData("Москва Αθήνα 東京 서울 العربية")]
        [InlineData("50\u00A0000 kr, 3\u202F200 kr")]
        [InlineData("😀 ≥ § «» € \\u001B")]
        public void Text_that_prints_as_it_reads_is_left_as_it_is(string text)
        {
            Assert.Same(text, PrintableText.Escape(text));
        }

        [Fact]
        public void No_character_of_the_basic_plane_comes_out_as_a_control_format_or_separator_and_escaping_twice_changes_nothing()
        {
            for (var code = 0; code <= 0xFFFF; code++)
            {
                var text = "a" + (char)code + "b";
                var printed = PrintableText.Escape(text);

                Assert.DoesNotContain(printed, c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate);
                Assert.Equal(printed, PrintableText.Escape(printed));
            }
        }

        [Fact]
        public void Every_c0_and_c1_control_is_escaped_as_its_code()
        {
            var controls = Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(code => (char)code);

            Assert.All(controls, c => Assert.Equal($"\\u{(int)c:X4}", PrintableText.Escape(c.ToString())));
        }
    }
}
