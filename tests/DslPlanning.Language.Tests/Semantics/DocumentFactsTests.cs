using System.Linq;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>
    /// What the documents state beyond years and owners: dates, the adoption of the plan and who answers for it, an
    /// action plan inside a longer plan, delmål in words, roles besides the owner, and examples of actions.
    /// </summary>
    public class DocumentFactsTests
    {
        private static SymbolRef Ref(string name) => new("P", name);

        [Fact]
        public void The_adoption_and_who_prepared_and_revises_the_plan_are_kept()
        {
            var plan = Compile.Model("""
                adopted 2025-06-12
                adopted-by Kommunfullmäktige
                paragraph "§ 45"
                diary-number "KS 2025/41"
                prepared-by Näringslivskontoret, Utvecklingsenheten
                revision-owner Näringslivskontoret
                actor Kommunfullmäktige municipality
                actor Näringslivskontoret department
                actor Utvecklingsenheten department
                """);

            Assert.Equal(new PlanDate(2025, 6, 12), plan.Adopted);
            Assert.Equal(Ref("Kommunfullmäktige"), plan.AdoptedBy);
            Assert.Equal("§ 45", plan.MinuteParagraph);
            Assert.Equal("KS 2025/41", plan.DiaryNumber);
            Assert.Equal(new[] { Ref("Näringslivskontoret"), Ref("Utvecklingsenheten") }, plan.PreparedBy);
            Assert.Equal(new[] { Ref("Näringslivskontoret") }, plan.RevisionOwners);
        }

        [Fact]
        public void The_body_that_adopted_the_plan_is_a_declared_actor()
        {
            var diagnostic = Compile.InPlan("adopted-by Kommunfullmaktige\nactor Kommunfullmäktige municipality").Single();

            Assert.Equal("SP1002", diagnostic.Id);
            Assert.Equal("2,14", diagnostic.Position());
        }

        [Fact]
        public void A_plan_in_force_from_a_day_needs_no_period()
        {
            var plan = Compile.Model("in-force 2025-07-01");

            Assert.Equal(new PlanDate(2025, 7, 1), plan.InForce);
            Assert.Null(plan.Period);
            Assert.Null(plan.EffectivePeriod);
        }

        [Fact]
        public void A_period_extended_by_decision_keeps_its_decided_years_and_runs_to_the_extension()
        {
            var plan = Compile.Model("period 2019..2022\nextended-to 2024");

            Assert.Equal(new YearRange(2019, 2022), plan.Period);
            Assert.Equal(2024, plan.ExtendedTo);
            Assert.Equal(new YearRange(2019, 2024), plan.EffectivePeriod);
        }

        [Theory]
        [InlineData("period 2019..2022\nextended-to 2022", "3,15",
            "'extended-to 2022' does not extend the period 2019–2022, which already runs to 2022; write a year after 2022, or remove the statement")]
        [InlineData("extended-to 2024", "2,15", "'extended-to 2024' extends a period the plan does not state; add the decided period (e.g. period 2019..2022)")]
        public void SP1026_an_extension_must_come_after_a_stated_period(string statements, string position, string message)
            => AssertReported(statements, "SP1026", position, message);

        [Fact]
        public void An_action_plan_inside_a_longer_plan_knows_its_years()
        {
            var plan = Compile.Model("period 2020..2026\naction-plan 2020..2022\naction A { period 2021 }");

            Assert.Equal(new YearRange(2020, 2022), plan.ActionPlanYears);
            Assert.Equal(new YearRange(2020, 2026), plan.Period);
        }

        [Fact]
        public void An_action_without_a_period_runs_over_its_action_plans_years_and_one_with_a_period_over_its_own()
        {
            var withActionPlan = Compile.Model("period 2020..2026\naction-plan 2020..2022\naction A\naction B { period 2021 }");
            var withoutActionPlan = Compile.Model("period 2019..2022\nextended-to 2024\naction A");

            Assert.Equal(new YearRange(2020, 2022), withActionPlan.YearsOf(withActionPlan.Actions[0]));
            Assert.Equal(new YearRange(2021, 2021), withActionPlan.YearsOf(withActionPlan.Actions[1]));
            Assert.Equal(new YearRange(2019, 2024), withoutActionPlan.YearsOf(withoutActionPlan.Actions[0]));
        }

        [Theory]
        [InlineData("period 2020..2026\naction-plan 2019..2022", "3,15", "2019–2022", "2020–2026")]
        [InlineData("period 2019..2022\nextended-to 2024\naction-plan 2023..2025", "4,15", "2023–2025", "2019–2024")]
        public void SP1027_an_action_plan_lies_within_the_years_the_plan_runs(string statements, string position, string years, string runs)
            => AssertReported(statements, "SP1027", position,
                $"The action plan's years {years} lie outside the years the plan runs, {runs}; the action plan is part of the plan: correct its years or the plan's period");

        [Fact]
        public void An_action_plan_within_an_extended_period_is_accepted()
            => Assert.Equal(new YearRange(2023, 2024), Compile.Model("period 2019..2022\nextended-to 2024\naction-plan 2023..2024").ActionPlanYears);

        [Fact]
        public void An_actions_delmal_in_words_due_day_and_completion_are_kept_together()
        {
            var action = Compile.Model("""
                action A {
                  milestone "Kartläggning av butiksorternas behov klar"
                  completion 100 %
                  due 2025-04-30
                }
                """).AllActions.Single();

            Assert.Equal("Kartläggning av butiksorternas behov klar", action.Milestone);
            Assert.Equal(new CompletionTarget(Comparison.Exactly, new Percent(100)), action.Completion);
            Assert.Equal(new PlanDate(2025, 4, 30), action.Due);
        }

        [Theory]
        [InlineData("action A { due 2025-04-31 }", "2,18", "'2025-04-31' is not a valid date: the day must be 01 to 30 in that month")]
        [InlineData("in-force 2025-13-01", "2,12", "'2025-13-01' is not a valid date: the month must be 01 to 12")]
        public void SP1007_a_due_day_or_a_day_in_force_that_does_not_exist_is_reported(string statements, string position, string message)
            => AssertReported(statements, "SP1007", position, message);

        [Fact]
        public void A_due_day_is_a_date_not_a_year()
            => Assert.Equal("SP1004", Compile.InPlan("action A { due 2025 }").Single().Id);

        [Fact]
        public void A_goal_target_reached_by_a_day_keeps_the_day_and_its_year()
        {
            var goal = Compile.Model("goal G \"Alla kommuner har en serviceplan\" { indicator \"kommuner med aktuell serviceplan\" target 100 % by 2025-12-31 }")
                .AllGoals.Single();

            Assert.Equal(new GoalTarget(Comparison.Exactly, new Quantity(100, QuantityUnit.Percent), 2025, new PlanDate(2025, 12, 31)), goal.Target);
        }

        [Fact]
        public void A_baseline_keeps_to_years()
            => Assert.Equal("SP1004", Compile.InPlan("goal G { baseline 3 in 2025-01-01 }").Single().Id);

        [Fact]
        public void Roles_besides_the_owner_are_kept_apart_from_the_owner_and_the_funding()
        {
            var action = Compile.Model("""
                actor Näringslivskontoret department
                actor Trafikverket agency
                actor Länsstyrelsen county-board
                funder RegionJH region
                action A {
                  owner Näringslivskontoret
                  consults Trafikverket
                  partners Länsstyrelsen
                  co-financiers RegionJH
                }
                """).AllActions.Single();

            Assert.Equal(new[] { Ref("Näringslivskontoret") }, action.Owners);
            Assert.Equal(new[] { Ref("Trafikverket") }, action.Consulted);
            Assert.Equal(new[] { Ref("Länsstyrelsen") }, action.Partners);
            Assert.Equal(new[] { Ref("RegionJH") }, action.CoFinanciers);
            Assert.Empty(action.Funding);
        }

        [Fact]
        public void A_co_financier_is_a_funder_not_an_actor()
            => Assert.Equal("SP1011", Compile.InPlan("actor Region region\naction A { co-financiers Region }").Single().Id);

        [Fact]
        public void Examples_of_actions_are_listed_apart_from_the_planned_ones()
        {
            var plan = Compile.Model("action A { status planned }\naction B { status example }\naction C { status proposed }");

            Assert.Equal(new[] { "A" }, plan.PlannedActions.Select(action => action.Name));
            Assert.Equal(new[] { "B" }, plan.ExampleActions.Select(action => action.Name));
        }

        /// <summary>The statements in a plan make exactly one syntax or structure diagnostic: this one, here, with this message.</summary>
        private static void AssertReported(string statements, string id, string position, string message)
        {
            var diagnostic = Compile.InPlan(statements).Single();

            Assert.Equal((id, position, message), (diagnostic.Id, diagnostic.Position(), diagnostic.Message));
        }
    }
}
