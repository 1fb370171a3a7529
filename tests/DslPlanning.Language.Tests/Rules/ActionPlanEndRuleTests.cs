using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5018: on the as-of date, a current plan still has actions for its remaining years.</summary>
    public class ActionPlanEndRuleTests
    {
        private const string Plan = """
            municipal plan K {
              period 2020..2026
              review yearly
              action X "Serviceavtal" { period 2020..2022 }
              action Y "Hemsändning" { period 2021..2022 }
              action Z "Kartläggning" { status proposed; period 2025 }
            }
            """;

        [Fact]
        public void SP5018_the_actions_ended_before_the_as_of_year()
        {
            var reported = Findings.Of(Plan, asOf: new PlanDate(2024, 3, 1)).Single("SP5018")
                .At("2,3", "period 2020..2026")
                .Says("The actions of plan K end in 2022, but the plan runs to 2026: on 2024-03-01 no action covers 2024–2026; add the actions for the remaining years ('period …' on each action)");
            Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
        }

        [Fact]
        public void SP5018_not_while_an_action_runs_or_without_an_as_of_date()
        {
            Findings.Of(Plan, asOf: new PlanDate(2022, 12, 31)).Clean("SP5018");
            Findings.Of(Plan).Clean("SP5018");
            Findings.Of(Plan.Change("{ period 2021..2022 }", "{ }"), asOf: new PlanDate(2024, 3, 1)).Clean("SP5018");
        }

        [Fact]
        public void SP5018_the_action_plan_of_the_plan_ended_before_the_as_of_year()
        {
            var plan = """
                municipal plan K {
                  period 2020..2026
                  action-plan 2020..2022
                  review yearly
                  action X "Serviceavtal"
                  action Y "Hemsändning" { period 2021 }
                  action Z "Lanthandlarnätverk" { status example }
                }
                """;

            Findings.Of(plan, asOf: new PlanDate(2024, 3, 1)).Single("SP5018").At("2,3", "period 2020..2026");
            Findings.Of(plan, asOf: new PlanDate(2022, 6, 1)).Clean("SP5018");
            Findings.Of(plan.Change("  action-plan 2020..2022\n", string.Empty), asOf: new PlanDate(2024, 3, 1)).Clean("SP5018");
        }

        [Fact]
        public void SP5018_a_plan_that_has_ended_is_left_to_SP5011()
        {
            Findings.Of(Plan, asOf: new PlanDate(2027, 1, 1)).Clean("SP5018");
        }

        [Fact]
        public void SP5018_annual_plans_are_not_checked()
        {
            var annual = """
                regional plan R { period 2020..2026 }
                annual plan H {
                  period 2024
                  follows R
                  action X { period 2024 }
                }
                """;

            Findings.Of(annual, asOf: new PlanDate(2024, 6, 1)).Clean("SP5018");
        }
    }
}
