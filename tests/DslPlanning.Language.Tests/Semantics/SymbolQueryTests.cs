using System;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>The queries a language server asks (<see cref="SymbolQueries"/>) on two small plans.</summary>
    public class SymbolQueryTests
    {
        private const string Regional = """
            regional plan R {
              area IO1 "Tillgänglighet"
              goal 3.1
              goal 3.2
              goal 3.3
              funder Anslag "1:1-anslaget"
            }
            """;

        private const string Municipal = """
            municipal plan M {
              follows R
              actor Kommunen "Kommunen"
              funder Kommunstyrelsen
              area A priority 1 serves R.IO1 {
                goal G
                action X serves G, R.3.1–3.3 {
                  owner Kommunen
                  funding Kommunstyrelsen 50 %, R.Anslag 50 %
                }
              }
              action Y serves A { owner Kommunen }
            }
            """;

        private static readonly SymbolQueries Queries = SymbolQueries.Of(Compile.Files(("m.plan", Municipal), ("r.plan", Regional)));

        [Theory]
        [InlineData("owner Kommunen\n", "Kommunen", "actor M.Kommunen")]
        [InlineData("actor Kommunen", "Kommunen", "actor M.Kommunen")]
        [InlineData("serves R.IO1", "IO1", "area R.IO1")]
        [InlineData("serves R.IO1", "R", "plan R")]
        [InlineData("follows R", "R", "plan R")]
        [InlineData("plan M", "M", "plan M")]
        [InlineData("R.3.1–3.3", "3.3", "goal R.3.3")]
        [InlineData("R.Anslag", "Anslag", "funder R.Anslag")]
        public void The_symbol_at_an_offset_is_the_one_named_there_with_the_span_of_that_name(string context, string name, string expected)
        {
            var offset = Offset(Municipal, context, name);

            foreach (var at in new[] { offset, offset + (name.Length / 2), offset + name.Length })
            {
                var found = Queries.SymbolAt("m.plan", at)!;
                Assert.Equal(expected, Describe(found.Symbol));
                Assert.Equal(name, Municipal.Substring(found.Span.Start, found.Span.Length));
            }
        }

        [Theory]
        [InlineData("owner Kommunen", "owner")]
        [InlineData("A priority 1", "priority")]
        [InlineData("\"Kommunen\"", "Kommunen")]
        [InlineData("50 %", "50")]
        public void No_symbol_is_found_on_a_keyword_a_text_or_a_number(string context, string part) =>
            Assert.Null(Queries.SymbolAt("m.plan", Offset(Municipal, context, part) + (part.Length / 2)));

        [Fact]
        public void No_symbol_is_found_in_an_unknown_file_or_outside_the_text() =>
            Assert.Equal(new SymbolOccurrence?[] { null, null, null }, new[] { Queries.SymbolAt("x.plan", 10), Queries.SymbolAt("m.plan", -1), Queries.SymbolAt("m.plan", 100_000) });

        [Fact]
        public void The_declaration_of_another_plans_goal_is_in_that_plans_file()
        {
            var declaration = Queries.Declaration(Queries.SymbolAt("m.plan", Offset(Municipal, "serves R.IO1", "IO1"))!.Symbol)!;

            Assert.Equal("r.plan", declaration.Path);
            Assert.True(declaration.IsDeclaration);
            Assert.Equal(Offset(Regional, "area IO1", "IO1"), declaration.Span.Start);
        }

        [Fact]
        public void A_rule_and_an_undeclared_name_have_no_declaration()
        {
            Assert.Null(Queries.Declaration(new RuleKey("SP5001")));
            Assert.Null(Queries.Declaration(new ElementKey(SymbolKind.Goal, "R", "9.9")));
            Assert.Null(Queries.Declaration(new PlanKey("Nowhere")));
        }

        [Fact]
        public void References_are_every_use_in_every_plan_by_file_and_position_with_the_declaration_first_when_asked()
        {
            var kommunen = new ElementKey(SymbolKind.Actor, "M", "Kommunen");

            Assert.Equal(
                new[] { Offset(Municipal, "owner Kommunen\n", "Kommunen"), Offset(Municipal, "{ owner Kommunen", "Kommunen") },
                Queries.References(kommunen, includeDeclaration: false).Select(reference => reference.Span.Start));
            Assert.Equal(
                new[] { true, false, false },
                Queries.References(kommunen, includeDeclaration: true).Select(reference => reference.IsDeclaration));
        }

        [Fact]
        public void A_plans_references_are_its_plans_of_follows_and_the_plan_parts_of_names_qualified_with_it()
        {
            var references = Queries.References(new PlanKey("R"), includeDeclaration: true);

            Assert.Equal(
                new[] { ("r.plan", true), ("m.plan", false), ("m.plan", false), ("m.plan", false), ("m.plan", false) },
                references.Select(reference => (reference.Path, reference.IsDeclaration)));
            Assert.All(references.Skip(1), reference => Assert.Equal("R", Municipal.Substring(reference.Span.Start, reference.Span.Length)));
        }

        [Fact]
        public void A_goal_a_range_stands_for_is_referenced_at_the_range()
        {
            var reference = Queries.References(new ElementKey(SymbolKind.Goal, "R", "3.2"), includeDeclaration: false).Single();

            Assert.Equal("R.3.1–3.3", Municipal.Substring(reference.Span.Start, reference.Span.Length));
        }

        [Fact]
        public void Highlights_are_the_declaration_and_the_references_in_one_file()
        {
            var funder = new ElementKey(SymbolKind.Funder, "R", "Anslag");

            Assert.Equal(new[] { Offset(Municipal, "R.Anslag", "Anslag") }, Queries.Highlights(funder, "m.plan").Select(highlight => highlight.Span.Start));
            Assert.Equal(new[] { true }, Queries.Highlights(funder, "r.plan").Select(highlight => highlight.IsDeclaration));
        }

        [Fact]
        public void The_enclosing_declarations_run_from_the_plan_inwards()
        {
            var chain = Queries.EnclosingDeclarations("m.plan", Offset(Municipal, "funding Kommunstyrelsen", "funding"));

            Assert.Equal(new[] { "M", "A", "X" }, chain.Select(Name));
            Assert.Equal(new[] { "M" }, Queries.EnclosingDeclarations("m.plan", Offset(Municipal, "action Y", "action") - 1).Select(Name));
            Assert.Empty(Queries.EnclosingDeclarations("m.plan", Municipal.Length));
            Assert.Empty(Queries.EnclosingDeclarations("x.plan", 0));
        }

        [Fact]
        public void A_plan_sees_its_own_elements_by_name_and_the_other_plans_elements_qualified()
        {
            Assert.Equal(
                new[] { "Kommunstyrelsen", "R.Anslag" },
                Queries.VisibleFrom("M", SymbolKind.Funder).Select(symbol => symbol.Name));
            Assert.Equal(
                new[] { ("IO1", "Tillgänglighet"), ("M.A", (string?)null) },
                Queries.VisibleFrom("R", SymbolKind.Area).Select(symbol => (symbol.Name, symbol.Title)));
            Assert.Empty(Queries.VisibleFrom("Nowhere", SymbolKind.Area));
        }

        private static string Name(StatementSyntax statement) => statement switch
        {
            PlanSyntax plan => plan.Name.Text,
            DeclarationSyntax declaration => declaration.Name.Text,
            _ => throw new ArgumentException(statement.ToString()),
        };

        /// <summary>The offset of <paramref name="part"/> within the first occurrence of <paramref name="context"/>.</summary>
        internal static int Offset(string text, string context, string part)
        {
            var at = text.IndexOf(context, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{context}' is in the text");
            var within = context.IndexOf(part, StringComparison.Ordinal);
            Assert.True(within >= 0, $"'{part}' is in '{context}'");
            return at + within;
        }

        internal static string Describe(SymbolKey symbol) => symbol switch
        {
            ElementKey element => $"{DslPlanning.Language.Semantics.Symbol.Describe(element.Kind)} {element.Plan}.{element.Name}",
            _ => symbol.Describe(),
        };
    }
}
