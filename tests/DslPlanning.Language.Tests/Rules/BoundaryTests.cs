using System.Globalization;
using System.Linq;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// The limits of the law at their exact boundary, one case on each side: each value is either reported with its
    /// rule, or the plan has no warning or error at all.
    /// </summary>
    public class BoundaryTests
    {
        private static void Check(string plan, string id, bool reported, params string[] message)
        {
            var findings = Findings.Of(plan);
            if (reported)
            {
                findings.Single(id).Says(message);
            }
            else
            {
                findings.Clean(id);
            }
        }

        private static string OperatingAid(string turnover = "3 000 000 kr", string articles = "1 200", string open = "45 h/week", string nearest = "12 km", string amount = "100 000 kr")
        {
            var facts = new[] { "recipient B", "turnover " + turnover, "articles " + articles, "open " + open, "year-round", "nearest-store " + nearest };
            return SubsidyPlan.Text("operating-aid in 2024", amount.Length == 0 ? facts : facts.Append("amount " + amount).ToArray());
        }

        [Theory]
        [InlineData("10 km", true)]
        [InlineData("10,1 km", false)]
        [InlineData("10.1 km", false)]
        [InlineData("9,9 km", true)]
        public void Operating_aid_needs_more_than_10_km_to_the_nearest_store(string distance, bool reported) =>
            Check(OperatingAid(nearest: distance), "SP4030", reported, "is " + distance.Replace('.', ',') + " away");

        [Theory]
        [InlineData("11 000 000 kr", false)]
        [InlineData("11 000 001 kr", true)]
        public void Operating_aid_turnover_at_most_11_million(string turnover, bool reported) =>
            Check(OperatingAid(turnover: turnover, amount: string.Empty), "SP4033", reported, "the store's is 11 000 001 kr");

        [Theory]
        [InlineData("2 000 000 kr", "40 h/week", false)]
        [InlineData("2 000 000 kr", "39,9 h/week", true)]
        [InlineData("1 999 999 kr", "20 h/week", false)]
        [InlineData("1 999 999 kr", "19,9 h/week", true)]
        public void Operating_aid_opening_hours_40_from_2_million_else_20(string turnover, string open, bool reported) =>
            Check(OperatingAid(turnover: turnover, open: open), "SP4032", reported, "at least " + (turnover.StartsWith('2') ? "40" : "20") + " h/week", "but it is open " + open);

        [Theory]
        [InlineData("1 000", false)]
        [InlineData("999", true)]
        public void Operating_aid_range_of_at_least_1000_articles(string articles, bool reported) =>
            Check(OperatingAid(articles: articles), "SP4034", reported, "at least 1 000 articles", "the store has 999");

        /// <summary>50 % of 120 000 kr is 60 000 kr; 60 120 kr is 50,1 %, and 60 001 kr is over by one krona (50,0008 %).</summary>
        [Theory]
        [InlineData("60 000 kr", false)]
        [InlineData("60 001 kr", true)]
        [InlineData("60 120 kr", true)]
        public void Home_delivery_grant_at_most_50_percent_of_the_net_cost(string amount, bool reported) =>
            Check(
                SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount " + amount, "net-cost 120 000 kr", "deliveries 1 000"),
                "SP4021", reported, $"The home-delivery grant of {amount} is more than 50 % of the municipality's net cost 120 000 kr; it may be at most 60 000 kr");

        /// <summary>With paid-by the grant is the funder's share of the action's cost per delivery: 50 % of 160 kr is 80 kr, 50,1 % is 80,16 kr.</summary>
        [Theory]
        [InlineData("50 %", "50 %", false)]
        [InlineData("49,9 %", "50,1 %", true)]
        public void Home_delivery_grant_paid_by_a_funder_at_most_50_percent_of_the_cost_per_delivery(string own, string share, bool reported) =>
            Check(
                SubsidyPlan.With(
                    "home-delivery-grant in 2024",
                    new[] { "recipient K", "paid-by R", "net-cost 100 000 kr" },
                    funding: $"cost 160 kr per delivery; funding F {own}, R {share}"),
                "SP4021", reported, "The home-delivery grant of 80,16 kr per delivery is more than 50 % of the action's cost of 160 kr per delivery; it may be at most 80 kr per delivery");

        [Theory]
        [InlineData("10 000 kr", "100", false, "")]
        [InlineData("10 001 kr", "100", true, "is 100,01 kr per household and delivery (10 001 kr for 100 deliveries; at most 10 000 kr in all)")]
        [InlineData("60 000 kr", "600", false, "")]
        [InlineData("60 001 kr", "600", true, "is more than 100 kr per household and delivery (60 001 kr for 600 deliveries; at most 60 000 kr in all)")]
        public void Home_delivery_grant_at_most_100_kr_per_household_and_delivery(string amount, string deliveries, bool reported, string message) =>
            Check(
                SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount " + amount, "net-cost 200 000 kr", "deliveries " + deliveries),
                "SP4022", reported, message);

        /// <summary>With paid-by the grant per delivery is the funder's amount per delivery: 100 kr is the limit, 100,01 kr over it.</summary>
        [Theory]
        [InlineData("150 kr", "100 kr", false)]
        [InlineData("149,99 kr", "100,01 kr", true)]
        public void Home_delivery_grant_paid_by_a_funder_at_most_100_kr_per_delivery(string own, string paid, bool reported) =>
            Check(
                SubsidyPlan.With(
                    "home-delivery-grant in 2024",
                    new[] { "recipient K", "paid-by R", "net-cost 100 000 kr" },
                    funding: $"cost 250 kr per delivery; funding F {own} per delivery, R {paid} per delivery"),
                "SP4022", reported, "The home-delivery grant is 100,01 kr per household and delivery (the part of the cost per delivery that R pays)");

        /// <summary>Half the prisbasbelopp of each year the home-delivery terms cover (DOMAIN.md), computed by hand.</summary>
        [Theory]
        [InlineData(2016, "22 150")]
        [InlineData(2017, "22 400")]
        [InlineData(2018, "22 750")]
        [InlineData(2019, "23 250")]
        [InlineData(2020, "23 650")]
        [InlineData(2021, "23 800")]
        [InlineData(2022, "24 150")]
        [InlineData(2023, "26 250")]
        [InlineData(2024, "28 650")]
        [InlineData(2025, "29 400")]
        [InlineData(2026, "29 600")]
        public void Home_delivery_net_cost_at_least_half_the_prisbasbelopp_of_the_year(int year, string half)
        {
            var oneLess = (int.Parse(half.Replace(" ", string.Empty), CultureInfo.InvariantCulture) - 1).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
            string Plan(string netCost) => SubsidyPlan.With(
                "home-delivery-grant in " + year,
                new[] { "recipient K", "amount 5 000 kr", "net-cost " + netCost, "deliveries 100" },
                period: "2016..2030");

            Check(Plan(half + " kr"), "SP4023", false);
            Check(Plan(oneLess + " kr"), "SP4023", true, $"The net cost of {oneLess} kr is below half the prisbasbelopp in {year} ({half} kr)");
        }

        private static string Investment(string cost, string amount, string grounds = "") =>
            SubsidyPlan.With(
                "investment-aid in 2019",
                grounds.Length == 0
                    ? new[] { "recipient B", "eligible-cost " + cost, "amount " + amount }
                    : new[] { "recipient B", "eligible-cost " + cost, "grounds " + grounds, "amount " + amount },
                period: "2014..2020");

        [Theory]
        [InlineData("50 000 kr", "20 000 kr", true)]
        [InlineData("50 001 kr", "25 000 kr", false)]
        public void Investment_aid_without_grounds_for_costs_above_50_000(string cost, string amount, bool reported) =>
            Check(Investment(cost, amount), "SP4040", reported, "eligible costs above 50 000 kr", "the costs are 50 000 kr");

        [Theory]
        [InlineData("30 000 kr", "27 000 kr", false)]
        [InlineData("29 999 kr", "20 000 kr", true)]
        public void Investment_aid_with_a_ground_for_costs_of_at_least_30_000(string cost, string amount, bool reported) =>
            Check(Investment(cost, amount, "accessibility"), "SP4040", reported, "eligible costs of at least 30 000 kr", "the costs are 29 999 kr");

        [Theory]
        [InlineData("50 000 kr", "", false)]
        [InlineData("50 001 kr", "", true)]
        [InlineData("90 000 kr", "restart", false)]
        [InlineData("90 001 kr", "restart", true)]
        public void Investment_aid_at_most_50_percent_or_90_percent_with_a_ground(string amount, string grounds, bool reported) =>
            Check(
                Investment("100 000 kr", amount, grounds), "SP4041", reported,
                $"The investment aid applied for, {amount}, is more than {(grounds.Length == 0 ? "50 %" : "90 %")} of the eligible costs 100 000 kr; at most {(grounds.Length == 0 ? "50 000 kr" : "90 000 kr")} may be given");

        [Theory]
        [InlineData("250 000 kr", "", false)]
        [InlineData("250 001 kr", "", true)]
        [InlineData("300 000 kr", "", true)]
        [InlineData("300 000 kr", "service-strategic", false)]
        [InlineData("300 000 kr", "well-developed-range", false)]
        [InlineData("300 001 kr", "service-strategic", true)]
        public void Service_grant_at_most_250_000_or_300_000_for_a_service_strategic_store(string amount, string flag, bool reported)
        {
            var facts = new[] { "recipient B", "amount " + amount, "other-measures-tried", "exception SP4012 \"särskilda skäl\"" };
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", flag.Length == 0 ? facts : facts.Append(flag).ToArray());

            Check(plan, "SP4010", reported, $"applied for is {amount} per year, above the cap of {(flag.Length == 0 ? "250 000 kr" : "300 000 kr")}");
        }
    }
}
