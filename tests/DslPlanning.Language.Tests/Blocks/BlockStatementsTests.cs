using System.Linq;
using DslPlanning.Language.Blocks;

namespace DslPlanning.Language.Tests.Blocks
{
    public class BlockStatementsTests
    {
        [Fact]
        public void A_blocks_statements_are_its_tables_entries_in_order_with_the_fact_statement_last()
        {
            Assert.Equal(
                BlockTables.All.Single(table => table.Name == "subsidy").Statements.Select(entry => entry.Keyword).Append("<fact>"),
                BlockStatements.Of("subsidy").Select(statement => statement.Keyword));
            Assert.True(BlockStatements.Of("subsidy").Last().IsFallback);
        }

        [Fact]
        public void A_statement_says_how_it_is_written_what_it_means_its_example_and_whether_it_is_given_once()
        {
            var owner = BlockStatements.Of("action").Single(statement => statement.Keyword == "owner");
            var period = BlockStatements.Of("action").Single(statement => statement.Keyword == "period");

            Assert.Equal("owner <actor>, …", owner.Syntax);
            Assert.Equal("responsible (ansvarig utförare)", owner.Description);
            Assert.Equal("owner Näringslivskontoret", owner.Example);
            Assert.False(owner.Once);
            Assert.True(period.Once);
        }

        [Fact]
        public void A_word_that_names_no_block_has_no_statements_and_no_header_clauses()
        {
            Assert.Empty(BlockStatements.Of("owner"));
            Assert.Empty(BlockStatements.HeaderClauses("owner"));
        }

        [Fact]
        public void The_header_clauses_are_those_the_grammar_reads_after_a_declarations_name()
        {
            Assert.Equal(new[] { "priority", "serves" }, BlockStatements.HeaderClauses("area"));
            Assert.Equal(new[] { "in", "for" }, BlockStatements.HeaderClauses("subsidy"));
            Assert.Equal(new[] { "level" }, BlockStatements.HeaderClauses("place"));
            Assert.Empty(BlockStatements.HeaderClauses("actor"));
        }
    }
}
