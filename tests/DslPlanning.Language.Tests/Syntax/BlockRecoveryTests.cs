using System.Linq;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>A missing '}' is found where the next statement of the enclosing block starts, not at the end of the file.</summary>
    public class BlockRecoveryTests
    {
        private const string MissingBrace = """
            municipal plan Krokom {
              place Kluk level 3 {
                services groceries
              place Laxsjö level 3
              area IO1 {
                action A
              }
            }
            """;

        [Fact]
        public void An_unclosed_block_is_reported_at_its_brace_and_closed_before_the_outer_statement()
        {
            var tree = PlanParser.Parse("k.plan", MissingBrace);

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal("SP0004", diagnostic.Id);
            Assert.Equal("2,22", diagnostic.Position());
            Assert.Contains("The block of a place that opens here is not closed before line 4", diagnostic.Message);
            var declarations = tree.Plans.Single().Body.OfType<DeclarationSyntax>().Select(declaration => declaration.Name.Text);
            Assert.Equal(new[] { "Kluk", "Laxsjö", "IO1" }, declarations);
        }

        [Fact]
        public void A_statement_indented_deeper_than_the_block_header_stays_in_the_block()
        {
            var tree = PlanParser.Parse("k.plan", "municipal plan K {\n  place Kluk {\n      area X\n  }\n}\n");

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal("SP0002", diagnostic.Id);
            Assert.Equal("3,7", diagnostic.Position());
        }

        [Fact]
        public void A_dangling_year_range_asks_for_the_last_year()
        {
            var diagnostic = Compile.InPlan("period 2023..").Single();

            Assert.Equal("SP0001", diagnostic.Id);
            Assert.Equal("2,16", diagnostic.Position());
            Assert.Contains("expected the last year of the range", diagnostic.Message);
        }
    }
}
