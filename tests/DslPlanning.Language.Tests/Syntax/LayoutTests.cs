using System.Linq;
using DslPlanning.Language.Syntax;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>Line structure: statement ends, list continuation, one-line blocks, braces on the next line, comments, CRLF.</summary>
    public class LayoutTests
    {
        [Fact]
        public void List_continues_on_the_next_line_after_a_comma_with_comments_between()
        {
            var text =
                "action A {\n" +
                "  places Kluk,        # första\n" +
                "    # en kommentarsrad mitt i listan\n" +
                "\n" +
                "    Laxsjö,\n" +
                "    Rötviken          # sista\n" +
                "  note \"n\"\n" +
                "}";
            var action = Single<DeclarationSyntax>(text);

            Assert.Equal(2, action.Body.Count);
            var places = Assert.IsType<ValueStatementSyntax>(action.Body[0]);
            Assert.Equal(new[] { "Kluk", "Laxsjö", "Rötviken" }, Names(places.Value));
            Assert.EndsWith("Rötviken", TextIn(text, places));
            Assert.StartsWith("places Kluk,", TextIn(text, places));
        }

        [Fact]
        public void Fact_list_and_funding_continue_after_a_comma()
        {
            var place = Single<DeclarationSyntax>(
                "place Kluk {\n" +
                "  store turnover 3 200 000 kr,\n" +
                "        articles 1 400,   # sortiment\n" +
                "        year-round\n" +
                "}");
            var store = Assert.IsType<FactListSyntax>(Assert.Single(place.Body));
            Assert.Equal(new[] { "turnover", "articles", "year-round" }, store.Facts.Select(fact => fact.Name.Text));

            var action = Single<DeclarationSyntax>("action A {\n  funding Kommunstyrelsen 50 %,\n          RegionJH 50 %\n}");
            var funding = Assert.IsType<FundingSyntax>(Assert.Single(action.Body));
            Assert.Equal(new[] { "Kommunstyrelsen", "RegionJH" }, funding.Items.Select(item => item.Funder.ToString()));
        }

        [Fact]
        public void Semicolon_separates_statements_on_one_line()
        {
            var statements = Statements("owner X; period 2023..2030 ;review yearly;;");

            Assert.Equal(new[] { "owner", "period", "review" }, statements.Select(statement => statement.Keyword.Text));
        }

        [Fact]
        public void One_line_blocks()
        {
            var text = "place Kluk { services groceries; island }\nlevel 1 \"Centralort\" { description \"d\" }\nplace Tom {}";
            var statements = Statements(text);

            var kluk = Assert.IsType<DeclarationSyntax>(statements[0]);
            Assert.Equal(new[] { "services", "island" }, kluk.Body.Select(statement => statement.Keyword.Text));
            Assert.Equal("place Kluk { services groceries; island }", TextIn(text, kluk));
            Assert.Equal("island", TextIn(text, kluk.Body[1]));
            Assert.Single(Assert.IsType<DeclarationSyntax>(statements[1]).Body);
            Assert.Empty(Assert.IsType<DeclarationSyntax>(statements[2]).Body);
        }

        [Fact]
        public void Whole_plan_on_one_line()
        {
            var plan = CleanPlan("municipal plan P \"t\" { owner X; period 2023; place K { island } }");

            Assert.Equal(new[] { "owner", "period", "place" }, plan.Body.Select(statement => statement.Keyword.Text));
        }

        [Fact]
        public void Opening_brace_may_stand_on_the_next_line()
        {
            var text =
                "municipal plan P \"t\"   # rubrik\n" +
                "{\n" +
                "  place Kluk level 3\n" +
                "  {\n" +
                "    island\n" +
                "  }\n" +
                "  action A priority high\n" +
                "    # kommentar före klammern\n" +
                "\n" +
                "  {\n" +
                "    subsidy home-delivery-grant in 2024\n" +
                "    {\n" +
                "      households 40\n" +
                "    }\n" +
                "  }\n" +
                "}\n";
            var tree = Parse(text);

            AssertNoDiagnostics(tree);
            var plan = Assert.Single(tree.Plans);
            Assert.Equal("t", plan.Title!.Value);
            var place = Assert.IsType<DeclarationSyntax>(plan.Body[0]);
            Assert.Equal("island", Assert.Single(place.Body).Keyword.Text);
            Assert.Equal("place Kluk level 3\n  {\n    island\n  }", tree.TextOf(place));
            var action = Assert.IsType<DeclarationSyntax>(plan.Body[1]);
            var subsidy = Assert.IsType<DeclarationSyntax>(Assert.Single(action.Body));
            Assert.Equal("households", Assert.Single(subsidy.Body).Keyword.Text);
            Assert.EndsWith("}", tree.TextOf(plan));
        }

        [Fact]
        public void Declaration_without_block_is_not_joined_to_the_next_statement()
        {
            var statements = Statements("place Kluk level 3\nplace Laxsjö\n\ngoal G1 \"g\"\ngoal G2 \"h\" result");

            Assert.Equal(4, statements.Count);
            Assert.All(statements, statement => Assert.Empty(Assert.IsType<DeclarationSyntax>(statement).Body));
        }

        [Fact]
        public void Comments_everywhere()
        {
            var text =
                "# Källa: §2.4.2 \"citat\" { }\n" +
                "   # indragen kommentar\n" +
                "municipal plan P { # efter klammern\n" +
                "  # före en sats\n" +
                "  owner X # efter en sats\n" +
                "  period 2023..2030# direkt efter\n" +
                "  place K {   # i ett block\n" +
                "    island    # flagga\n" +
                "  }           # efter blocket\n" +
                "} # slut\n" +
                "# sista raden utan radslut";
            var tree = Parse(text);

            AssertNoDiagnostics(tree);
            var plan = Assert.Single(tree.Plans);
            Assert.Equal(new[] { "owner", "period", "place" }, plan.Body.Select(statement => statement.Keyword.Text));
            Assert.Equal("owner X", tree.TextOf(plan.Body[0]));
            Assert.Equal("period 2023..2030", tree.TextOf(plan.Body[1]));
            Assert.Equal("place K {   # i ett block\n    island    # flagga\n  }", tree.TextOf(plan.Body[2]));
        }

        [Fact]
        public void Crlf_line_endings_give_the_same_tree_shape_and_values_as_lf()
        {
            var lf =
                "municipal plan P \"t\" {\n" +
                "  owner X   # kommentar\n" +
                "  follows A,\n" +
                "    B\n" +
                "  place Kluk level 3\n" +
                "  {\n" +
                "    store turnover 3 200 000 kr, articles 1 400\n" +
                "    island\n" +
                "  }\n" +
                "}\n";
            var crlfTree = Parse(lf.Replace("\n", "\r\n"));
            var lfTree = Parse(lf);

            AssertNoDiagnostics(crlfTree);
            var crlfPlan = Assert.Single(crlfTree.Plans);
            var lfPlan = Assert.Single(lfTree.Plans);
            Assert.Equal(lfPlan.Body.Select(statement => lfTree.TextOf(statement).Replace("\n", "\r\n")), crlfPlan.Body.Select(statement => crlfTree.TextOf(statement)));
            Assert.Equal("owner X", crlfTree.TextOf(crlfPlan.Body[0]));
            Assert.Equal(new[] { "A", "B" }, Names(((ValueStatementSyntax)crlfPlan.Body[1]).Value));
            var store = Assert.IsType<FactListSyntax>(Assert.IsType<DeclarationSyntax>(crlfPlan.Body[2]).Body[0]);
            Assert.Equal(1_400m, Quantity(store.Facts[1].Value).Value);
        }

        [Fact]
        public void Crlf_diagnostic_positions_match_lf_for_a_token_error()
        {
            var lf = "municipal plan P {\n  owner X\n  review monthly\n}\n";
            var lfDiagnostic = Assert.Single(Parse(lf).Diagnostics);
            var crlfDiagnostic = Assert.Single(Parse(lf.Replace("\n", "\r\n")).Diagnostics);

            Assert.Equal("SP0001", crlfDiagnostic.Id);
            Assert.Equal((2, 9), (lfDiagnostic.Location.Start.Line, lfDiagnostic.Location.Start.Character));
            Assert.Equal(lfDiagnostic.Location.Start, crlfDiagnostic.Location.Start);
            Assert.Equal(lfDiagnostic.Location.Span.Length, crlfDiagnostic.Location.Span.Length);
        }

        [Fact]
        public void Crlf_end_of_line_error_has_the_same_column_as_lf()
        {
            var lf = "municipal plan P {\n  revision\n}\n";
            var lfDiagnostic = Assert.Single(Parse(lf).Diagnostics);
            var crlfDiagnostic = Assert.Single(Parse(lf.Replace("\n", "\r\n")).Diagnostics);

            Assert.Equal((1, 10), (lfDiagnostic.Location.Start.Line, lfDiagnostic.Location.Start.Character));
            Assert.Equal(lfDiagnostic.Location.Start, crlfDiagnostic.Location.Start);
        }

        [Fact]
        public void Crlf_string_spanning_lines_has_the_same_value_as_lf()
        {
            var value = Assert.IsType<StringSyntax>(Assert.IsType<ValueStatementSyntax>(
                Assert.Single(CleanPlan("municipal plan P {\r\n  note \"rad ett\r\nrad två\"\r\n}\r\n").Body)).Value);

            Assert.Equal("rad ett\nrad två", value.Value);
        }

        [Fact]
        public void Unindented_nested_blocks_parse_cleanly()
        {
            var area = Single<DeclarationSyntax>("area A {\naction B {\nowner X\nsubsidy service-grant {\nturnover 1 000 kr\n}\n}\ngoal G\n}");

            var action = Assert.IsType<DeclarationSyntax>(area.Body[0]);
            Assert.Equal(new[] { "owner", "subsidy" }, action.Body.Select(statement => statement.Keyword.Text));
            Assert.Equal("goal", area.Body[1].Keyword.Text);
        }

        [Fact]
        public void Unindented_subsidy_with_a_place_fact_parses_cleanly()
        {
            var action = Single<DeclarationSyntax>("action A {\nsubsidy operating-aid {\nplace Kluk\nturnover 1 000 kr\n}\n}");

            var subsidy = Assert.IsType<DeclarationSyntax>(Assert.Single(action.Body));
            Assert.Equal(new[] { "place", "turnover" }, subsidy.Body.Select(statement => statement.Keyword.Text));
        }

        [Fact]
        public void Unindented_scheme_with_a_place_term_parses_cleanly()
        {
            var scheme = Single<DeclarationSyntax>("scheme operating-aid {\nplace Kluk\n}");

            Assert.Equal("place", Assert.Single(scheme.Body).Keyword.Text);
        }

        [Fact]
        public void Closing_brace_left_of_its_header_still_closes_its_block()
        {
            var plan = CleanPlan("municipal plan P {\n  area A {\n    action B {\n      owner X\n}\n  }\n}\n");

            var area = Assert.IsType<DeclarationSyntax>(Assert.Single(plan.Body));
            Assert.Equal("owner", Assert.Single(Assert.IsType<DeclarationSyntax>(Assert.Single(area.Body)).Body).Keyword.Text);
        }

        [Fact]
        public void Byte_order_mark_tabs_and_no_break_spaces_are_spaces()
        {
            var tree = Parse("\uFEFFmunicipal plan P {\n\towner\tX\u00A0\n\tperiod 2023\n}");

            AssertNoDiagnostics(tree);
            var plan = Assert.Single(tree.Plans);
            Assert.Equal("owner\tX", tree.TextOf(plan.Body[0]));
            Assert.Equal("municipal", tree.TextOf(plan.Keyword));
        }

        [Fact]
        public void Last_statement_without_a_newline_at_the_end_of_the_file()
        {
            var plan = CleanPlan("municipal plan P {\n  owner X }");

            Assert.Equal("owner", Assert.Single(plan.Body).Keyword.Text);
        }
    }
}
