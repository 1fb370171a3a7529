using System.Linq;
using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP3001–SP3007: presence, shares, coverage, budgets and years of funding.</summary>
    public class FundingRuleTests
    {
        private const string Funded = """
            municipal plan P {
              period 2023..2030
              review yearly
              funder F municipality
              funder H region
              goal G "Bevarad service" { indicator "butiker" }
              action X serves G { cost 50 000 kr per year; funding F }
            }
            """;

        [Fact]
        public void SP3001_action_with_a_cost_and_no_funding_reported_at_the_cost()
        {
            var plan = Funded.Change("cost 50 000 kr per year; funding F", "cost 50 000 kr per year");

            Findings.Of(plan).Single("SP3001")
                .At("7,23", "cost 50 000 kr per year")
                .Says("Action X costs 50 000 kr per year but has no funding source");
            Findings.Of(Funded).Clean("SP3001");
        }

        [Fact]
        public void SP3001_the_area_funding_funds_its_actions()
        {
            const string plan = """
                municipal plan P {
                  period 2023..2030
                  review yearly
                  funder F municipality
                  goal G "Bevarad service" { indicator "butiker" }
                  area A "Tillgänglighet" {
                    action X serves G { cost 50 000 kr per year }
                  }
                }
                """;

            Findings.Of(plan).Single("SP3001").At("7,25", "cost 50 000 kr per year");
            Findings.Of(plan.Change("area A \"Tillgänglighet\" {", "area A \"Tillgänglighet\" {\n    funding F")).Clean("SP3001");
        }

        [Fact]
        public void SP3002_action_of_a_programme_without_cost_or_funding_is_information_at_its_name()
        {
            var plan = Funded.Change("action X serves G { cost 50 000 kr per year; funding F }", "action X serves G").Change("municipal plan P", "regional plan P");

            var reported = Findings.Of(plan).Single("SP3002").At("7,10", "X").Says("Action X states neither a cost nor a funding source");
            Assert.Equal(DiagnosticSeverity.Info, reported.Severity);
            Findings.Of(Funded).None("SP3002");
        }

        [Fact]
        public void SP3003_shares_over_100_percent_reported_at_the_funding_list()
        {
            var plan = Funded.Change("funding F }", "funding F 60 %, H 50 % }");

            var reported = Findings.Of(plan).Single("SP3003")
                .At("7,56", "F 60 %, H 50 %")
                .Says("add up to 110 % (F 60 % + H 50 %), more than 100 %");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("F 60 %", "F 50 %")).Clean("SP3003");
        }

        [Fact]
        public void SP3004_shares_under_100_percent_name_the_missing_share()
        {
            var plan = Funded.Change("funding F }", "funding F 40 %, H 50 % }");

            Findings.Of(plan).Single("SP3004")
                .At("7,56", "F 40 %, H 50 %")
                .Says("add up to 90 % (F 40 % + H 50 %), so 10 % of the cost has no funder");
            Findings.Of(plan.Change("F 40 %", "F 50 %")).Clean("SP3004");
        }

        [Fact]
        public void SP3005_amounts_per_delivery_below_the_cost_per_delivery()
        {
            var plan = Funded.Change(
                "cost 50 000 kr per year; funding F }",
                "cost 200 kr per delivery; funding F 90 kr per delivery, H 100 kr per delivery }");

            Findings.Of(plan).Single("SP3005")
                .At("7,57", "F 90 kr per delivery, H 100 kr per delivery")
                .Says("The funding of action X is 190 kr per delivery, but the cost is 200 kr per delivery: 10 kr is not covered");
            Findings.Of(plan.Change("F 90 kr", "F 100 kr")).Clean("SP3005");
        }

        [Fact]
        public void SP3005_yearly_amounts_below_the_yearly_cost()
        {
            var plan = Funded.Change(
                "cost 50 000 kr per year; funding F }",
                "cost 200 kr per delivery, 600 deliveries per year; funding F 50 000 kr per year, H 60 000 kr per year }");

            Findings.Of(plan).Single("SP3005")
                .At("7,82", "F 50 000 kr per year, H 60 000 kr per year")
                .Says("is 110 000 kr per year, but the cost is 120 000 kr per year: 10 000 kr is not covered");
            Findings.Of(plan.Change("F 50 000 kr", "F 60 000 kr")).Clean("SP3005");
        }

        private const string Budget = """
            municipal plan P {
              period 2024
              review yearly
              funder F municipality budget 100 000 kr per year
              goal G "Bevarad service" { indicator "butiker" }
              action X serves G { cost 60 000 kr per year; funding F 60 000 kr per year }
              action Y serves G { cost 50 000 kr per year; funding F 50 000 kr per year }
            }
            """;

        [Fact]
        public void SP3006_funder_committed_beyond_its_budget_reported_at_the_funder()
        {
            var reported = Findings.Of(Budget).Single("SP3006")
                .At("4,10", "F")
                .Says("Funder F is committed beyond its budget in 2024: in 2024 it is committed 110 000 kr (X 60 000 kr, Y 50 000 kr), 10 000 kr above its budget of 100 000 kr; lower the commitments or raise the budget");
            Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
            Findings.Of(Budget.Change("budget 100 000 kr", "budget 110 000 kr")).Clean("SP3006");
        }

        /// <summary>A programme whose funder's budget a municipal plan (<see cref="CommittingPlan"/>) helps to exceed.</summary>
        private const string BudgetProgramme = """
            regional plan R {
              period 2024
              funder Anslag "1:1-anslaget" appropriation budget 100 000 kr per year
              goal G "Bevarad service" { indicator "butiker" }
              action Y serves G { cost 50 000 kr per year; funding Anslag 50 000 kr per year }
            }
            """;

        private const string CommittingPlan = """
            municipal plan M {
              period 2024
              review yearly
              follows R
              action X serves R.G { cost 60 000 kr per year; funding R.Anslag 60 000 kr per year }
            }
            """;

        [Fact]
        public void SP3006_commitments_of_other_plans_count_against_the_budget_in_the_funders_plan()
        {
            var findings = Findings.Of(new[] { ("m.plan", CommittingPlan), ("r.plan", BudgetProgramme) });
            var reported = findings.Single("SP3006").At("3,10", "Anslag").Says("Funder Anslag is committed beyond its budget in 2024: in 2024 it is committed 110 000 kr", "M.X 60 000 kr", "Y 50 000 kr");
            Assert.Equal("r.plan", reported.Diagnostic.Location.Path);
            Findings.Of(new[] { ("m.plan", CommittingPlan.Change("R.Anslag 60 000 kr", "R.Anslag 50 000 kr")), ("r.plan", BudgetProgramme) }).None("SP3006");
        }

        [Fact]
        public void SP3006_names_where_each_commitment_of_the_worst_year_is_made_as_related_locations()
        {
            var reported = Findings.Of(new[] { ("m.plan", CommittingPlan), ("r.plan", BudgetProgramme) }).Single("SP3006").Diagnostic;

            Assert.Equal(
                new[] { ("m.plan", "5,10", "M.X commits 60 000 kr of Anslag in 2024"), ("r.plan", "5,10", "Y commits 50 000 kr of Anslag in 2024") },
                reported.RelatedLocations.Select(related => (related.Location.Path, related.Location.Start.ToString(), related.Message.English)).OrderBy(related => related.Path));
        }

        [Fact]
        public void SP3006_an_actions_only_funder_without_share_or_amount_pays_the_whole_cost()
        {
            const string sole = """
                municipal plan P {
                  period 2024
                  review yearly
                  funder F municipality budget 100 000 kr per year
                  goal G "Bevarad service" { indicator "butiker" }
                  action X serves G { cost 60 000 kr per year; funding F }
                  action Y serves G { cost 50 000 kr per year; funding F }
                }
                """;

            Findings.Of(sole).Single("SP3006").Says("in 2024 it is committed 110 000 kr (X 60 000 kr, Y 50 000 kr)");

            // With a second funder and no shares, nobody's part of Y is known.
            var shared = sole.Change("cost 50 000 kr per year; funding F }", "cost 50 000 kr per year; funding F, F2 }").Change("budget 100 000 kr per year", "budget 100 000 kr per year\nfunder F2 municipality");
            Findings.Of(shared).Clean("SP3006");
        }

        private const string Years = """
            municipal plan P {
              period 2024..2027
              review yearly
              funder F municipality budget 100 000 kr per year
              goal G "Bevarad service" { indicator "butiker" }
              action X serves G { cost 60 000 kr per year; funding F 60 000 kr per year }
              action Y serves G { cost 50 000 kr in 2024; funding F 50 000 kr in 2024 }
              action Z serves G { cost 70 000 kr in 2026; funding F 70 000 kr in 2026 }
              action W serves G { cost 45 000 kr in 2027; funding F 45 000 kr in 2027 }
            }
            """;

        [Fact]
        public void SP3006_reported_once_per_funder_naming_the_years_over_budget_and_the_worst()
        {
            // 2024: 110 000 kr, 2025: 60 000 kr, 2026: 130 000 kr, 2027: 105 000 kr.
            Findings.Of(Years).Exactly("SP3006").Single("SP3006")
                .At("4,10", "F")
                .Says("Funder F is committed beyond its budget in 2024, 2026–2027: in 2026 it is committed 130 000 kr (X 60 000 kr, Z 70 000 kr), 30 000 kr above its budget of 100 000 kr");
            Findings.Of(Years.Change("budget 100 000 kr", "budget 130 000 kr")).Clean("SP3006");
        }

        [Fact]
        public void SP3006_each_funder_over_budget_is_reported_once()
        {
            var plan = Years.Change("  funder F municipality budget 100 000 kr per year\n", "  funder F municipality budget 100 000 kr per year\n  funder H region budget 10 000 kr per year\n")
                .Change("funding F 45 000 kr in 2027", "funding F 30 000 kr in 2027, H 15 000 kr in 2027");

            var findings = Findings.Of(plan).Exactly("SP3006", "SP3006");
            findings.Where("SP3006").Single(reported => reported.Text == "F").Says("beyond its budget in 2024, 2026:");
            findings.Where("SP3006").Single(reported => reported.Text == "H").At("5,10", "H").Says("Funder H is committed beyond its budget in 2027: in 2027 it is committed 15 000 kr (W 15 000 kr), 5 000 kr above its budget of 10 000 kr");
        }

        [Fact]
        public void SP3007_funding_for_a_year_outside_the_plan_period()
        {
            var plan = Funded.Change("funding F }", "funding F 50 000 kr in 2031 }");

            var reported = Findings.Of(plan).Single("SP3007")
                .At("7,56", "F 50 000 kr in 2031")
                .Says("Funding from F is for 2031, outside the plan's period 2023–2030");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("in 2031", "in 2030")).Clean("SP3007");
        }

        [Fact]
        public void SP3007_an_action_period_bounds_its_funding()
        {
            var plan = Funded.Change("funding F }", "period 2024..2025; funding F 50 000 kr in 2026 }");

            Findings.Of(plan).Single("SP3007").Says("outside the action's period 2024–2025");
            Findings.Of(plan.Change("in 2026", "in 2025")).None("SP3007");
        }
    }
}
