namespace DslPlanning.Model
{
    /// <summary>What an indicator value counts or measures.</summary>
    public enum QuantityUnit
    {
        /// <summary>A plain number: municipalities, stores, companies, meetings …</summary>
        Count,
        Kronor,
        Kilometres,
        Percent,
        HoursPerWeek,
        Years,
    }

    /// <summary>A measured or targeted value of an indicator, e.g. <c>80 %</c>, <c>15 per year</c>, <c>2 000 000 kr/year</c>.</summary>
    public readonly record struct Quantity(decimal Value, QuantityUnit Unit, bool PerYear = false)
    {
        public override string ToString()
        {
            var number = SwedishNumber.Format(Value);
            var text = Unit switch
            {
                QuantityUnit.Kronor => number + " kr",
                QuantityUnit.Kilometres => number + " km",
                QuantityUnit.Percent => number + " %",
                QuantityUnit.HoursPerWeek => number + " h/week",
                QuantityUnit.Years => number + " years",
                _ => number,
            };
            return PerYear ? text + " per year" : text;
        }
    }

    /// <summary>How a target value is to be read.</summary>
    public enum Comparison
    {
        Exactly,
        AtLeast,
        MoreThan,
        AtMost,
        LessThan,
        About,
    }
}
