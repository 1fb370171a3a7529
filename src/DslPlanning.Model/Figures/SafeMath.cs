using System;
using System.Collections.Generic;

namespace DslPlanning.Model.Figures
{
    /// <summary>
    /// Arithmetic on plan figures that cannot throw. Amounts and counts come from plan text and from C# code, and a sum or
    /// product of them can leave the range of <c>decimal</c> (±79 228 162 514 264 337 593 543 950 335): the result is then
    /// null, and the figures built on it say "too large to compute" instead of stopping a build or the report job.
    /// </summary>
    public static class SafeMath
    {
        // Overflow is the exceptional case: catching it is exact, where testing against the range first would round at its edge.
        public static decimal? Add(decimal left, decimal right)
        {
            try
            {
                return left + right;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        public static decimal? Multiply(decimal left, decimal right)
        {
            try
            {
                return left * right;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        public static Money? Add(Money left, Money right) => Add(left.Kronor, right.Kronor) is { } sum ? new Money(sum) : null;

        public static Money? Subtract(Money left, Money right) => Add(left.Kronor, -right.Kronor) is { } difference ? new Money(difference) : null;

        public static Money? Multiply(Money amount, decimal factor) => Multiply(amount.Kronor, factor) is { } product ? new Money(product) : null;

        /// <summary>The sum of the amounts (zero for none), or null when it is out of range.</summary>
        public static Money? Sum(IEnumerable<Money> amounts)
        {
            var sum = Money.Zero;
            foreach (var amount in amounts)
            {
                if (Add(sum, amount) is not { } next)
                {
                    return null;
                }

                sum = next;
            }

            return sum;
        }
    }
}
