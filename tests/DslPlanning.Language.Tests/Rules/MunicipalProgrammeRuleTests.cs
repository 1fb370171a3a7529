namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5019: a municipal plan follows the regional service programme it is synchronised with.</summary>
    public class MunicipalProgrammeRuleTests
    {
        private const string Plan = """
            municipal plan K {
              period 2023..2030
              review yearly
            }
            """;

        [Fact]
        public void SP5019_a_municipal_plan_that_follows_no_programme()
        {
            Findings.AssertFindings(
                Plan,
                "SP5019",
                "test.plan(1,16): warning SP5019: Municipal plan K follows no regional service programme, so its areas and actions cannot be checked against the programme's goals; add 'follows <programme>' and compile the programme together with it");
        }

        [Fact]
        public void SP5019_following_a_programme_is_clean_and_other_kinds_are_not_checked()
        {
            var regional = "regional plan R { period 2023..2030 }";
            Findings.Of(new[] { ("k.plan", Plan.Change("  review yearly", "  review yearly\n  follows R")), ("r.plan", regional) }).Clean("SP5019");
            Findings.Of(Plan.Change("municipal plan K", "regional plan K")).Clean("SP5019");
        }
    }
}
