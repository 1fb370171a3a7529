using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// The law tables are year-versioned: a year no table covers is reported (SP4003, naming the years covered) and not
    /// guessed; the years a table covers are checked.
    /// </summary>
    public class LawYearTests
    {
        [Theory]
        [InlineData("operating-aid", 2025, "the operating aid terms in 2025 (the table covers 2016–2024), so these were not checked: the distance, turnover, opening hours, range and amount")]
        [InlineData("operating-aid", 2015, "the operating aid terms in 2015 (the table covers 2016–2024), so these were not checked: the distance, turnover, opening hours, range and amount")]
        [InlineData("service-grant", 2027, "the service grant terms in 2027 (the table covers 2016–2026), so these were not checked: the cap and the three-year limit")]
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
        public void Home_delivery_grant_for_2023_to_2030_is_checked_for_2023_to_2026_and_reports_2027_to_2030_once()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2023..2030", "recipient K", "amount 40 400 kr", "deliveries 400");

            var findings = Findings.Of(plan);
            findings.Single("SP4003")
                .At(SubsidyPlan.In("home-delivery-grant"), "in 2023..2030")
                .Says("no figures for the home-delivery grant terms in 2027–2030 (the table covers 2016–2026)");
            findings.Single("SP4022").Says("101 kr per household and delivery");
            findings.Single("SP4004").Says("net cost");
            findings.Exactly("SP4003", "SP4022", "SP4004");
        }

        [Fact]
        public void Home_delivery_minimum_cost_is_checked_up_to_2026_and_not_guessed_after()
        {
            string Plan(string netCost) => SubsidyPlan.Text("home-delivery-grant in 2023..2030", "recipient K", "amount 10 000 kr", "net-cost " + netCost, "deliveries 200");

            // 29 500 kr is half a prisbasbelopp or more in 2023–2025 (26 250, 28 650, 29 400) but not in 2026 (29 600).
            Findings.Of(Plan("29 500 kr")).Single("SP4023").Says("below half the prisbasbelopp in 2026 (29 600 kr)");

            // 29 600 kr meets every year with a known prisbasbelopp; 2027–2030 are unknown, not assumed.
            Findings.Of(Plan("29 600 kr")).None("SP4023");
        }

        [Fact]
        public void Home_delivery_grant_with_a_net_cost_reports_the_uncovered_years_once()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2023..2030", "recipient K", "amount 10 000 kr", "net-cost 60 000 kr", "deliveries 200");

            Findings.Of(plan).Exactly("SP4003").Single("SP4003")
                .At(SubsidyPlan.In("home-delivery-grant"), "in 2023..2030")
                .Says("no figures for the home-delivery grant terms in 2027–2030 (the table covers 2016–2026), so these were not checked: the share, the amount per delivery and the minimum cost");
            Findings.Of(plan.Change("in 2023..2030", "in 2023..2026")).Clean("SP4003");
        }

        [Fact]
        public void Home_delivery_grant_wholly_after_the_tables_is_reported_once_and_not_checked()
        {
            // 2027 has neither home-delivery terms nor a prisbasbelopp; the amount per delivery (101 kr) is not guessed.
            var plan = SubsidyPlan.Text("home-delivery-grant in 2027", "recipient K", "amount 20 200 kr", "net-cost 10 000 kr", "deliveries 200");

            Findings.Of(plan).Exactly("SP4003").Single("SP4003")
                .At(SubsidyPlan.In("home-delivery-grant"), "in 2027")
                .Says("no figures for the home-delivery grant terms in 2027 (the table covers 2016–2026)");
        }
    }
}
