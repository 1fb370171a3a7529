using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Tests.Model
{
    /// <summary>
    /// The figures over a model built in C#, past the language's bounds: they saturate at decimal's range and never throw
    /// (the plan of issue 9 that crashed the checker had 9·10²⁷ kr per delivery and 9·10⁹ deliveries per year).
    /// </summary>
    public class FigureOverflowTests
    {
        private const decimal Huge = 9_000_000_000_000_000_000_000_000_000m;

        private static PlanAction Action(string name, decimal perDelivery, decimal deliveries, params CostUnit[] per) => new()
        {
            Name = name,
            Costs = ValueList.Of(new Cost(new Money(perDelivery), Comparison.Exactly, ValueList.Of(per), new CostVolume(deliveries, CostUnit.Delivery, true), null)),
            Funding = ValueList.Of(new FundingSource(new SymbolRef("P", "F"), new Percent(100m), null, ValueList<CostUnit>.Empty, null)),
        };

        [Fact]
        public void A_yearly_cost_beyond_the_range_saturates()
        {
            var action = Action("A", Huge, 9_000_000_000m, CostUnit.Delivery);

            Assert.Equal(decimal.MaxValue, CostFigures.PerYear(action)!.Value.Kronor);
            Assert.Equal(decimal.MaxValue, CostFigures.PerYear(action.Funding[0], action)!.Value.Kronor);
        }

        [Fact]
        public void A_unit_given_twice_counts_once()
        {
            var action = Action("A", 200m, 600m, CostUnit.Delivery, CostUnit.Delivery);

            Assert.Equal(120_000m, CostFigures.PerYear(action)!.Value.Kronor);
        }

        [Fact]
        public void Funding_totals_beyond_the_range_saturate()
        {
            var plan = new ServicePlan
            {
                Name = "P",
                Period = new YearRange(2023, 2024),
                Funders = ValueList.Of(new Funder("F", null, null, ValueList.Of(new Budget(new Money(1_000m), true, null)), null, ValueList<string>.Empty)),
                Actions = ValueList.Of(Action("A", Huge, 9_000_000_000m, CostUnit.Delivery), Action("B", Huge, 1m, CostUnit.Delivery)),
            };

            var totals = FundingTotals.Compute(new[] { plan });

            Assert.Equal(new[] { 2023, 2024 }, totals.Select(total => total.Year));
            Assert.All(totals, total => Assert.Equal(decimal.MaxValue, total.Committed.Kronor));
            Assert.All(totals, total => Assert.True(total.OverBudget!.Value.IsSaturated, "saturation sticks: over budget by an amount too large to compute"));
        }

        [Fact]
        public void A_home_delivery_limit_over_huge_deliveries_saturates()
        {
            var application = new SubsidyApplication
            {
                Kind = SubsidyKind.HomeDeliveryGrant,
                NetCost = new Money(decimal.MaxValue),
                Deliveries = decimal.MaxValue,
                Trips = decimal.MaxValue,
            };

            var limit = GrantLimits.For(application, 2024);

            Assert.Equal(decimal.MaxValue, GrantLimits.Deliveries(application));
            Assert.True(limit.Maximum!.Value.IsSaturated, "half of a net cost too large to compute is too large to compute");
        }

        [Fact]
        public void A_home_delivery_limit_over_more_deliveries_than_100_kr_each_can_count_is_half_the_net_cost()
        {
            var application = new SubsidyApplication { Kind = SubsidyKind.HomeDeliveryGrant, NetCost = new Money(120_000m), Deliveries = decimal.MaxValue };

            var limit = GrantLimits.For(application, 2024);

            Assert.Equal(new Money(60_000m), limit.Maximum);
            Assert.Equal(GrantBasis.HomeDeliveryLimits, limit.Basis);
        }

        [Fact]
        public void A_cost_whose_volume_the_plan_does_not_state_is_unknown_not_saturated()
        {
            var action = new PlanAction
            {
                Name = "A",
                Costs = ValueList.Of(new Cost(new Money(decimal.MaxValue), Comparison.Exactly, ValueList.Of(CostUnit.Delivery), null, null)),
            };

            Assert.Null(CostFigures.PerYear(action));
        }

        [Fact]
        public void Two_yearly_costs_that_add_up_beyond_the_range_saturate_and_so_does_half_of_them()
        {
            var action = new PlanAction
            {
                Name = "A",
                Costs = ValueList.Of(
                    new Cost(new Money(decimal.MaxValue / 2m + 1m), Comparison.Exactly, ValueList.Of(CostUnit.Year), null, null),
                    new Cost(new Money(decimal.MaxValue / 2m + 1m), Comparison.Exactly, ValueList.Of(CostUnit.Year), null, null)),
                Funding = ValueList.Of(new FundingSource(new SymbolRef("P", "F"), new Percent(50m), null, ValueList<CostUnit>.Empty, null)),
            };

            Assert.True(CostFigures.PerYear(action)!.Value.IsSaturated);
            Assert.True(CostFigures.PerYear(action.Funding[0], action)!.Value.IsSaturated);
        }

        [Fact]
        public void Year_ranges_at_the_ends_of_int_neither_overflow_nor_loop_forever()
        {
            Assert.Equal(new[] { int.MaxValue - 1, int.MaxValue }, new YearRange(int.MaxValue - 1, int.MaxValue).Years);
            Assert.Equal(2, new YearRange(int.MaxValue - 1, int.MaxValue).Length);
            Assert.Equal(int.MaxValue, new YearRange(int.MinValue, int.MaxValue).Length);
            Assert.Equal(0, new YearRange(2030, 2023).Length);
            Assert.Empty(new YearRange(2030, 2023).Years);
        }
    }
}
