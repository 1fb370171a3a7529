namespace DslPlanning.Model
{
    /// <summary>
    /// The largest numbers a plan may state, and its calendar years: the one home of these bounds (the binder reports a
    /// number beyond them, SP1021, and docs/language.md lists them). They lie far above any real Swedish plan (the yearly
    /// budget of the largest region is about 10¹¹ kr, Sweden has about 5 million households), and far enough inside
    /// decimal's range (about 7,9 × 10²⁸) that the figures computed from them stay exact: the largest product, an amount
    /// per delivery times a yearly volume times a share, is 10¹² kr × 10⁹ × 10 = 10²² kr per place, so a sum overflows
    /// only past about eight million such terms, and even then <see cref="Saturating"/> arithmetic stops it at the end of
    /// the range instead of throwing. Every count fits an <see cref="int"/>, and a year range has at most 201 years, so
    /// loops over years stay short.
    /// </summary>
    public static class NumberBounds
    {
        public const int FirstYear = 1900;

        public const int LastYear = 2100;

        /// <summary>The largest value of a unit (an amount in kr, a count, a percentage …); numbers are never negative.</summary>
        public static decimal Maximum(QuantityUnit unit) => unit switch
        {
            QuantityUnit.Kronor => 1_000_000_000_000m,
            QuantityUnit.Percent => 1_000m,
            QuantityUnit.HoursPerWeek => 168m,
            QuantityUnit.Kilometres => 100_000m,
            QuantityUnit.Years => 200m,
            _ => 1_000_000_000m,
        };

        public static bool Contains(QuantityUnit unit, decimal value) => value >= 0m && value <= Maximum(unit);

        public static bool ContainsYear(int year) => year >= FirstYear && year <= LastYear;
    }
}
