namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>The rules' arithmetic on numbers within the bounds: saturating, never an exception (SP9001).</summary>
    public class OverflowTests
    {
        /// <summary>10¹² kr over 10⁻²⁸ deliveries is 10⁴⁰ kr per delivery, beyond decimal's range: the rule reports it, saturated.</summary>
        [Fact]
        public void A_grant_over_a_tiny_number_of_deliveries_is_reported_not_crashed_on()
        {
            var plan = SubsidyPlan.Text(
                "home-delivery-grant in 2024", "recipient K", "amount 1 000 000 000 000 kr", "net-cost 1 000 000 000 000 kr", "deliveries 0,0000000000000000000000000001");

            var findings = Findings.Of(plan).None("SP9001");

            findings.Single("SP4022").At("15,7", "amount 1 000 000 000 000 kr").Says("79 228 162 514 264 337 593 543 950 335 kr");
        }

        /// <summary>Every figure at its bound: the largest cost per year, funded by shares of 1 000 %, against a budget.</summary>
        [Fact]
        public void Figures_at_the_bounds_are_exact()
        {
            var plan = "municipal plan P {\n  period 2023..2030\n  review yearly\n  funder F municipality budget 1 000 000 000 000 kr per year\n"
                + "  funder R region\n  goal G \"g\" { indicator \"i\" }\n  action A serves G {\n"
                + "    cost 1 000 000 000 000 kr per delivery, 1 000 000 000 deliveries per year\n    funding F 1 000 %, R 1 000 %\n  }\n}\n";

            var findings = Findings.Of(plan);

            findings.Single("SP3003").Says("2 000 %");
            findings.Single("SP3006").Says("10 000 000 000 000 000 000 000 kr", "9 999 999 999 000 000 000 000 kr above its budget of 1 000 000 000 000 kr");
        }
    }
}
