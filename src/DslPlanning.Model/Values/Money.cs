namespace DslPlanning.Model
{
    /// <summary>An amount in Swedish kronor. Sums and products saturate at decimal's range instead of throwing (<see cref="Saturating"/>).</summary>
    public readonly record struct Money(decimal Kronor)
    {
        public static Money Zero => new Money(0m);

        /// <summary>Whether the amount is an end of decimal's range: a figure too large to compute (<see cref="Saturating"/>).</summary>
        public bool IsSaturated => Saturating.IsSaturated(Kronor);

        public static Money operator +(Money left, Money right) => new Money(Saturating.Add(left.Kronor, right.Kronor));

        public static Money operator -(Money left, Money right) => new Money(Saturating.Subtract(left.Kronor, right.Kronor));

        public static Money operator *(Money left, decimal factor) => new Money(Saturating.Multiply(left.Kronor, factor));

        public static bool operator <(Money left, Money right) => left.Kronor < right.Kronor;

        public static bool operator >(Money left, Money right) => left.Kronor > right.Kronor;

        public static bool operator <=(Money left, Money right) => left.Kronor <= right.Kronor;

        public static bool operator >=(Money left, Money right) => left.Kronor >= right.Kronor;

        /// <summary>Swedish notation, e.g. <c>50 000 kr</c>; öre with two digits (<c>60 000,50 kr</c>), finer fractions as computed.</summary>
        public override string ToString()
        {
            var text = SwedishNumber.Format(Kronor);
            var comma = text.IndexOf(',');
            return (comma >= 0 && text.Length - comma == 2 ? text + "0" : text) + " kr";
        }
    }
}
