using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP3008: an action plan (annual or municipal) says who pays for each action, even without a cost.</summary>
    public class ActionPlanFundingTests
    {
        private const string Plan = """
            municipal plan P {
              period 2023..2030
              review yearly
              funder F municipality
              goal G "Bevarad service" { indicator "butiker" }
              area A "Tillgänglighet" {
                action X "Kartläggning" serves G
              }
              action Y "Hemsändning" serves G { funding F }
            }
            """;

        [Fact]
        public void SP3008_an_action_of_a_municipal_plan_without_funding()
        {
            Findings.AssertFindings(
                Plan,
                "SP3008",
                "test.plan(7,12): warning SP3008: Action X names no funding source (nor does its area), and a municipal plan states who pays for each of its actions; add 'funding <funder>' as the document says, or 'exception SP3008 \"…\"' where it says why none is named");
        }

        [Fact]
        public void SP3008_an_annual_action_plan_too_and_programmes_get_information()
        {
            var annual = Findings.Of(Plan.Change("municipal plan P", "annual plan P").Change("period 2023..2030", "period 2023"));
            annual.Single("SP3008").Says("an annual action plan");

            var regional = Findings.Of(Plan.Change("municipal plan P", "regional plan P"));
            regional.Clean("SP3008");
            Assert.Equal(DiagnosticSeverity.Info, regional.Single("SP3002").Severity);
        }

        [Fact]
        public void SP3008_area_funding_and_justified_exceptions()
        {
            Findings.Of(Plan.Change("area A \"Tillgänglighet\" {", "area A \"Tillgänglighet\" {\n    funding F")).Clean("SP3008");

            var accepted = Findings.Of(Plan.Change("serves G\n", "serves G { exception SP3008 \"Ryms i förvaltningens ordinarie budget (§2.4)\" }\n"));
            accepted.Clean("SP3008");
            accepted.Single("SP1016").Says("SP3008");
        }
    }
}
