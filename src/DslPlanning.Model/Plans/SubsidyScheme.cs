namespace DslPlanning.Model
{
    /// <summary>The terms of a state subsidy as a plan states them (a regional programme's appendix, criteria agreed in the region).</summary>
    public sealed record SubsidyScheme
    {
        public SubsidyKind Kind { get; init; }
        public string? Title { get; init; }
        public ValueList<SchemeTerm> Terms { get; init; } = ValueList<SchemeTerm>.Empty;
        public string? Source { get; init; }
        public string? Description { get; init; }
        public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;
    }

    /// <summary>
    /// One term of a scheme, e.g. <c>amount at most 300 000 kr per year</c> under a condition, <c>nearest-store more than 10 km</c>,
    /// or a flag such as <c>year-round</c>.
    /// </summary>
    public sealed record SchemeTerm(string Fact, Comparison Comparison, Quantity? Value, string? Text, string? Condition);
}
