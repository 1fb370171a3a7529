namespace DslPlanning.Model
{
    /// <summary>A road distance in kilometres.</summary>
    public readonly record struct Distance(decimal Kilometres)
    {
        public override string ToString() => SwedishNumber.Format(Kilometres) + " km";
    }
}
