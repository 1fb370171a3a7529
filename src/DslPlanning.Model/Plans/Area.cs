namespace DslPlanning.Model
{
    /// <summary>A priority area (insatsområde, prioriterat område) with its rank, goals and actions.</summary>
    public sealed record Area
    {
        public string Name { get; init; } = "";
        public string? Title { get; init; }

        /// <summary>The priority rank: 1 is the first priority.</summary>
        public int? Rank { get; init; }
        public ValueList<SymbolRef> Serves { get; init; } = ValueList<SymbolRef>.Empty;

        /// <summary>Performers (utförare) named for the whole area.</summary>
        public ValueList<SymbolRef> Owners { get; init; } = ValueList<SymbolRef>.Empty;

        /// <summary>Funding sources named for the whole area.</summary>
        public ValueList<FundingSource> Funding { get; init; } = ValueList<FundingSource>.Empty;
        public string? Description { get; init; }
        public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;
        public ValueList<Goal> Goals { get; init; } = ValueList<Goal>.Empty;
        public ValueList<PlanAction> Actions { get; init; } = ValueList<PlanAction>.Empty;

        /// <summary>Justified exceptions that hold for the area, its goals and its actions.</summary>
        public ValueList<JustifiedException> Exceptions { get; init; } = ValueList<JustifiedException>.Empty;
    }
}
