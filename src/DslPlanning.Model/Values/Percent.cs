namespace DslPlanning.Model
{
    /// <summary>A percentage, 50 meaning 50 %.</summary>
    public readonly record struct Percent(decimal Value)
    {
        public decimal Fraction => Value / 100m;

        public override string ToString() => SwedishNumber.Format(Value) + " %";
    }
}
