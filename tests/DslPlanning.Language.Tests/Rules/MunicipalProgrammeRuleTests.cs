namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5019: a municipal plan follows the regional service programme of its years that is compiled together with it.</summary>
    public class MunicipalProgrammeRuleTests
    {
        private const string Plan = """
            municipal plan K {
              period 2023..2030
              review yearly
            }
            """;

        private const string Regional = "regional plan R { period 2020..2026 }";

        [Fact]
        public void SP5019_a_municipal_plan_that_follows_no_programme_while_one_is_compiled_with_it()
        {
            Findings.AssertFindings(
                new[] { ("k.plan", Plan), ("r.plan", Regional) },
                "SP5019",
                "k.plan(1,16): warning SP5019: Municipal plan K follows no regional service programme, so its areas and actions are not checked against the programme's goals, while regional programme R is compiled together with it; add 'follows R' for the programme the plan is synchronised with");
        }

        [Fact]
        public void SP5019_following_a_programme_is_clean()
        {
            Findings.Of(new[] { ("k.plan", Plan.Change("  review yearly", "  review yearly\n  follows R")), ("r.plan", Regional) }).Clean("SP5019");
        }

        [Fact]
        public void SP5019_not_checked_alone_nor_against_a_programme_of_other_years_nor_for_other_kinds()
        {
            Findings.Of(Plan).Clean("SP5019");
            Findings.Of(new[] { ("k.plan", Plan), ("r.plan", Regional.Change("2020..2026", "2014..2020")) }).Clean("SP5019");
            Findings.Of(new[] { ("k.plan", Plan.Change("municipal plan K", "regional plan K")), ("r.plan", Regional) }).Clean("SP5019");
        }
    }
}
