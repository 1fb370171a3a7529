using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Text;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>CR, LF, CRLF, NEL, U+2028 and U+2029 end lines everywhere, as in Roslyn: positions, comments, recovery, strings.</summary>
    public class LineEndingTests
    {
        public static TheoryData<string, string> LineEndings => new()
        {
            { "CR", "\r" },
            { "CRLF", "\r\n" },
            { "NEL", "\u0085" },
            { "LINE SEPARATOR", "\u2028" },
            { "PARAGRAPH SEPARATOR", "\u2029" },
        };

        /// <summary>A plan with a leading comment, errors to recover from on several lines, a block on the next line and a string over two lines.</summary>
        private const string PlanWithErrors =
            "# Källa: serviceprogrammet\n" +
            "municipal plan P \"titel\" {\n" +
            "  owner X   # kommentar\n" +
            "  review monthly\n" +
            "  bogus statement here\n" +
            "  note \"rad ett\n" +
            "rad två\"\n" +
            "  place Kluk level 3\n" +
            "  {\n" +
            "    services groceries,\n" +
            "      fuel\n" +
            "    turnover ?\n" +
            "  }\n" +
            "}\n";

        [Theory]
        [MemberData(nameof(LineEndings))]
        public void Diagnostics_stand_at_the_same_line_and_column_whatever_the_line_endings(string name, string lineEnd)
        {
            var lf = Parse(PlanWithErrors);
            var other = Parse(PlanWithErrors.Replace("\n", lineEnd));

            Assert.Equal(3, lf.Diagnostics.Count);
            Assert.Equal(Positions(lf), Positions(other));
            Assert.True(other.Diagnostics.Select(diagnostic => diagnostic.Location.Start.Line).Distinct().Count() == 3, name);
        }

        [Theory]
        [MemberData(nameof(LineEndings))]
        public void Statements_cover_the_same_text_whatever_the_line_endings(string name, string lineEnd)
        {
            var lf = Parse(PlanWithErrors);
            var other = Parse(PlanWithErrors.Replace("\n", lineEnd));

            Assert.Equal(
                Assert.Single(lf.Plans).Body.Select(statement => lf.TextOf(statement).Replace("\n", lineEnd)),
                Assert.Single(other.Plans).Body.Select(statement => other.TextOf(statement)));
            Assert.True(other.Plans[0].Body.Count == 5, name);
        }

        [Theory]
        [MemberData(nameof(LineEndings))]
        public void A_leading_comment_ends_at_the_line_end(string name, string lineEnd)
        {
            var tree = Parse($"# Kommentar{lineEnd}municipal plan P {{{lineEnd}  owner X{lineEnd}}}{lineEnd}");

            AssertNoDiagnostics(tree);
            Assert.True(Assert.Single(tree.Plans).Body.Count == 1, name);
        }

        [Fact]
        public void A_line_break_in_a_string_is_a_newline_whatever_the_file_uses()
        {
            foreach (var lineEnd in new[] { "\n", "\r\n", "\r" })
            {
                var note = Assert.IsType<ValueStatementSyntax>(Assert.Single(CleanPlan($"municipal plan P {{{lineEnd}  note \"ett{lineEnd}två{lineEnd}{lineEnd}tre\"{lineEnd}}}").Body));

                Assert.Equal("ett\ntvå\n\ntre", Assert.IsType<StringSyntax>(note.Value).Value);
            }
        }

        [Fact]
        public void Crlf_is_one_line_break_and_cr_lf_in_reverse_order_are_two()
        {
            var text = new SourceText("t.plan", "a\r\nb\rc\nd\n\re\u2028f");

            Assert.Equal(7, text.LineCount);
            Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(3));
            Assert.Equal(new LinePosition(2, 0), text.GetLinePosition(5));
            Assert.Equal(new LinePosition(3, 0), text.GetLinePosition(7));
            Assert.Equal(new LinePosition(4, 0), text.GetLinePosition(9));
            Assert.Equal(new LinePosition(5, 0), text.GetLinePosition(10));
            Assert.Equal(new LinePosition(6, 0), text.GetLinePosition(12));
            Assert.Equal(new LinePosition(0, 1), text.GetLinePosition(1));
            Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
        }

        [Fact]
        public void Real_plans_saved_with_cr_line_endings_compile_to_the_same_diagnostics_and_models()
        {
            var lf = PlanCompilation.Create(Repository.RealPlans().Select(file => (file.Path, file.Text.Replace("\r\n", "\n"))));
            var cr = PlanCompilation.Create(Repository.RealPlans().Select(file => (file.Path, file.Text.Replace("\r\n", "\n").Replace('\n', '\r'))));

            Assert.Equal(lf.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Location.Start, diagnostic.Message)), cr.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Location.Start, diagnostic.Message)));
            Assert.Equal(lf.Models, cr.Models);
            Assert.Equal(5, cr.Plans.Count);
        }

        private static (string Id, LinePosition Start, LinePosition End)[] Positions(SyntaxTree tree) =>
            tree.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Location.Start, diagnostic.Location.End)).ToArray();
    }
}
