namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5020: a target is reached by a year and a baseline measured in one.</summary>
    public class MeasurementYearRuleTests
    {
        private const string Plan = """
            regional plan R {
              period 2014..2020
              goal G1 "Samverkanslösningar" output {
                indicator "lösningar som testas" baseline 1 target at least 3
              }
              goal G2 "Investeringar" output {
                indicator "företag som investerar" target 15 per year
              }
            }
            """;

        [Fact]
        public void SP5020_a_target_and_a_baseline_without_a_year()
        {
            Findings.AssertFindings(
                Plan,
                "SP5020",
                "test.plan(4,38): warning SP5020: The baseline of goal G1 (1) has no year, so the follow-up cannot compare it with the outcome of a year; add 'in <year>', the year it was measured in",
                "test.plan(4,49): warning SP5020: The target of goal G1 (at least 3) has no year, so the follow-up cannot compare it with the outcome of a year; add 'in <year>', the year it is to be reached by");
        }

        [Fact]
        public void SP5020_with_years_it_is_clean_and_a_target_per_year_holds_every_year()
        {
            Findings.Of(Plan.Change("baseline 1 target at least 3", "baseline 1 in 2014 target at least 3 in 2020")).Clean("SP5020");
        }
    }
}
