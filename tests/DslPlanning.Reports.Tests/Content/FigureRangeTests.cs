using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>
    /// The figures the reports compute never throw on amounts near the range of <c>decimal</c>: a figure beyond it is not
    /// computed (null) and says so (TooLarge), where it used to stop the report job with an OverflowException.
    /// </summary>
    public class FigureRangeTests
    {
        private const decimal Max = decimal.MaxValue;

        private static readonly SymbolRef Fund = new("P", "F");

        private static PlanAction Action(string name, decimal amount, params CostUnit[] per) => new()
        {
            Name = name,
            Costs = ValueList.Of(new Cost(new Money(amount), Comparison.Exactly, ValueList.Of(per), null, null)),
            Funding = ValueList.Of(new FundingSource(Fund, null, null, ValueList<CostUnit>.Empty, null)),
        };

        private static ServicePlan Plan(params PlanAction[] actions) => new()
        {
            Name = "P",
            Period = YearRange.Single(2024),
            Funders = ValueList.Of(new Funder("F", null, null, ValueList.Of(new Budget(new Money(Max), true, null), new Budget(new Money(Max), true, null)), null, ValueList<string>.Empty)),
            Actions = ValueList.Of(actions),
        };

        [Theory]
        [InlineData(0, 1)]
        [InlineData(120_000, 200_000)]
        [InlineData(1e27, 1e27)]
        [InlineData(3e28, 5e28)]
        public void The_chart_scale_is_a_round_number_above_the_largest_value(double largest, double nice) =>
            Assert.Equal((decimal)nice, SvgBarChart.NiceMaximum((decimal)largest));

        [Theory]
        [InlineData(6e28)]
        [InlineData(7.9e28)]
        public void Above_five_times_ten_to_the_28th_the_chart_scale_is_the_largest_decimal(double largest) =>
            Assert.Equal(Max, SvgBarChart.NiceMaximum((decimal)largest));

        [Fact]
        public void The_largest_decimal_itself_has_a_chart_scale() => Assert.Equal(Max, SvgBarChart.NiceMaximum(Max));

        [Fact]
        public void A_cost_per_delivery_times_deliveries_beyond_the_range_is_too_large_not_unknown()
        {
            var action = Action("A", Max, CostUnit.Delivery) with
            {
                Costs = ValueList.Of(new Cost(new Money(Max), Comparison.Exactly, ValueList.Of(CostUnit.Delivery), new CostVolume(2m, CostUnit.Delivery, true), null)),
            };

            Assert.Null(CostFigures.PerYear(action));
            Assert.True(CostFigures.TooLarge(action));
            Assert.Null(CostFigures.PerYear(action.Funding[0], action));
            Assert.True(CostFigures.TooLarge(action.Funding[0], action));
        }

        [Fact]
        public void A_cost_whose_volume_the_plan_does_not_state_is_unknown_not_too_large()
        {
            var action = Action("A", Max, CostUnit.Delivery);

            Assert.Null(CostFigures.PerYear(action));
            Assert.False(CostFigures.TooLarge(action));
        }

        [Fact]
        public void Two_yearly_costs_that_add_up_beyond_the_range_are_too_large_and_half_of_them_too()
        {
            var action = Action("A", Max, CostUnit.Year) with
            {
                Costs = ValueList.Of(
                    new Cost(new Money(Max), Comparison.Exactly, ValueList.Of(CostUnit.Year), null, null),
                    new Cost(new Money(Max), Comparison.Exactly, ValueList.Of(CostUnit.Year), null, null)),
                Funding = ValueList.Of(new FundingSource(Fund, new Percent(50m), null, ValueList<CostUnit>.Empty, null)),
            };

            Assert.True(CostFigures.TooLarge(action));
            Assert.True(CostFigures.TooLarge(action.Funding[0], action));
        }

        [Fact]
        public void Commitments_and_budgets_that_add_up_beyond_the_range_are_not_summed()
        {
            var plan = Plan(Action("A", Max, CostUnit.Year), Action("B", Max, CostUnit.Year));

            var year = Assert.Single(FundingTotals.Compute(new[] { plan }));

            Assert.Equal(2024, year.Year);
            Assert.Null(year.Committed);
            Assert.False(year.IsOverBudget);
            Assert.Equal(2, year.Commitments.Count);
            Assert.Null(FundingTotals.Budget(plan.Funders[0], plan, 2024));
            Assert.True(FundingTotals.BudgetTooLarge(plan.Funders[0], plan, 2024));
            Assert.False(FundingTotals.BudgetTooLarge(plan.Funders[0], plan, 2025));
        }

        [Fact]
        public void Commitments_that_add_up_beyond_the_range_are_over_any_budget_by_an_amount_not_computed()
        {
            var plan = Plan(Action("A", Max, CostUnit.Year), Action("B", 1m, CostUnit.Year)) with
            {
                Funders = ValueList.Of(new Funder("F", null, null, ValueList.Of(new Budget(new Money(100m), true, null)), null, ValueList<string>.Empty)),
            };

            var year = Assert.Single(FundingTotals.Compute(new[] { plan }));

            Assert.Null(year.Committed);
            Assert.True(year.IsOverBudget);
            Assert.Null(year.OverBudget);
        }

        [Fact]
        public void A_commitment_over_a_negative_budget_by_more_than_the_range_is_not_computed()
        {
            var plan = Plan(Action("A", Max, CostUnit.Year)) with
            {
                Funders = ValueList.Of(new Funder("F", null, null, ValueList.Of(new Budget(new Money(-Max), true, null)), null, ValueList<string>.Empty)),
            };

            var year = Assert.Single(FundingTotals.Compute(new[] { plan }));

            Assert.Equal(new Money(Max), year.Committed);
            Assert.True(year.IsOverBudget);
            Assert.Null(year.OverBudget);
        }

        [Fact]
        public void Home_delivery_with_deliveries_and_trips_beyond_the_range_has_no_maximum()
        {
            var application = new SubsidyApplication { Kind = SubsidyKind.HomeDeliveryGrant, NetCost = new Money(120_000m), Deliveries = Max, Trips = Max };

            var limit = GrantLimits.For(application, 2024);

            Assert.Null(GrantLimits.Deliveries(application));
            Assert.Null(limit.Maximum);
            Assert.Equal(GrantBasis.TooLarge, limit.Basis);
        }

        [Fact]
        public void Home_delivery_with_more_deliveries_than_100_kr_each_can_count_is_half_the_net_cost()
        {
            var application = new SubsidyApplication { Kind = SubsidyKind.HomeDeliveryGrant, NetCost = new Money(120_000m), Deliveries = Max };

            var limit = GrantLimits.For(application, 2024);

            Assert.Equal(new Money(60_000m), limit.Maximum);
            Assert.Equal(GrantBasis.HomeDeliveryLimits, limit.Basis);
        }
    }
}
