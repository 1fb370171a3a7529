using System.Linq;
using System.Text;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Tests.Text
{
    /// <summary>Plan files are UTF-8 (or UTF-16 with a byte order mark); a file that is not gets one SP0010 at its first such byte.</summary>
    public class EncodingTests
    {
        private const string Plan = "municipal plan P {\n  place Gråträsk { services groceries }\n  actor Kommunen municipality\n}\n";

        [Fact]
        public void Utf8_with_or_without_a_byte_order_mark_and_utf16_with_one_read_the_same()
        {
            var encodings = new Encoding[]
            {
                new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true),
            };

            foreach (var encoding in encodings)
            {
                var (text, notUtf8) = PlanFileEncoding.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(Plan)).ToArray());

                Assert.Equal(Plan, text);
                Assert.Null(notUtf8);
            }
        }

        [Fact]
        public void A_latin1_file_is_reported_once_at_its_first_byte_that_is_not_utf8()
        {
            var bytes = Encoding.Latin1.GetBytes(Plan);

            var (text, notUtf8) = PlanFileEncoding.Decode(bytes);
            var tree = PlanParser.Parse(new SourceText("p.plan", text, notUtf8));

            Assert.Equal(new NotUtf8Byte(Plan.IndexOf('å'), 0xE5), notUtf8);
            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal("p.plan(2,11): error SP0010: The file is not UTF-8: byte 0xE5 here is not UTF-8 (in ISO-8859-1 it is 'å'); save the file with the encoding UTF-8 (in Notepad or VS Code: Save as, Encoding UTF-8)", diagnostic.ToString());
        }

        [Theory]
        [InlineData(new byte[] { 0x61, 0x80, 0x62 }, 1)]             // a continuation byte without a lead
        [InlineData(new byte[] { 0x61, 0xC0, 0xAF }, 1)]             // an overlong form of '/'
        [InlineData(new byte[] { 0x61, 0xED, 0xA0, 0x80 }, 1)]       // a surrogate
        [InlineData(new byte[] { 0x61, 0xF4, 0x90, 0x80, 0x80 }, 1)] // beyond U+10FFFF
        [InlineData(new byte[] { 0x61, 0x62, 0xE2, 0x82 }, 2)]       // a sequence cut off at the end of the file
        [InlineData(new byte[] { 0xC3, 0xA5, 0xE2, 0x82, 0x61 }, 1)] // å, then a sequence cut short by 'a'
        [InlineData(new byte[] { 0xFF }, 0)]
        public void The_first_byte_that_is_not_utf8_is_found_and_placed_in_the_text(byte[] bytes, int offset)
        {
            var (text, notUtf8) = PlanFileEncoding.Decode(bytes);

            Assert.NotNull(notUtf8);
            Assert.Equal(offset, notUtf8.Offset);
            Assert.Equal('\uFFFD', text[offset]);
        }

        [Fact]
        public void Well_formed_utf8_of_every_length_is_accepted()
        {
            var (text, notUtf8) = PlanFileEncoding.Decode(Encoding.UTF8.GetBytes("a å € 😀 \uFFFD \u0800 \uFFFF"));

            Assert.Null(notUtf8);
            Assert.Equal("a å € 😀 \uFFFD \u0800 \uFFFF", text);
        }

        [Fact]
        public void A_text_decoded_with_replacement_characters_is_reported_at_the_first_of_them_without_a_cascade()
        {
            // What the C# compiler gives analyzers for a Latin-1 file: each byte that is not UTF-8 is U+FFFD.
            var text = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(Plan));

            var diagnostic = Assert.Single(PlanParser.Parse("p.plan", text).Diagnostics);

            Assert.Equal("p.plan(2,11): error SP0010: The file is not UTF-8: the character U+FFFD here replaces bytes that could not be read as UTF-8; save the file with the encoding UTF-8 (in Notepad or VS Code: Save as, Encoding UTF-8)", diagnostic.ToString());
        }

        [Fact]
        public void A_real_plan_saved_as_windows_1252_gets_sp0010_at_its_first_non_ascii_character_and_no_other_new_diagnostic()
        {
            var (path, original) = Repository.RealPlans().Single(plan => plan.Path.EndsWith("krokom.plan", System.StringComparison.Ordinal));
            var (text, notUtf8) = PlanFileEncoding.Decode(CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(original));

            var utf8 = PlanCompilation.Create(new[] { new SourceText(path, original) }).Diagnostics;
            var windows1252 = PlanCompilation.Create(new[] { new SourceText(path, text, notUtf8) }).Diagnostics;

            var first = original.Select((c, index) => (c, index)).First(entry => entry.c >= '\u0080').index;
            Assert.Equal(new SourceText(path, original).GetLinePosition(first), Assert.Single(windows1252, diagnostic => diagnostic.Id == "SP0010").Location.Start);
            Assert.Equal(
                utf8.Select(diagnostic => (diagnostic.Id, diagnostic.Location.Start)),
                windows1252.Where(diagnostic => diagnostic.Id != "SP0010").Select(diagnostic => (diagnostic.Id, diagnostic.Location.Start)));
        }
    }
}
