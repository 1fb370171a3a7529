using System;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Model.Law;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// The turnover model of särskilt driftstöd (DOMAIN.md, [003 bilaga 1]) with the law's terms: for turnover T,
    /// 500 000 ≤ T &lt; 5 000 000: −33 333 + T/15; 5 000 000 ≤ T ≤ 7 000 000: 300 000;
    /// 7 000 000 &lt; T ≤ 11 000 000: 300 000 − 0,075 × (T − 7 000 000); nothing outside; whole kronor (rounded down).
    /// </summary>
    public class OperatingAidModelTests
    {
        private static readonly OperatingAidTerms Terms = SubsidyLaw.OperatingAid.For(2024)!.Value;

        private static decimal Amount(decimal turnover) => OperatingAidModel.Amount(new Money(turnover), Terms).Kronor;

        /// <summary>
        /// The formula is continuous at each boundary (−33 333 + 500 000/15 = 0,33; −33 333 + 5 000 000/15 = 300 000,33;
        /// 300 000 − 0,075 × 0 = 300 000; 300 000 − 0,075 × 4 000 000 = 0), so one krona of turnover on either side moves
        /// the amount by at most 1 kr.
        /// </summary>
        [Theory]
        [InlineData(500_000)]
        [InlineData(5_000_000)]
        [InlineData(7_000_000)]
        [InlineData(11_000_000)]
        public void The_amount_is_continuous_at_the_boundaries(int boundary)
        {
            var at = Amount(boundary);

            Assert.True(Math.Abs(Amount(boundary - 1) - at) <= 1m, $"{boundary - 1}: {Amount(boundary - 1)}, {boundary}: {at}");
            Assert.True(Math.Abs(Amount(boundary + 1) - at) <= 1m, $"{boundary + 1}: {Amount(boundary + 1)}, {boundary}: {at}");
            Assert.True(Math.Abs(Amount(boundary - 0.01m) - at) <= 1m, $"{boundary - 0.01m}: {Amount(boundary - 0.01m)}, {boundary}: {at}");
        }

        /// <summary>
        /// Values computed by hand from the formula. 3 000 000 kr: −33 333 + 3 000 000/15 = −33 333 + 200 000 = 166 667 exactly
        /// (not 166 666). 2 000 000: −33 333 + 133 333,33 = 100 000,33 → 100 000. 1 000 000: 33 333,67 → 33 333.
        /// 4 999 999: 300 000,27, capped at 300 000. 9 000 000: 300 000 − 150 000. 10 000 000: 300 000 − 225 000.
        /// 7 000 001: 299 999,925 → 299 999.
        /// </summary>
        [Theory]
        [InlineData(499_999, 0)]
        [InlineData(500_000, 0)]
        [InlineData(1_000_000, 33_333)]
        [InlineData(2_000_000, 100_000)]
        [InlineData(3_000_000, 166_667)]
        [InlineData(4_999_999, 300_000)]
        [InlineData(5_000_000, 300_000)]
        [InlineData(6_000_000, 300_000)]
        [InlineData(7_000_000, 300_000)]
        [InlineData(7_000_001, 299_999)]
        [InlineData(9_000_000, 150_000)]
        [InlineData(10_000_000, 75_000)]
        [InlineData(11_000_000, 0)]
        [InlineData(11_000_001, 0)]
        public void Amount_by_turnover(int turnover, int expected) =>
            Assert.Equal((decimal)expected, Amount(turnover));

        [Fact]
        public void The_law_terms_are_those_of_the_document()
        {
            Assert.Equal(new Money(300_000m), Terms.Cap);
            Assert.Equal(new Money(500_000m), Terms.ModelStart);
            Assert.Equal(new Money(5_000_000m), Terms.ModelPlateauStart);
            Assert.Equal(new Money(7_000_000m), Terms.ModelPlateauEnd);
            Assert.Equal(new Money(11_000_000m), Terms.MaxTurnover);
        }
    }
}
