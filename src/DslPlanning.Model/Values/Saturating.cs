using System;

namespace DslPlanning.Model
{
    /// <summary>
    /// Decimal arithmetic that saturates at the ends of decimal's range (±79 228 162 514 264 337 593 543 950 335) instead
    /// of throwing: a figure computed from plan data never crashes a check or a report, however the model was built. The
    /// language's bounds (<see cref="NumberBounds"/>) keep the figures of any real plan exact and far from saturation.
    /// Saturation sticks: a figure computed from a saturated one is saturated too, so that <see cref="IsSaturated"/>
    /// reliably tells "too large to compute" (a rule's message, a report's cell) from a real amount.
    /// </summary>
    /// <remarks>
    /// The range tests avoid exceptions where the result is clearly out of range (a saturated sum stays cheap to add to);
    /// decimal rounds, so within half a unit of the ends only the runtime's own check can tell, and it is the fallback.
    /// </remarks>
    public static class Saturating
    {
        /// <summary>Whether the value is an end of decimal's range: a figure too large to compute.</summary>
        public static bool IsSaturated(decimal value) => value == decimal.MaxValue || value == decimal.MinValue;

        public static decimal Add(decimal left, decimal right)
        {
            if (IsSaturated(left))
            {
                return left;
            }

            if (IsSaturated(right))
            {
                return right;
            }

            if ((right > 0m && left > decimal.MaxValue - right) || (right < 0m && left < decimal.MinValue - right))
            {
                return Limit(right);
            }

            try
            {
                return left + right;
            }
            catch (OverflowException)
            {
                return Limit(right);
            }
        }

        public static decimal Subtract(decimal left, decimal right) => Add(left, -right);

        public static decimal Multiply(decimal left, decimal right)
        {
            var sign = Math.Sign(left) * Math.Sign(right);
            if (sign != 0 && (IsSaturated(left) || IsSaturated(right)))
            {
                return Limit(sign);
            }

            if (Math.Abs(left) >= 1m && Math.Abs(right) > decimal.MaxValue / Math.Abs(left))
            {
                return Limit(sign);
            }

            try
            {
                return left * right;
            }
            catch (OverflowException)
            {
                return Limit(sign);
            }
        }

        /// <summary>The quotient; dividing by zero gives the end of the range on the dividend's side (0 for 0 / 0).</summary>
        public static decimal Divide(decimal dividend, decimal divisor)
        {
            var sign = Math.Sign(dividend) * (divisor < 0m ? -1 : 1);
            if (IsSaturated(dividend))
            {
                return Limit(sign);
            }

            if (divisor == 0m || (Math.Abs(divisor) < 1m && Math.Abs(dividend) > decimal.MaxValue * Math.Abs(divisor)))
            {
                return dividend == 0m ? 0m : Limit(sign);
            }

            try
            {
                return dividend / divisor;
            }
            catch (OverflowException)
            {
                return Limit(sign);
            }
        }

        private static decimal Limit(decimal sign) => sign < 0m ? decimal.MinValue : decimal.MaxValue;
    }
}
