using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Writers;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>
    /// The chart's scale never throws on amounts near the range of <c>decimal</c>, where it used to stop the report job
    /// with an OverflowException. (The figures themselves saturate: FigureOverflowTests of the language tests.)
    /// </summary>
    public class FigureRangeTests
    {
        private const decimal Max = decimal.MaxValue;


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
    }
}
