using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Corpus;
using DslPlanning.Language.Formatting;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Language.Tests.Formatting
{
    /// <summary>
    /// The canonical layout (docs/language.md, "Layout and formatting"): what it changes, that formatting twice changes
    /// nothing more, that the plans mean the same, and that a file with syntax errors is left as it is.
    /// </summary>
    public class FormatterTests
    {
        private const string Messy =
            "\n\n# header comment\n" +
            "municipal plan Krokom \"K\"   {   # trailing\n" +
            "\towner   KrokomsKommun;period 2023..2030\n" +
            "    funder Kommunstyrelsen \"Kommunstyrelsen\" municipality budget 400 000 kr per year   \n" +
            "\n\n\n" +
            "  place Kluk level 3\n" +
            "  {\n" +
            "    services groceries,\n" +
            "       fuel\n" +
            "  store turnover 3 200 000 kr, articles 1 400, open 45 h/week, year-round\n" +
            "  # about the end\n" +
            "  }\n" +
            "  area IO1 \"T\" priority 1 {\n" +
            "    goal G1.1 \"S\" result { indicator \"antal\" baseline 5 in 2023 target 5 in 2030 }\n" +
            "    action A \"H\" serves G1.1 {\n" +
            "      subsidy home-delivery-grant in 2024 { net-cost 120 000 kr; households 40; paid-by RegionJH }\n" +
            "    }\n" +
            "\n" +
            "  }\n" +
            "}";

        private const string Canonical =
            "# header comment\n" +
            "municipal plan Krokom \"K\" {   # trailing\n" +
            "  owner KrokomsKommun\n" +
            "  period 2023..2030\n" +
            "  funder Kommunstyrelsen \"Kommunstyrelsen\" municipality budget 400 000 kr per year\n" +
            "\n" +
            "  place Kluk level 3 {\n" +
            "    services groceries,\n" +
            "      fuel\n" +
            "    store turnover 3 200 000 kr, articles 1 400, open 45 h/week, year-round\n" +
            "    # about the end\n" +
            "  }\n" +
            "  area IO1 \"T\" priority 1 {\n" +
            "    goal G1.1 \"S\" result {\n" +
            "      indicator \"antal\" baseline 5 in 2023 target 5 in 2030\n" +
            "    }\n" +
            "    action A \"H\" serves G1.1 {\n" +
            "      subsidy home-delivery-grant in 2024 {\n" +
            "        net-cost 120 000 kr\n" +
            "        households 40\n" +
            "        paid-by RegionJH\n" +
            "      }\n" +
            "    }\n" +
            "  }\n" +
            "}\n";

        [Fact]
        public void A_messy_plan_gets_the_canonical_layout_and_keeps_its_meaning()
        {
            var result = PlanFormatter.Format("k.plan", Messy);

            Assert.True(result.IsFormatted, result.Problem);
            Assert.True(result.Changed);
            Assert.Equal(Canonical, result.Text);
            Assert.Null(LosslessChecks.FormatterProblem("k.plan", Messy));
        }

        [Fact]
        public void The_canonical_layout_is_left_as_it_is()
        {
            var result = PlanFormatter.Format("k.plan", Canonical);

            Assert.True(result.IsFormatted);
            Assert.False(result.Changed);
            Assert.Equal(Canonical, result.Text);
        }

        [Fact]
        public void Every_real_plan_is_formatted_and_keeps_its_meaning()
        {
            foreach (var (path, text) in Repository.RealPlans())
            {
                var result = PlanFormatter.Format(path, text);
                Assert.True(result.IsFormatted && !result.Changed, $"{path} is not formatted: run 'dslplanning format plans' ({result.Problem})");
                Assert.Null(LosslessChecks.FormatterProblem(path, text));
            }
        }

        [Fact]
        public void A_real_plan_whose_indentation_was_stripped_is_formatted_back_byte_for_byte()
        {
            foreach (var (path, text) in Repository.RealPlans())
            {
                var stripped = StripIndentation(text);
                Assert.NotEqual(text, stripped);

                Assert.Equal(text, PlanFormatter.Format(path, stripped).Text);
            }
        }

        [Fact]
        public void Corpus_plans_with_stripped_indentation_and_doubled_spaces_format_to_one_text_that_means_the_same()
        {
            // Every 10th plan of the national corpus: its three kinds of plans, 46 files.
            var corpus = NationalCorpus.Generate().Where((_, index) => index % 10 == 0).ToList();
            foreach (var (path, text) in corpus)
            {
                var formatted = PlanFormatter.Format(path, text);
                Assert.True(formatted.IsFormatted, path + ": " + formatted.Problem);
                var disturbed = StripIndentation(DoubleSpaces(formatted.Text));
                Assert.Equal(formatted.Text, PlanFormatter.Format(path, disturbed).Text);
                Assert.Null(LosslessChecks.FormatterProblem(path, text));
                Assert.Null(LosslessChecks.FormatterProblem(path, disturbed));
            }
        }

        [Theory]
        [InlineData("municipal plan P {\n  period 2023..\n}\n")]
        [InlineData("municipal plan P {\n  owner K\n")]
        [InlineData("municipal plan P {\n  bogus   x\n}\n")]
        public void A_file_with_syntax_errors_is_left_as_it_is_and_the_first_error_is_named(string text)
        {
            var result = PlanFormatter.Format("p.plan", text);

            Assert.False(result.IsFormatted);
            Assert.False(result.Changed);
            Assert.Same(text, result.Text);
            Assert.NotNull(result.Error);
            Assert.Equal($"it has syntax errors (first: {result.Error!.Id} at line {result.Error.Location.Start.Line + 1})", result.Problem);
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\r")]
        [InlineData("\n")]
        public void The_file_keeps_its_line_ends(string lineEnd)
        {
            var result = PlanFormatter.Format("p.plan", Messy.Replace("\n", lineEnd));

            Assert.Equal(Canonical.Replace("\n", lineEnd), result.Text);
        }

        [Fact]
        public void Strings_are_kept_as_written_even_across_lines()
        {
            const string text = "municipal plan P {\n  note \"två   rader\n    # inte en kommentar\n  slut\"\n}\n";

            Assert.Equal(text, PlanFormatter.Format("p.plan", text).Text);
        }

        [Fact]
        public void A_text_whose_tokens_formatting_would_change_is_left_as_it_is()
        {
            // "40  000" is two numbers; "40 000" is one (digit grouping): the formatter keeps such spaces, and checks that it did.
            var result = FormattedPlan.From("households 40  000\n", "households 40 000\n");

            Assert.False(result.IsFormatted);
            Assert.Equal("households 40  000\n", result.Text);
            Assert.StartsWith("the formatter would change its tokens", result.Problem);
        }

        /// <summary>The text with two spaces wherever one stands between tokens, but between a number and digits.</summary>
        private static string DoubleSpaces(string text)
        {
            var tokens = Lexer.Scan(text);
            var builder = new System.Text.StringBuilder(text);
            for (var index = tokens.Count - 1; index > 0; index--)
            {
                var (previous, next) = (tokens[index - 1], tokens[index]);
                if (next.Span.Start - previous.Span.End == 1 && text[previous.Span.End] == ' ' && !(previous.Kind == SyntaxTokenKind.Number && char.IsDigit(text[next.Span.Start])))
                {
                    builder.Insert(previous.Span.End, ' ');
                }
            }

            return builder.ToString();
        }

        /// <summary>The text with the spaces at the start of each line removed, but inside strings that span lines.</summary>
        private static string StripIndentation(string text)
        {
            var strings = Lexer.Scan(text).Where(token => token.Kind == SyntaxTokenKind.String).Select(token => token.Span).ToList();
            return Regex.Replace(text, @"(?<=^|\n)[ \t]+", match => strings.Any(span => span.Start < match.Index && match.Index < span.End) ? match.Value : string.Empty);
        }
    }
}
