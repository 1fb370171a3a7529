using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>Syntax errors: one diagnostic per mistake, at the exact line and column, and the statements after it still parsed.</summary>
    public class RecoveryTests
    {
        private static (string Id, int Line, int Column) Where(Diagnostic diagnostic) =>
            (diagnostic.Id, diagnostic.Location.Start.Line, diagnostic.Location.Start.Character);

        private static string Covered(SyntaxTree tree, Diagnostic diagnostic) => tree.Text.ToString(diagnostic.Location.Span);

        private static string[] Keywords(IEnumerable<StatementSyntax> body) => body.Select(statement => statement.Keyword.Text).ToArray();

        [Fact]
        public void Three_mistakes_in_three_statements_give_three_diagnostics_and_the_rest_parses()
        {
            var text =
                "municipal plan P {\n" +
                "  ownr KrokomsKommun\n" +          // line 1: misspelt keyword
                "  period 2023..2030\n" +
                "  review monthly\n" +               // line 3: bad value
                "  revision 2028\n" +
                "  follows JamtlandRSP extra\n" +    // line 5: text after the statement
                "  source \"S\"\n" +
                "}\n";
            var tree = Parse(text);

            Assert.Collection(
                tree.Diagnostics,
                misspelt =>
                {
                    Assert.Equal(("SP0002", 1, 2), Where(misspelt));
                    Assert.Equal("ownr", Covered(tree, misspelt));
                    Assert.Contains("(did you mean 'owner'?)", misspelt.Message);
                },
                badValue =>
                {
                    Assert.Equal(("SP0001", 3, 9), Where(badValue));
                    Assert.Equal("monthly", Covered(tree, badValue));
                    Assert.Contains("'yearly' or 'every <n> years'", badValue.Message);
                },
                junk =>
                {
                    Assert.Equal(("SP0006", 5, 22), Where(junk));
                    Assert.Equal("extra", Covered(tree, junk));
                });

            var body = Assert.Single(tree.Plans).Body;
            Assert.Equal(new[] { "ownr", "period", "review", "revision", "follows", "source" }, Keywords(body));
            Assert.IsType<ErrorStatementSyntax>(body[0]);
            Assert.IsType<ValueStatementSyntax>(body[1]);
            Assert.IsType<ErrorStatementSyntax>(body[2]);
            Assert.Equal(2028m, Quantity(((ValueStatementSyntax)body[3]).Value).Value);
            Assert.Equal(new[] { "JamtlandRSP" }, Names(((ValueStatementSyntax)body[4]).Value));
            Assert.Equal("S", Assert.IsType<StringSyntax>(((ValueStatementSyntax)body[5]).Value).Value);
            Assert.Equal("ownr KrokomsKommun", tree.TextOf(body[0]));
            Assert.Equal("review monthly", tree.TextOf(body[2]));
        }

        [Fact]
        public void Stray_brace_invalid_escape_and_unterminated_string_give_three_diagnostics()
        {
            var text =
                "municipal plan A { owner X }\n" +
                "}\n" +                              // line 1: closes no block
                "municipal plan B {\n" +
                "  note \"a\\qb\"\n" +               // line 3: invalid escape
                "  owner Y\n" +
                "  source \"never closed\n" +        // line 5: no closing quote before the end of the file
                "}\n";
            var tree = Parse(text);

            Assert.Collection(
                tree.Diagnostics,
                stray =>
                {
                    Assert.Equal(("SP0005", 1, 0), Where(stray));
                    Assert.Equal("}", Covered(tree, stray));
                },
                escape =>
                {
                    Assert.Equal(("SP0007", 3, 9), Where(escape));
                    Assert.Equal("\\q", Covered(tree, escape));
                },
                unterminated =>
                {
                    Assert.Equal(("SP0003", 5, 9), Where(unterminated));
                    Assert.Equal("\"never closed", Covered(tree, unterminated));
                });

            Assert.Equal(new[] { "A", "B" }, tree.Plans.Select(plan => plan.Name.Text));
            var b = tree.Plans[1];
            Assert.Equal(new[] { "note", "owner", "source" }, Keywords(b.Body));
            Assert.Equal("never closed", Assert.IsType<StringSyntax>(((ValueStatementSyntax)b.Body[2]).Value).Value);
            Assert.EndsWith("}", tree.TextOf(b));
        }

        [Fact]
        public void Bad_values_are_reported_at_the_offending_token()
        {
            var text =
                "municipal plan P {\n" +
                "  action A {\n" +
                "    cost lots of money\n" +          // line 2, column 9
                "    completion at least\n" +         // line 3: end of line, column 23
                "    owner X\n" +
                "  }\n" +
                "  goal G {\n" +
                "    target at least in 2015\n" +     // line 7, column 20
                "    serves Q.1\n" +
                "  }\n" +
                "  period 2023..\n" +                 // line 10: range without its last year, column 15
                "  owner X\n" +
                "}\n";
            var tree = Parse(text);

            Assert.Collection(
                tree.Diagnostics,
                cost =>
                {
                    Assert.Equal(("SP0001", 2, 9), Where(cost));
                    Assert.Equal("lots", Covered(tree, cost));
                    Assert.Equal("Unexpected 'lots' in the cost statement; expected an amount (e.g. 200 kr)", cost.Message);
                },
                completion =>
                {
                    Assert.Equal(("SP0001", 3, 23), Where(completion));
                    Assert.Equal(0, completion.Location.Span.Length);
                    Assert.StartsWith("Unexpected end of line in the completion statement", completion.Message);
                },
                target =>
                {
                    Assert.Equal(("SP0001", 7, 20), Where(target));
                    Assert.Equal("in", Covered(tree, target));
                },
                range =>
                {
                    Assert.Equal(("SP0001", 10, 15), Where(range));
                    Assert.Equal("Unexpected end of line in the period statement; expected the last year of the range (e.g. 2023..2030)", range.Message);
                });

            var plan = Assert.Single(tree.Plans);
            var action = Assert.IsType<DeclarationSyntax>(plan.Body[0]);
            Assert.Equal(new[] { "cost", "completion", "owner" }, Keywords(action.Body));
            Assert.IsType<ValueStatementSyntax>(action.Body[2]);
            var goal = Assert.IsType<DeclarationSyntax>(plan.Body[1]);
            Assert.IsType<ValueStatementSyntax>(goal.Body[1]);
            Assert.Equal(new[] { "action", "goal", "period", "owner" }, Keywords(plan.Body));
        }

        [Fact]
        public void Error_in_a_nested_block_does_not_lose_the_outer_statements()
        {
            var text =
                "municipal plan P {\n" +
                "  area A {\n" +
                "    action B priority {\n" +       // line 2: header error; the whole block is skipped
                "      owner X\n" +
                "    }\n" +
                "    action C {\n" +
                "      cost 200 kr per\n" +          // line 6: error inside a nested block
                "      owner Y\n" +
                "    }\n" +
                "    goal G\n" +
                "  }\n" +
                "  period 2023..2030\n" +
                "}\n";
            var tree = Parse(text);

            Assert.Collection(
                tree.Diagnostics,
                header =>
                {
                    Assert.Equal(("SP0001", 2, 22), Where(header));
                    Assert.Equal("{", Covered(tree, header));
                },
                inner => Assert.Equal(("SP0001", 6, 21), Where(inner)));

            var plan = Assert.Single(tree.Plans);
            Assert.Equal(new[] { "area", "period" }, Keywords(plan.Body));
            var area = Assert.IsType<DeclarationSyntax>(plan.Body[0]);
            Assert.Equal(new[] { "action", "action", "goal" }, Keywords(area.Body));
            var broken = Assert.IsType<ErrorStatementSyntax>(area.Body[0]);
            Assert.Equal("action B priority {\n      owner X\n    }", tree.TextOf(broken));
            var c = Assert.IsType<DeclarationSyntax>(area.Body[1]);
            Assert.Equal(new[] { "cost", "owner" }, Keywords(c.Body));
            Assert.IsType<ValueStatementSyntax>(c.Body[1]);
            Assert.Equal("G", Assert.IsType<DeclarationSyntax>(area.Body[2]).Name.Text);
        }

        [Fact]
        public void Unknown_statement_that_opens_a_block_skips_the_whole_block()
        {
            var text =
                "municipal plan P {\n" +
                "  aria A {\n" +
                "    goal G\n" +
                "  }\n" +
                "  period 2023\n" +
                "}\n";
            var tree = Parse(text);

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal(("SP0002", 1, 2), Where(diagnostic));
            Assert.Contains("(did you mean 'area'?)", diagnostic.Message);
            var plan = Assert.Single(tree.Plans);
            Assert.Equal(new[] { "aria", "period" }, Keywords(plan.Body));
        }

        [Fact]
        public void Misspelt_keyword_inside_a_place_block_is_reported_with_a_hint()
        {
            var tree = InPlan("place K {\n  servics groceries\n  island\n}\nowner X");

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal(("SP0002", 2, 2), Where(diagnostic));
            Assert.Equal("'servics' is not a statement of a place (did you mean 'services'?); expected one of: description, exception, island, municipality, nearest, needs, note, services, status or store", diagnostic.Message);
            var plan = Assert.Single(tree.Plans);
            var place = Assert.IsType<DeclarationSyntax>(plan.Body[0]);
            Assert.Equal(new[] { "servics", "island" }, Keywords(place.Body));
            Assert.Equal("owner", plan.Body[1].Keyword.Text);
        }

        [Fact]
        public void Text_after_a_block_closing_brace_is_reported()
        {
            var tree = InPlan("place K { island } extra\nowner X");

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal(("SP0006", 1, 19), Where(diagnostic));
            Assert.Equal("Unexpected 'extra' after the place statement; a statement ends at the end of its line (a list continues on the next line after a ',')", diagnostic.Message);
            Assert.Equal(new[] { "place", "owner" }, Keywords(tree.Plans[0].Body));
        }

        [Fact]
        public void Missing_closing_brace_at_end_of_file_is_reported_at_the_opening_brace()
        {
            var text =
                "municipal plan P {\n" +
                "  owner X\n" +
                "  place K {\n" +
                "    island\n" +
                "  }\n" +
                "  period 2023\n";
            var tree = Parse(text);

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal(("SP0004", 0, 17), Where(diagnostic));
            Assert.Equal("{", Covered(tree, diagnostic));
            Assert.Equal("The block of a plan that opens here is not closed before the end of the file; add '}'", diagnostic.Message);
            var plan = Assert.Single(tree.Plans);
            Assert.Equal(new[] { "owner", "place", "period" }, Keywords(plan.Body));
        }

        [Fact]
        public void Every_unclosed_block_at_end_of_file_is_reported_innermost_first()
        {
            var tree = Parse("municipal plan P {\n  area A {\n    goal G {\n      note \"n\"\n");

            Assert.Equal(
                new[] { ("SP0004", 2, 11), ("SP0004", 1, 9), ("SP0004", 0, 17) },
                tree.Diagnostics.Select(Where));
            var goal = Assert.IsType<DeclarationSyntax>(Assert.Single(Assert.IsType<DeclarationSyntax>(Assert.Single(tree.Plans[0].Body)).Body));
            Assert.Equal("note", Assert.Single(goal.Body).Keyword.Text);
        }

        [Fact]
        public void Block_closed_by_indentation_recovery_ends_at_its_last_statement()
        {
            var tree = Parse("municipal plan P {\n  place Kluk level 3 {\n    services groceries   # g\n  place Laxsjö level 3\n}\n");

            Assert.Equal("SP0004", Assert.Single(tree.Diagnostics).Id);
            var kluk = Assert.IsType<DeclarationSyntax>(tree.Plans[0].Body[0]);
            Assert.Equal("place Kluk level 3 {\n    services groceries", tree.TextOf(kluk));
        }

        [Fact]
        public void Stray_closing_brace_between_plans_is_reported_and_both_plans_parse()
        {
            var tree = Parse("regional plan A {\n  owner X\n}\n\n  }  # extra\nannual plan B {\n  owner Y\n}\n");

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal(("SP0005", 4, 2), Where(diagnostic));
            Assert.Equal(new[] { "A", "B" }, tree.Plans.Select(plan => plan.Name.Text));
        }

        [Fact]
        public void Unterminated_string_runs_to_the_end_of_its_line_and_parsing_goes_on()
        {
            var tree = InPlan("owner X\nnote \"ingen slutparentes\nperiod 2023");

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal(("SP0003", 2, 5), Where(diagnostic));
            Assert.Equal("\"ingen slutparentes", Covered(tree, diagnostic));
            var body = Assert.Single(tree.Plans).Body;
            Assert.Equal(new[] { "owner", "note", "period" }, Keywords(body));
            Assert.Equal("ingen slutparentes", Assert.IsType<StringSyntax>(((ValueStatementSyntax)body[1]).Value).Value);
        }

        [Fact]
        public void Misspelt_plan_keyword_skips_that_plan_and_parses_the_next()
        {
            var tree = Parse("municipal paln P {\n  owner X\n}\nregional plan Q { }\n");

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal(("SP0001", 0, 10), Where(diagnostic));
            Assert.Equal("Unexpected 'paln' in the plan declaration 'municipal'; expected 'plan'", diagnostic.Message);
            Assert.Equal("Q", Assert.Single(tree.Plans).Name.Text);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n\t\n  ")]
        [InlineData("# bara en kommentar\n   # och en till")]
        public void File_without_a_plan_gets_the_empty_file_warning(string text)
        {
            var tree = Parse(text);

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal(("SP0008", 0, 0), Where(diagnostic));
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Empty(tree.Plans);
        }

        [Fact]
        public void File_with_only_a_stray_brace_gets_no_empty_file_warning()
        {
            var tree = Parse("}\n");

            Assert.Equal(("SP0005", 0, 0), Where(Assert.Single(tree.Diagnostics)));
        }

        [Fact]
        public void Control_and_bidi_characters_in_statement_position_are_named_by_code_point()
        {
            var tree = InPlan("\u202E owner X\n\0\nperiod 2023");

            Assert.Collection(
                tree.Diagnostics,
                trojanSource =>
                {
                    // Every bidirectional control is reported as such (SP0009), wherever it stands.
                    Assert.Equal(("SP0009", 1, 0), Where(trojanSource));
                    Assert.Contains("U+202E (RIGHT-TO-LEFT OVERRIDE)", trojanSource.Message);
                },
                bidi =>
                {
                    Assert.Equal(("SP0001", 1, 0), Where(bidi));
                    Assert.Equal("Unexpected character U+202E in a plan; expected a statement or '}'", bidi.Message);
                },
                nul =>
                {
                    Assert.Equal(("SP0001", 2, 0), Where(nul));
                    Assert.Contains("character U+0000", nul.Message);
                });
            Assert.Equal("period", tree.Plans[0].Body.Last().Keyword.Text);
        }

        [Fact]
        public void Statement_after_semicolon_survives_an_unknown_statement_before_it()
        {
            var tree = InPlan("place K { servics groceries; island }");

            Assert.Single(tree.Diagnostics);
            var place = Assert.IsType<DeclarationSyntax>(Assert.Single(tree.Plans[0].Body));
            Assert.Equal(new[] { "servics", "island" }, Keywords(place.Body));
        }

        [Fact]
        public void Statement_after_semicolon_survives_text_after_the_statement_before_it()
        {
            var tree = InPlan("owner X Y; period 2023");

            Assert.Equal("SP0006", Assert.Single(tree.Diagnostics).Id);
            Assert.Equal(new[] { "owner", "period" }, Keywords(tree.Plans[0].Body));
        }

        [Fact]
        public void Junk_after_a_header_with_the_brace_on_the_next_line_gives_one_diagnostic()
        {
            var tree = InPlan("place K level 3 junk\n{\n  island\n}\nperiod 2023");

            Assert.Equal("SP0006", Assert.Single(tree.Diagnostics).Id);
            Assert.Equal("period", tree.Plans[0].Body.Last().Keyword.Text);
        }

        [Fact]
        public void Error_statement_span_excludes_the_trailing_comment()
        {
            var tree = InPlan("ownr X   # kommentar");

            var error = Assert.IsType<ErrorStatementSyntax>(Assert.Single(tree.Plans[0].Body));
            Assert.Equal("ownr X", tree.TextOf(error));
        }
    }
}
