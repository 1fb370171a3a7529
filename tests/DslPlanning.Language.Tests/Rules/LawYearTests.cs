using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Law;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// The law tables are year-versioned: a year no table covers is reported (SP4003, naming the years covered) and not
    /// guessed; the years a table covers are checked; a year after a table with no known later change is checked against
    /// its last figures and said so (SP4006).
    /// </summary>
    public class LawYearTests
    {
        [Theory]
        [InlineData("operating-aid", 2025, "the operating aid terms in 2025 (the table covers 2016–2024), so these were not checked: the distance, turnover, opening hours, range and amount")]
        [InlineData("operating-aid", 2015, "the operating aid terms in 2015 (the table covers 2016–2024), so these were not checked: the distance, turnover, opening hours, range and amount")]
        [InlineData("service-grant", 2015, "the service grant terms in 2015 (the table covers 2016–2026), so these were not checked: the cap and the three-year limit")]
        [InlineData("investment-aid", 2021, "the investment aid terms in 2021 (the table covers 2014–2020), so these were not checked: the minimum cost and the share")]
        public void Application_for_a_year_the_law_table_does_not_cover(string kind, int year, string message)
        {
            var facts = kind switch
            {
                "operating-aid" => new[] { "recipient B", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round", "nearest-store 12 km" },
                "service-grant" => new[] { "recipient B", "amount 100 000 kr", "other-measures-tried", "exception SP4012 \"särskilda skäl\"" },
                _ => new[] { "recipient B", "eligible-cost 100 000 kr", "amount 50 000 kr" },
            };
            var plan = SubsidyPlan.With($"{kind} in {year} for S", facts, period: "2014..2030");

            var reported = Findings.Of(plan).Exactly("SP4003").Single("SP4003")
                .At(SubsidyPlan.In(kind), "in " + year)
                .Says("There are no figures for " + message, "; check them by hand, or add the year's figures to the law table with their source");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
        }

        [Fact]
        public void SP4006_a_service_grant_after_the_table_is_checked_against_its_last_year_and_says_so()
        {
            var plan = SubsidyPlan.With("service-grant in 2027 for S", new[] { "recipient B", "amount 260 000 kr", "other-measures-tried", "exception SP4012 \"särskilda skäl\"" }, period: "2014..2030");

            var findings = Findings.Of(plan);
            var reported = findings.Single("SP4006")
                .At(SubsidyPlan.In("service-grant"), "in 2027")
                .Says("2027 checked against 2026's amounts, the last year of the service grant terms (SFS 2000:284", "check them again when the figures for 2027 are known");
            Assert.Equal(DiagnosticSeverity.Info, reported.Severity);
            findings.Single("SP4010").Says("250 000 kr");
            findings.None("SP4003");
        }

        [Fact]
        public void SP4006_the_operating_aid_table_does_not_carry_forward_a_cap_known_to_have_changed()
        {
            var plan = SubsidyPlan.With("operating-aid in 2027 for S", new[] { "recipient B", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round", "nearest-store 12 km" }, period: "2014..2030");

            Findings.Of(plan).None("SP4006").Single("SP4003").Says("the operating aid terms in 2027 (the table covers 2016–2024)");
        }

        [Fact]
        public void SP4006_a_home_delivery_grant_for_2023_to_2030_is_checked_in_every_year_and_says_which_rest_on_2026()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2023..2030", "recipient K", "amount 40 400 kr", "deliveries 400");

            var findings = Findings.Of(plan);
            findings.Single("SP4006")
                .At(SubsidyPlan.In("home-delivery-grant"), "in 2023..2030")
                .Says("2027–2030 checked against 2026's amounts, the last year of the home-delivery grant terms");
            findings.Single("SP4022").Says("101 kr per household and delivery");
            findings.Single("SP4004").Says("net cost");
            findings.Exactly("SP4006", "SP4022", "SP4004");
        }

        [Fact]
        public void Home_delivery_minimum_cost_after_2026_is_checked_against_the_prisbasbelopp_of_2026()
        {
            string Plan(string netCost) => SubsidyPlan.Text("home-delivery-grant in 2027", "recipient K", "amount 10 000 kr", "net-cost " + netCost, "deliveries 200");

            // Half of 2026's prisbasbelopp (59 200 kr) is 29 600 kr.
            Findings.Of(Plan("29 500 kr")).Single("SP4023").Says("29 600 kr");
            Findings.Of(Plan("29 600 kr")).None("SP4023").None("SP4003");
        }

        [Theory]
        [InlineData(2016, LawWording.Checked)]
        [InlineData(2020, LawWording.Checked)]
        [InlineData(2021, LawWording.LastKnown)]
        [InlineData(2026, LawWording.LastKnown)]
        public void The_tables_say_which_years_rest_on_a_checked_wording(int year, LawWording wording)
        {
            Assert.Equal(wording, SubsidyLaw.ServiceGrant.For(year)!.Wording);
            Assert.Equal(wording, SubsidyLaw.HomeDelivery.For(year)!.Wording);
            Assert.True(SubsidyLaw.HomeDelivery.IsCarriedForward(2027));
            Assert.False(SubsidyLaw.HomeDelivery.IsCarriedForward(2015));
            Assert.Null(SubsidyLaw.HomeDelivery.Applicable(2015));
        }
    }
}
