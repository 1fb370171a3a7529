using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Blocks
{
    /// <summary>The block tables drive the grammar, the binder and SP1009: every statement they list parses and binds.</summary>
    public class BlockTableTests
    {
        public static IEnumerable<object[]> Tables() => BlockTables.All.Select(table => new object[] { table.Name });

        private static BlockTable Table(string name) => BlockTables.All.Single(table => table.Name == name);

        private static IEnumerable<StatementEntry> EntriesOf(BlockTable table) =>
            table.Fallback is null ? table.Statements : table.Statements.Append(table.Fallback);

        [Fact]
        public void Every_block_has_a_table_with_statements_of_distinct_keywords()
        {
            Assert.Equal(new[] { "plan", "level", "actor", "funder", "place", "area", "goal", "action", "subsidy", "scheme" }, BlockTables.All.Select(table => table.Name));
            Assert.All(BlockTables.All, table =>
            {
                Assert.True(BlockContexts.Has(table), "no test context for the block " + table.Name);
                Assert.NotEmpty(table.Statements);
                Assert.Equal(table.Statements.Count, table.Statements.Select(statement => statement.Keyword).Distinct().Count());
                Assert.All(EntriesOf(table), statement => Assert.False(string.IsNullOrWhiteSpace(statement.Description) || string.IsNullOrWhiteSpace(statement.Example), statement.Keyword));
            });
        }

        [Theory]
        [MemberData(nameof(Tables))]
        public void Every_statements_example_parses_in_its_block_and_binds(string block)
        {
            var table = Table(block);
            foreach (var entry in EntriesOf(table))
            {
                var text = BlockContexts.Plan(table, entry.Example);
                var tree = PlanParser.Parse("test.plan", text);
                Assert.True(tree.Diagnostics.Count == 0, $"the example of '{entry.Keyword}' in {block}: {string.Join("; ", tree.Diagnostics)}");

                var statement = Assert.Single(BlockContexts.Statements(table, tree));
                if (entry == table.Fallback)
                {
                    Assert.IsType<FactStatementSyntax>(statement);
                }
                else
                {
                    Assert.Equal(entry.Keyword, statement.Keyword.Text);
                }

                var unbound = Compile.Text(text).Diagnostics.Where(diagnostic => diagnostic.Id[2] == '9');
                Assert.True(!unbound.Any(), $"the example of '{entry.Keyword}' in {block}: {string.Join("; ", unbound)}");
            }
        }

        [Theory]
        [MemberData(nameof(Tables))]
        public void A_statement_given_once_is_reported_when_given_again_and_the_others_add_up(string block)
        {
            var table = Table(block);
            foreach (var entry in table.Statements)
            {
                var text = BlockContexts.Plan(table, entry.Example, entry.Example);
                var duplicates = Compile.Text(text).Only("SP1009");
                if (entry.Occurs == Occurs.Once)
                {
                    var duplicate = Assert.Single(duplicates);
                    Assert.StartsWith($"'{entry.Keyword}' is given more than once in", duplicate.Message);
                    var secondLine = text.Split('\n').ToList().LastIndexOf(entry.Example) + 1;
                    Assert.StartsWith(secondLine + ",", duplicate.Position());
                }
                else
                {
                    Assert.True(duplicates.Count == 0, $"'{entry.Keyword}' in {block} may repeat: {string.Join("; ", duplicates)}");
                }
            }
        }

        [Theory]
        [MemberData(nameof(Tables))]
        public void An_unknown_statement_lists_the_keywords_of_the_table(string block)
        {
            var table = Table(block);
            if (table.Fallback is not null)
            {
                return; // there an unknown first word is a fact or term, which the binder checks (SP1010)
            }

            var diagnostic = Assert.Single(PlanParser.Parse("test.plan", BlockContexts.Plan(table, "frobnicate 1")).Diagnostics);

            Assert.Equal("SP0002", diagnostic.Id);
            var keywords = table.Statements.Select(statement => statement.Keyword).OrderBy(keyword => keyword, System.StringComparer.Ordinal);
            Assert.EndsWith("expected one of: " + Suggestions.List(keywords).English, diagnostic.Message);
        }

        [Fact]
        public void A_statement_that_no_binder_method_takes_is_an_internal_error_not_something_else()
        {
            var tree = PlanParser.Parse("test.plan", "municipal plan P {\n  note \"x\"\n  note \"y\"\n}\n");
            var plan = tree.Plans.Single();
            var unknown = plan.Body[0] with { Keyword = new NameSyntax("frobnicate", plan.Body[0].Keyword.Span) };
            var wrongShape = plan.Body[1] with { Keyword = new NameSyntax("review", plan.Body[1].Keyword.Span) };
            var edited = tree with { Plans = new ValueList<PlanSyntax>(new[] { plan with { Body = new ValueList<StatementSyntax>(new[] { unknown, wrongShape }) } }) };

            var compilation = PlanCompilation.Create(new[] { edited });

            var unbound = compilation.Only(DiagnosticCatalog.StatementNotBound.Id);
            Assert.Equal(new[] { "2,3", "3,3" }, unbound.Select(diagnostic => diagnostic.Position()));
            Assert.Contains("'frobnicate' in a plan was parsed but the binder has no method for it", unbound[0].Message);
            Assert.Contains("'review' in a plan", unbound[1].Message);
            Assert.Empty(compilation.Plans.Single().Model.Notes);
            Assert.Null(compilation.Plans.Single().Model.ReviewIntervalYears);
        }

        public static IEnumerable<object[]> ApplicationFacts() => FactKind.ApplicationFacts.Select(fact => new object[] { fact.Name });

        public static IEnumerable<object[]> SchemeTerms() => FactKind.SchemeTerms.Select(term => new object[] { term.Name });

        [Theory]
        [MemberData(nameof(ApplicationFacts))]
        public void Every_fact_of_a_subsidy_application_binds(string name)
        {
            var fact = FactKind.Find(FactKind.ApplicationFacts, name)!;
            var kind = Vocabularies.SubsidyKinds.WordFor(fact.Subsidies.First());

            string Plan(string facts) => $"actor A\nfunder F\nplace K\naction X {{\n  subsidy {kind} in 2024 {{\n    {facts}\n  }}\n}}";
            var compilation = Compile.InPlan(Plan(name + " " + ValueOf(fact.Type)));

            Assert.Empty(compilation.Structure());
            Assert.Empty(compilation.Only(DiagnosticCatalog.StatementNotBound.Id));
            Assert.NotEqual(Application(Compile.InPlan(Plan(""))), Application(compilation));
        }

        private static SubsidyApplication Application(PlanCompilation compilation) =>
            Assert.Single(Assert.Single(compilation.Plans.Single().Model.Actions).Subsidies);

        [Theory]
        [MemberData(nameof(SchemeTerms))]
        public void Every_term_of_a_subsidy_scheme_binds(string name)
        {
            var term = FactKind.Find(FactKind.SchemeTerms, name)!;

            var compilation = Compile.InPlan($"scheme service-grant {{\n  {name} {ValueOf(term.Type)}\n}}");

            Assert.Empty(compilation.Structure());
            Assert.Equal(name, Assert.Single(Assert.Single(compilation.Plans.Single().Model.Schemes).Terms).Fact);
        }

        private static string ValueOf(FactType type) =>
            type switch
            {
                FactType.Money => "120 000 kr",
                FactType.Distance => "12 km",
                FactType.Percent => "50 %",
                FactType.Hours => "45 h/week",
                FactType.Count => "40",
                FactType.YearRange => "2024..2026",
                FactType.Actor => "A",
                FactType.Funder => "F",
                FactType.Place => "K",
                FactType.Grounds => "accessibility",
                FactType.Duration => "3 years",
                FactType.Flag => "",
                _ => "\"text\"",
            };
    }
}
