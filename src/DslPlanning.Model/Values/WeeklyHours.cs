namespace DslPlanning.Model
{
    /// <summary>Opening hours per week.</summary>
    public readonly record struct WeeklyHours(decimal Hours)
    {
        public override string ToString() => SwedishNumber.Format(Hours) + " h/week";
    }
}
