namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5021: two actions of one plan with the same title.</summary>
    public class ActionTitleRuleTests
    {
        private const string Plan = """
            annual plan H {
              period 2018
              area PO2 "Samverkan" {
                action Serviceverkstäder "Serviceverkstäder"
              }
              area PO4 "Kunskap" {
                action Serviceverkstäder2 "serviceverkstäder "
                action Servicekonferens "Servicekonferens"
              }
            }
            """;

        [Fact]
        public void SP5021_two_actions_with_the_same_title_case_and_spacing_aside()
        {
            Findings.AssertFindings(
                Plan,
                "SP5021",
                "test.plan(7,12): warning SP5021: Actions Serviceverkstäder2 and Serviceverkstäder (line 4) have the same title \"serviceverkstäder \"; if they are one action, merge them, otherwise give each a title that tells them apart");
        }

        [Fact]
        public void SP5021_distinct_titles_are_clean()
        {
            Findings.Of(Plan.Change("\"serviceverkstäder \"", "\"Serviceverkstäder för butiker\"")).Clean("SP5021");
        }
    }
}
