using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Model
{
    /// <summary>Decimal arithmetic on plan figures saturates at decimal's range instead of throwing, and is exact inside it.</summary>
    public class SaturatingTests
    {
        private const decimal Max = decimal.MaxValue;
        private const decimal Min = decimal.MinValue;

        [Fact]
        public void Sums_inside_the_range_are_exact()
        {
            Assert.Equal(3.75m, Saturating.Add(1.5m, 2.25m));
            Assert.Equal(-4m, Saturating.Add(-7m, 3m));
            Assert.Equal(Max, Saturating.Add(Max - 1m, 1m));
            Assert.Equal(Min, Saturating.Subtract(Min + 1m, 1m));
        }

        [Fact]
        public void Sums_beyond_the_range_saturate_on_their_side()
        {
            Assert.Equal(Max, Saturating.Add(Max, 1m));
            Assert.Equal(Max, Saturating.Add(Max, 0.5m));
            Assert.Equal(Max, Saturating.Add(Max / 2m + 1m, Max / 2m + 1m));
            Assert.Equal(Min, Saturating.Add(Min, -1m));
            Assert.Equal(Min, Saturating.Subtract(Min, 1m));
            Assert.Equal(Max, Saturating.Subtract(100m, Min));
        }

        [Fact]
        public void Products_beyond_the_range_saturate_with_the_sign_of_the_product()
        {
            Assert.Equal(Max, Saturating.Multiply(9_000_000_000_000_000_000_000_000_000m, 9_000_000_000m));
            Assert.Equal(Min, Saturating.Multiply(-Max, 1.5m));
            Assert.Equal(Max, Saturating.Multiply(-Max, -1.0000000001m));
            Assert.Equal(Max, Saturating.Multiply(Max, 1.0000000000000000000000000001m));
            Assert.Equal(10_000_000_000_000_000_000_000m, Saturating.Multiply(1_000_000_000_000m, 10_000_000_000m));
            Assert.Equal(0m, Saturating.Multiply(Max, 0m));
        }

        [Fact]
        public void Saturation_sticks_so_that_a_figure_computed_from_one_too_large_is_too_large_too()
        {
            Assert.Equal(Max, Saturating.Subtract(Max, 1_000m));
            Assert.Equal(Max, Saturating.Add(Max, Min));
            Assert.Equal(Min, Saturating.Add(5m, Min));
            Assert.Equal(Max, Saturating.Multiply(Max, 0.5m));
            Assert.Equal(Min, Saturating.Multiply(Max, -0.5m));
            Assert.Equal(Max, Saturating.Divide(Max, 2m));
            Assert.True(Saturating.IsSaturated(Min));
            Assert.False(Saturating.IsSaturated(Max - 1m));
            Assert.True(new Money(Max).IsSaturated);
        }

        [Fact]
        public void Quotients_saturate_and_division_by_zero_gives_the_end_on_the_dividends_side()
        {
            Assert.Equal(Max, Saturating.Divide(1_000_000_000_000m, 0.0000000000000000000000000001m));
            Assert.Equal(Min, Saturating.Divide(1_000_000_000_000m, -0.0000000000000000000000000001m));
            Assert.Equal(Max, Saturating.Divide(5m, 0m));
            Assert.Equal(Min, Saturating.Divide(-5m, 0m));
            Assert.Equal(0m, Saturating.Divide(0m, 0m));
            Assert.Equal(2.5m, Saturating.Divide(5m, 2m));
        }
    }
}
