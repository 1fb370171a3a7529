namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5015: an area's actions serve the goals of the programme area it serves, not those of another area.</summary>
    public class ActionAreaRuleTests
    {
        private const string Programme = """
            regional plan R {
              period 2018..2020
              area IO1 "Stöd till kommersiell service" {
                goal 1.1 "Försörjning med dagligvaror"
                goal 1.2 "Aktuella serviceplaner"
              }
              area IO2 "Samverkan" {
                goal 2.2 "Hållbara servicelösningar"
              }
            }
            """;

        private const string Annual = """
            annual plan H {
              period 2018
              follows R
              area PO1 "Stöd" serves R.IO1 {
                action X "Företagsbesök" serves R.1.1
                action Y "Serviceplaner" serves R.2.2
              }
            }
            """;

        [Fact]
        public void SP5015_an_action_serving_a_goal_of_another_area_of_the_programme()
        {
            Findings.AssertFindings(
                new[] { ("h.plan", Annual), ("r.plan", Programme) },
                "SP5015",
                "h.plan(6,30): warning SP5015: Action Y of area PO1, which serves R.IO1, serves goal R.2.2 of R's area IO2; an area's actions serve that area's goals, so this is often a goal number copied from another area: correct the goal, or move the action to the area that serves IO2");
        }

        [Fact]
        public void SP5015_the_goal_of_the_served_area_is_clean()
        {
            Findings.Of(new[] { ("h.plan", Annual.Change("serves R.2.2", "serves R.1.2")), ("r.plan", Programme) }).Clean("SP5015");
        }

        [Fact]
        public void SP5015_an_area_that_serves_a_goal_of_the_programme_area_counts_as_serving_that_area()
        {
            Findings.Of(new[] { ("h.plan", Annual.Change("serves R.IO1 {", "serves R.1.1, R.2.2 {")), ("r.plan", Programme) }).Clean("SP5015");
        }

        [Fact]
        public void SP5015_an_area_that_serves_no_programme_area_is_not_checked()
        {
            Findings.Of(new[] { ("h.plan", Annual.Change(" serves R.IO1 {", " {")), ("r.plan", Programme) }).Clean("SP5015");
        }

        [Fact]
        public void SP5015_a_justified_exception_accepts_it()
        {
            var accepted = Annual.Change("serves R.2.2", "serves R.2.2 { exception SP5015 \"Aktiviteten tjänar båda områdena\" }");

            Findings.Of(new[] { ("h.plan", accepted), ("r.plan", Programme) }).Clean("SP5015").Single("SP1016").Says("SP5015");
        }
    }
}
