namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5017: every goal of the programme is served by some activity of the annual action plan that follows it.</summary>
    public class AnnualPlanGoalsRuleTests
    {
        private const string Programme = """
            regional plan R {
              period 2018..2020
              area IO1 "Stöd" {
                goal 1.1 "Försörjning med dagligvaror"
                goal 1.2 "Aktuella serviceplaner"
                goal IO1.Resultat "Bibehållna försäljningsställen" result { indicator "butiker" target 40 in 2020 }
              }
              area IO4 "Kunskap" {
                goal 4.1 "Lokal upphandling"
              }
            }
            """;

        private const string Annual = """
            annual plan H {
              period 2018
              follows R
              area PO1 "Stöd" serves R.IO1 {
                action X "Företagsbesök" serves R.1.1
              }
            }
            """;

        [Fact]
        public void SP5017_programme_goals_no_activity_of_the_annual_plan_serves()
        {
            Findings.AssertFindings(
                new[] { ("h.plan", Annual), ("r.plan", Programme) },
                "SP5017",
                "h.plan(3,3): warning SP5017: Annual plan H (2018) has no activity that serves 2 goals of R: 1.2, 4.1; add activities for them, or 'exception SP5017 \"…\"' where the document says why they wait");
        }

        [Fact]
        public void SP5017_a_goal_is_served_through_a_goal_of_the_programme_that_serves_it()
        {
            var programme = Programme.Change("goal 4.1 \"Lokal upphandling\"", "goal 4.1 \"Lokal upphandling\"\n    goal 4.2 \"Upphandlingsstöd\" serves 4.1")
                .Change("goal 1.2 \"Aktuella serviceplaner\"", "goal 1.2 \"Aktuella serviceplaner\" serves 1.1");
            var annual = Annual.Change("action X \"Företagsbesök\" serves R.1.1", "action X \"Företagsbesök\" serves R.1.2, R.4.2");

            Findings.Of(new[] { ("h.plan", annual), ("r.plan", programme) }).Clean("SP5017");
        }

        [Fact]
        public void SP5017_a_proposed_activity_serves_nothing_yet()
        {
            var annual = Annual.Change("serves R.1.1", "serves R.1.1, R.1.2, R.4.1 { status proposed }");

            Findings.Of(new[] { ("h.plan", annual), ("r.plan", Programme) }).Single("SP5017").Says("4 goals of R: 1.1, 1.2, IO1.Resultat, 4.1");
        }

        [Fact]
        public void SP5017_programmes_and_municipal_plans_are_not_checked()
        {
            var municipal = Annual.Change("annual plan H", "municipal plan H").Change("period 2018", "period 2018..2020\n  review yearly");

            Findings.Of(new[] { ("h.plan", municipal), ("r.plan", Programme) }).Clean("SP5017");
        }

        [Fact]
        public void SP5017_a_justified_exception_accepts_the_gap()
        {
            var accepted = Annual.Change("  follows R", "  follows R\n  exception SP5017 \"Område 4 inleds 2019 enligt programmet\"");

            Findings.Of(new[] { ("h.plan", accepted), ("r.plan", Programme) }).Clean("SP5017").Single("SP1016").Says("SP5017");
        }
    }
}
