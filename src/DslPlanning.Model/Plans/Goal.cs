namespace DslPlanning.Model
{
    /// <summary>A goal (mål, delmål) with its kind, indicator, baseline, target and recorded actuals.</summary>
    public sealed record Goal
    {
        public string Name { get; init; } = "";
        public string? Title { get; init; }
        public GoalKind? Kind { get; init; }
        public ValueList<SymbolRef> Serves { get; init; } = ValueList<SymbolRef>.Empty;
        public ValueList<SymbolRef> Owners { get; init; } = ValueList<SymbolRef>.Empty;
        public string? Indicator { get; init; }
        public Measurement? Baseline { get; init; }
        public GoalTarget? Target { get; init; }
        public ValueList<Measurement> Actuals { get; init; } = ValueList<Measurement>.Empty;
        public string? Description { get; init; }
        public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;
        public ValueList<JustifiedException> Exceptions { get; init; } = ValueList<JustifiedException>.Empty;
    }

    /// <summary>A value of an indicator in a year, with an optional note on its source; <c>more than 83 %</c> has the comparison <see cref="Comparison.MoreThan"/>.</summary>
    public sealed record Measurement(Quantity Value, int? Year, string? Note, Comparison Comparison = Comparison.Exactly);

    /// <summary>A target value, e.g. at least 80 % by 2015, or by a day (senast 2025-12-31), whose year is then <see cref="Year"/>.</summary>
    public sealed record GoalTarget(Comparison Comparison, Quantity Value, int? Year, PlanDate? By = null);
}
