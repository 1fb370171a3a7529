using System.Linq;
using DslPlanning.Reports.Tests.Support;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>The figures of the real plans that the source documents state, as the reports show them.</summary>
    public class RealPlanFiguresTests
    {
        [Fact]
        public void Krokom_home_delivery_is_200_kr_per_delivery_shared_50_50_so_each_funder_pays_100_kr()
        {
            var sources = RealReports.Of("krokom").Table("funding-sources").Records().Where(row => row["action"].Text == "Hemsändningsbidrag").ToList();

            Assert.Equal(new[] { "Kommunstyrelsen, Krokoms kommun", "Region Jämtland Härjedalen" }, sources.Select(row => row["funder"].Text));
            Assert.All(sources, row =>
            {
                Assert.Equal("200 kr per hemsändning", row["cost"].Text);
                Assert.Equal(50m, row["share"].Value);
                Assert.Equal("100 kr per hemsändning", row["amount"].Text);
                Assert.Equal("2023–2030", row["years"].Text);
                Assert.Equal("Planen anger inte antalet hemsändningar per år.", row["comment"].Text);
            });
        }

        [Fact]
        public void Krokom_service_agreements_cost_at_most_50_000_kr_per_service_point_and_year_for_five_points()
        {
            var agreement = RealReports.Of("krokom").Table("funding-sources").Records().Single(row => row["action"].Text.StartsWith("Kommunen tecknar avtal", System.StringComparison.Ordinal));

            Assert.Equal("högst 50 000 kr per ort och år", agreement["cost"].Text);
            Assert.Equal(250_000m, agreement["costPerYear"].Value);
            Assert.Equal("Krokoms kommun", agreement["funder"].Text);
        }

        [Fact]
        public void Krokom_home_delivery_grant_is_at_most_100_kr_per_delivery_and_after_the_law_table_by_its_last_year()
        {
            var limits = RealReports.Of("krokom").Table("subsidy-limits").Records();

            Assert.Equal(new[] { "2023–2026", "2027–2030" }, limits.Select(row => row["years"].Text));
            Assert.All(limits, row => Assert.Equal(100m, row["maximum"].Value));
            Assert.All(limits, row => Assert.Equal("per hushåll och hemsändning", row["per"].Text));
            Assert.Equal("50 % av kostnaden per hemsändning (200 kr), högst 100 kr per hushåll och hemsändning", limits[0]["basis"].Text);
            Assert.EndsWith("; senast kända lydelse", limits[0]["source"].Text);
            Assert.EndsWith("; senast kända lydelse, 2026 års belopp", limits[1]["source"].Text);
            Assert.All(limits, row => Assert.StartsWith("SP4004: Programmet anger inte antalet hemsändningar", row["reasons"].Text));
        }

        [Fact]
        public void Vasterbotten_service_grant_is_at_most_250_000_kr_a_year_or_300_000_kr_for_a_well_developed_range()
        {
            var terms = RealReports.Of("vasterbotten-rsp").Table("subsidy-schemes").Records().Where(row => row["condition"].Text == "belopp").ToList();

            Assert.Equal("högst 250 000 kr per år", terms[0]["limit"].Text);
            Assert.Equal("högst 300 000 kr per år", terms[1]["limit"].Text);
            Assert.StartsWith("dagligvarubutiker med ett väl utbyggt utbud", terms[1]["appliesWhen"].Text);
        }

        [Fact]
        public void The_2018_action_plan_shows_each_activity_with_its_target_completion()
        {
            var progress = RealReports.Of("vasterbotten-handlingsplan-2018").Table("action-progress").Texts("subGoal");

            Assert.Equal(15, progress.Count);
            Assert.Equal(12, progress.Count(text => text == "100 %"));
            Assert.Equal(new[] { "mer än 50 %" }, progress.Where(text => text.StartsWith("mer", System.StringComparison.Ordinal)));
            Assert.Equal(2, progress.Count(text => text == "50 %"));
            var matrix = RealReports.Of("vasterbotten-handlingsplan-2018").Table("action-plan").Records();
            Assert.Equal("2.2, 2.4", matrix.Single(row => row["action"].Text.StartsWith("Medverka vid nationella", System.StringComparison.Ordinal))["followedGoals"].Text);
        }

        [Fact]
        public void Krokom_serves_every_area_of_the_regional_programme_it_follows()
        {
            var report = RealReports.Of("krokom");
            var goals = report.Table("regional-goals").Records();

            Assert.Equal(new[] { "IO1", "IO2", "IO3" }, goals.Select(row => row["goal"].Text));
            Assert.All(goals, row => Assert.Equal("tjänas", row["status"].Text));
        }

        [Fact]
        public void Results_of_the_pilot_programme_are_assessed_against_their_targets()
        {
            var goals = RealReports.Of("pilotkommuner").Table("goals").Records();
            var r1 = goals.Single(row => row["goal"].Text == "R1");

            Assert.Equal("minst 80 % (2015)", r1["target"].Text);
            Assert.Equal("83 % (2015)", r1["actual"].Text);
            Assert.Equal("uppnått", r1["assessment"].Text);
        }

        [Fact]
        public void Counts_come_from_the_findings_of_the_build()
        {
            Assert.Equal(2, RealReports.Of("krokom").Counts.JustifiedExceptions); // SP4004 of the home-delivery grant, SP5014 of the plan
            Assert.Equal(1, RealReports.Of("vasterbotten-rsp").Counts.JustifiedExceptions);
            Assert.All(RealReports.All, report => Assert.Equal(0, report.Counts.Errors));
        }
    }
}
