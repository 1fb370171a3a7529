using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5001–SP5013: goals served and measurable, annual plans within their programme, plans current.</summary>
    public class FollowUpRuleTests
    {
        private const string Goals = """
            municipal plan P {
              period 2023..2030
              review yearly
              funder F municipality
              goal G1 "Fler butiker" { indicator "butiker" }
              goal G2 "Fler ombud" { indicator "ombud" }
              action X serves G1, G2 { funding F }
            }
            """;

        [Fact]
        public void SP5001_goal_of_a_municipal_plan_no_action_serves()
        {
            var plan = Goals.Change("serves G1, G2", "serves G1");

            Findings.Of(plan).Single("SP5001")
                .At("6,8", "G2")
                .Says("No action serves goal G2 (Fler ombud); add 'serves G2'");
            Findings.Of(Goals).Clean("SP5001");
        }

        [Fact]
        public void SP5001_a_goal_served_by_a_served_goal_counts_as_served()
        {
            var plan = Goals.Change("serves G1, G2", "serves G1").Change("goal G1 \"Fler butiker\" {", "goal G1 \"Fler butiker\" serves G2 {");

            Findings.Of(plan).Clean("SP5001");
        }

        [Fact]
        public void SP5002_programme_goal_no_plan_serves_is_information()
        {
            const string plan = """
                regional plan R {
                  period 2023..2030
                  funder F region
                  goal 1.1 "Dagligvaror i hela länet" { indicator "butiker" }
                  goal 1.2 "Drivmedel i hela länet" { indicator "stationer" }
                  action X serves 1.1, 1.2 { funding F }
                }
                """;

            var reported = Findings.Of(plan.Change("serves 1.1, 1.2", "serves 1.1")).Single("SP5002")
                .At("5,8", "1.2")
                .Says("No action of the plans compiled together serves goal 1.2 of R (Drivmedel i hela länet)");
            Assert.Equal(DiagnosticSeverity.Info, reported.Severity);
            Findings.Of(plan).None("SP5002").Clean("SP5001");
        }

        [Fact]
        public void SP5002_an_action_of_another_plan_serves_a_programme_goal()
        {
            const string regional = """
                regional plan R {
                  period 2023..2030
                  goal 1.1 "Dagligvaror i hela länet" { indicator "butiker" }
                }
                """;
            const string municipal = """
                municipal plan M {
                  period 2023..2030
                  review yearly
                  follows R
                  funder F municipality
                  action X serves R.1.1 { funding F }
                }
                """;

            Findings.Of(new[] { ("r.plan", regional) }).Single("SP5002").At("3,8", "1.1");
            Findings.Of(new[] { ("m.plan", municipal), ("r.plan", regional) }).Clean("SP5002");
        }

        [Fact]
        public void SP5003_action_serving_no_goal()
        {
            var plan = Goals.Change("action X serves G1, G2 { funding F }", "action X serves G1, G2 { funding F }\n  action Y { funding F }");

            Findings.Of(plan).Single("SP5003")
                .At("8,10", "Y")
                .Says("Action Y serves no goal, and its area has neither goals nor 'serves'");
            Findings.Of(plan.Change("action Y {", "action Y serves G2 {")).Clean("SP5003");
        }

        [Fact]
        public void SP5003_checks_planned_and_ongoing_actions_and_not_proposed_completed_or_cancelled_ones()
        {
            var plan = Goals.Change(
                "action X serves G1, G2 { funding F }",
                "action X serves G1, G2 { funding F }\n  action Y { funding F }\n  action Z { status ongoing; funding F }\n"
                + "  action V { status proposed; funding F }\n  action W { status completed; funding F }\n  action U { status cancelled; funding F }");

            Findings.AssertFindings(
                plan,
                "SP5003",
                "test.plan(8,10): warning SP5003: Action Y serves no goal, and its area has neither goals nor 'serves'; add 'serves <goal>'",
                "test.plan(9,10): warning SP5003: Action Z serves no goal, and its area has neither goals nor 'serves'; add 'serves <goal>'");
        }

        [Fact]
        public void SP5004_result_goal_without_target()
        {
            var plan = Goals.Change("goal G2 \"Fler ombud\" {", "goal G2 \"Fler ombud\" result {");

            var reported = Findings.Of(plan).Single("SP5004")
                .At("6,8", "G2")
                .Says("Goal G2 is a result goal (resultatmål) but has no target; add 'target <value> in <year>'");
            Assert.DoesNotContain("indicator;", reported.Message);
            Findings.Of(plan.Change("{ indicator \"ombud\" }", "{ indicator \"ombud\" target 4 in 2026 }")).Clean("SP5004");
        }

        [Fact]
        public void SP5004_output_goal_without_target_nor_indicator()
        {
            var plan = Goals.Change("goal G2 \"Fler ombud\" { indicator \"ombud\" }", "goal G2 \"Fler ombud\" output");

            Findings.Of(plan).Single("SP5004").At("6,8", "G2").Says("Goal G2 is an output goal (insatsmål) but has neither a target nor an indicator; add 'target <value> in <year>'");
            Findings.Of(plan.Change("\"Fler ombud\" output", "\"Fler ombud\" output { target 4 in 2026 }")).Clean("SP5004");
        }

        [Fact]
        public void SP5005_plain_goal_without_indicator_or_target_is_information()
        {
            var plan = Goals.Change("goal G2 \"Fler ombud\" { indicator \"ombud\" }", "goal G2 \"Fler ombud\"");

            var reported = Findings.Of(plan).Single("SP5005").At("6,8", "G2").Says("Goal G2 has neither an indicator nor a target");
            Assert.Equal(DiagnosticSeverity.Info, reported.Severity);
            Findings.Of(Goals).None("SP5005");
        }

        [Fact]
        public void SP5006_target_year_outside_the_plan_period()
        {
            var plan = Goals.Change("{ indicator \"ombud\" }", "{ indicator \"ombud\" target 4 in 2031 }");

            Findings.Of(plan).Single("SP5006")
                .At("6,44", "target 4 in 2031")
                .Says("The target of goal G2 is for 2031, outside the plan period 2023–2030");
            Findings.Of(plan.Change("in 2031", "in 2030")).Clean("SP5006");
        }

        private const string Annual = """
            regional plan R {
              period 2020..2025
            }
            annual plan H {
              period 2025
              follows R
            }
            """;

        [Fact]
        public void SP5007_annual_plan_outside_its_programme()
        {
            var plan = Annual.Change("period 2025", "period 2026");

            var reported = Findings.Of(plan).Single("SP5007")
                .At("5,3", "period 2026")
                .Says("Annual plan H covers 2026, outside the period 2020–2025 of programme R");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(Annual).Clean("SP5007");
        }

        [Fact]
        public void SP5008_annual_plan_for_more_than_one_year()
        {
            var plan = Annual.Change("period 2025", "period 2024..2025");

            Findings.Of(plan).Single("SP5008")
                .At("5,3", "period 2024..2025")
                .Says("Annual plan H covers 2024–2025; an annual action plan is for one year");
            Findings.Of(Annual).Clean("SP5008");
        }

        [Fact]
        public void SP5009_target_completion_over_100_percent()
        {
            var plan = Goals.Change("{ funding F }", "{ funding F; completion 110 % }");

            var reported = Findings.Of(plan).Single("SP5009")
                .At("7,39", "completion 110 %")
                .Says("The target completion of action X is 110 %; a completion is between 0 % and 100 %");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("completion 110 %", "completion 100 %")).Clean("SP5009");
        }

        [Fact]
        public void SP5009_recorded_progress_over_100_percent()
        {
            var plan = Goals.Change("{ funding F }", "{ funding F; progress 100,5 % in 2024 }");

            Findings.Of(plan).Single("SP5009").At("7,39", "progress 100,5 % in 2024").Says("The recorded progress of action X is 100,5 %");
            Findings.Of(plan.Change("progress 100,5 %", "progress 100 %")).Clean("SP5009");
        }

        [Fact]
        public void SP5010_municipal_plan_without_review_schedule()
        {
            var plan = Goals.Change("  review yearly\n", string.Empty);

            Findings.Of(plan).Single("SP5010")
                .At("1,16", "P")
                .Says("Municipal plan P states no review schedule; add 'review yearly'");
            Findings.Of(plan.Change("  period 2023..2030\n", "  period 2023..2030\n  review every 2 years\n")).Clean("SP5010");
        }

        [Fact]
        public void SP5011_plan_no_longer_current_on_the_configured_date()
        {
            var reported = Findings.Of(Goals, asOf: new PlanDate(2031, 1, 1)).Single("SP5011")
                .At("2,3", "period 2023..2030")
                .Says("Plan P covers 2023–2030 and is no longer current on 2031-01-01 (DslPlanningAsOf); revise it, or replace it with a plan for the coming period");
            Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
            Findings.Of(Goals, asOf: new PlanDate(2030, 12, 31)).Clean("SP5011");
            Findings.Of(Goals).None("SP5011");
        }

        [Fact]
        public void SP5012_annual_plan_following_no_programme()
        {
            var plan = Annual.Change("  follows R\n", string.Empty);

            Findings.Of(plan).Single("SP5012")
                .At("4,13", "H")
                .Says("Annual plan H follows no programme; add 'follows <regional programme>'");
            Findings.Of(Annual).Clean("SP5012");
        }

        [Fact]
        public void SP5013_plan_without_period()
        {
            var plan = Annual.Change("  period 2020..2025\n", string.Empty);

            Findings.Of(plan).Single("SP5013")
                .At("1,15", "R")
                .Says("Plan R has no period, so years and targets cannot be checked against it");
            Findings.Of(Annual).Clean("SP5013");
        }
    }
}
