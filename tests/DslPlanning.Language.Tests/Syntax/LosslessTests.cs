using System.Linq;
using DslPlanning.Corpus;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Tests.Shared;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>
    /// The tree keeps every character: tokens with their trivia print the source back, every node starts and ends at
    /// tokens, comments belong to the statement they precede or end, and text error recovery skipped is skipped-text trivia.
    /// The nasty inputs, prefixes and cut lines of <see cref="RobustnessTests"/> are checked the same way.
    /// </summary>
    public class LosslessTests
    {
        [Fact]
        public void Every_real_plan_prints_back_byte_for_byte_and_its_nodes_start_and_end_at_tokens()
        {
            foreach (var (path, text) in Repository.RealPlans())
            {
                var tree = Parse(text);
                Assert.Null(LosslessChecks.TreeProblem(tree));
                Assert.Empty(tree.Tokens.SkippedText);
            }
        }

        [Fact]
        public void Every_plan_of_the_national_corpus_prints_back_and_its_nodes_start_and_end_at_tokens()
        {
            var corpus = NationalCorpus.Generate();
            Assert.Equal(NationalCorpus.Regions * (1 + NationalCorpus.AnnualPlansPerRegion) + NationalCorpus.Municipalities, corpus.Count);
            foreach (var (path, text) in corpus)
            {
                var tree = PlanParserFor(path, text);
                Assert.Null(LosslessChecks.TreeProblem(tree) is { } problem ? path + ": " + problem : null);
                Assert.Empty(tree.Tokens.SkippedText);
            }
        }

        [Theory]
        [InlineData(HostilePlanText.Plan)]
        [InlineData(HostilePlanText.BrokenPlan)]
        [InlineData("\uFEFFmunicipal plan P {\r\n  owner K\r  note \"a\r\nb\"\u2028}\u0085")]
        [InlineData("")]
        [InlineData("# only a comment")]
        [InlineData("municipal plan P {\n  bogus X {\n    description \"cut off at the end of the file   ")] // found by the property tests: a skipped statement ending in an unclosed string and spaces
        public void Hostile_and_odd_texts_print_back_and_their_nodes_start_and_end_at_tokens(string text) =>
            Assert.Null(LosslessChecks.TreeProblem(Parse(text)));

        [Fact]
        public void Tokens_keep_numbers_with_digit_groups_and_decimals_whole_and_what_is_glued_to_them_apart()
        {
            var tree = InPlan("funder F budget 3 200 000 kr per year\nplace K {\n  nearest groceries 10,1km\n}\nadopted 2012-01-12");

            var texts = tree.Tokens.Where(token => token.Kind == SyntaxTokenKind.Number).Select(token => token.Text);

            Assert.Equal(new[] { "3 200 000", "10,1", "2012", "01", "12" }, texts);
            Assert.Contains(tree.Tokens, token => token.Kind == SyntaxTokenKind.Name && token.Text == "km" && token.LeadingTrivia.Count == 0);
        }

        [Fact]
        public void A_statement_that_cannot_be_parsed_is_skipped_text_before_the_next_token()
        {
            var tree = InPlan("  bogus X { Y }\n  owner K");

            var skipped = Assert.Single(tree.Tokens.SkippedText);
            Assert.Equal("bogus X { Y }", skipped.Text);
            var owner = tree.Tokens.Single(token => token.Text == "owner");
            Assert.Equal(new[] { SyntaxTriviaKind.Whitespace, SyntaxTriviaKind.SkippedText, SyntaxTriviaKind.EndOfLine, SyntaxTriviaKind.Whitespace }, owner.LeadingTrivia.Select(trivia => trivia.Kind));
            Assert.Null(LosslessChecks.TreeProblem(tree));
        }

        [Theory]
        [InlineData("municipal plan P {\n}\n} }\n", "} }")]
        [InlineData("municipal plan P {\n  owner K L # c\n}\n", "L")]
        [InlineData("§ municipal plan P {\n}\n", "§ municipal plan P {|}")]
        public void Text_no_statement_takes_is_skipped_text(string text, string expected)
        {
            var tree = Parse(text);

            Assert.NotEmpty(tree.Diagnostics);
            Assert.Equal(expected, string.Join("|", tree.Tokens.SkippedText.Select(trivia => trivia.Text)));
            Assert.Null(LosslessChecks.TreeProblem(tree));
        }

        [Fact]
        public void An_unterminated_string_is_a_token_to_its_last_character_on_the_line()
        {
            var tree = InPlan("note \"abc  \nowner K");

            var note = tree.Tokens.Single(token => token.Kind == SyntaxTokenKind.String);
            Assert.Equal("\"abc", note.Text);
            Assert.Equal(new[] { "  ", "\n" }, note.TrailingTrivia.Select(trivia => trivia.Text));
            Assert.Null(LosslessChecks.TreeProblem(tree));
        }

        [Fact]
        public void Comments_belong_to_the_statement_they_precede_or_end()
        {
            const string text = "municipal plan P {\n  # the period\n  # (two lines)\n  period 2023..2030   # Förord\n\n  # owner\n  owner K\n}\n";
            var tree = Parse(text);
            var (period, owner) = (tree.Plans[0].Body[0], tree.Plans[0].Body[1]);

            Assert.Equal(new[] { "# the period", "# (two lines)" }, tree.Tokens.LeadingComments(period).Select(comment => comment.Text));
            Assert.Equal("# Förord", Assert.Single(tree.Tokens.TrailingComments(period)).Text);
            Assert.Equal("# owner", Assert.Single(tree.Tokens.LeadingComments(owner)).Text);
            Assert.Empty(tree.Tokens.TrailingComments(owner));
            Assert.Equal(new[] { "period", "2023", "..", "2030" }, tree.Tokens.TokensIn(period.Span).Select(token => token.Text));
        }

        [Fact]
        public void Trailing_trivia_runs_to_the_line_end_and_leading_trivia_holds_the_lines_before()
        {
            var tree = Parse("municipal plan P { # c\n\n  owner K\n}");

            var brace = tree.Tokens.First(token => token.Kind == SyntaxTokenKind.OpenBrace);
            Assert.Equal(new[] { " ", "# c", "\n" }, brace.TrailingTrivia.Select(trivia => trivia.Text));
            var owner = tree.Tokens.Single(token => token.Text == "owner");
            Assert.Equal(new[] { "\n", "  " }, owner.LeadingTrivia.Select(trivia => trivia.Text));
            Assert.Equal(SyntaxTokenKind.EndOfFile, tree.Tokens[tree.Tokens.Count - 1].Kind);
        }

        private static SyntaxTree PlanParserFor(string path, string text) => Language.Parsing.PlanParser.Parse(path, text);
    }
}
