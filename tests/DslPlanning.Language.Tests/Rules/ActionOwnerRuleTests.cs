namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5014: a planned or ongoing action of a municipal or annual plan names who is responsible, itself or through its area.</summary>
    public class ActionOwnerRuleTests
    {
        private const string Plan = """
            municipal plan P {
              period 2023..2030
              actor Nlk "Näringslivskontoret" department
              funder F municipality
              goal G1 "Fler butiker" { indicator "butiker" }
              area A1 "Service" {
                action X "Hemsändning" serves G1 { funding F }
              }
              action Y "Serviceavtal" serves G1 { status ongoing; funding F }
            }
            """;

        [Fact]
        public void SP5014_planned_and_ongoing_actions_without_an_owner_in_a_municipal_plan()
        {
            Findings.AssertFindings(
                Plan,
                "SP5014",
                "test.plan(7,12): warning SP5014: Action X is planned, but neither it nor its area names who is responsible for carrying it out; add 'owner <actor>' (ansvarig) to the action or its area",
                "test.plan(9,10): warning SP5014: Action Y is ongoing, but neither it nor its area names who is responsible for carrying it out; add 'owner <actor>' (ansvarig) to the action or its area");
        }

        [Fact]
        public void SP5014_an_owner_of_the_action_or_of_its_area_is_enough()
        {
            var owned = Plan
                .Change("area A1 \"Service\" {", "area A1 \"Service\" {\n    owner Nlk")
                .Change("{ status ongoing; funding F }", "{ status ongoing; owner Nlk; funding F }");

            Findings.Of(owned).Clean("SP5014");
        }

        [Fact]
        public void SP5014_proposed_completed_and_cancelled_actions_are_not_checked()
        {
            var done = Plan
                .Change("{ funding F }", "{ status completed; funding F }")
                .Change("{ status ongoing; funding F }", "{ status proposed; funding F }");

            Findings.Of(done).Clean("SP5014");
            Findings.Of(Plan.Change("{ status ongoing; funding F }", "{ status cancelled; funding F }")).Single("SP5014").At("7,12", "X");
        }

        [Fact]
        public void SP5014_checks_annual_plans_and_not_programmes()
        {
            Assert.Equal(2, Findings.Of(Plan.Change("municipal plan P", "annual plan P")).Where("SP5014").Count);
            Findings.Of(Plan.Change("municipal plan P", "regional plan P")).Clean("SP5014");
            Findings.Of(Plan.Change("municipal plan P", "national plan P")).Clean("SP5014");
        }

        [Fact]
        public void SP5014_a_justified_exception_accepts_the_gap()
        {
            var accepted = Plan.Change("  period 2023..2030", "  period 2023..2030\n  exception SP5014 \"Programmet anger ansvaret övergripande\"");

            var findings = Findings.Of(accepted);
            findings.Clean("SP5014");
            findings.Single("SP1016").Says("SP5014", "Programmet anger ansvaret övergripande");
        }
    }
}
