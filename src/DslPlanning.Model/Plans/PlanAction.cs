namespace DslPlanning.Model
{
    /// <summary>An action (åtgärd, insats) or an annual-plan activity (aktivitet).</summary>
    public sealed record PlanAction
    {
        public string Name { get; init; } = "";
        public string? Title { get; init; }
        public string? Priority { get; init; }
        public ActionStatus Status { get; init; }
        public ValueList<SymbolRef> Serves { get; init; } = ValueList<SymbolRef>.Empty;
        public ValueList<SymbolRef> Owners { get; init; } = ValueList<SymbolRef>.Empty;

        /// <summary>Actors consulted, not responsible (i samråd med).</summary>
        public ValueList<SymbolRef> Consulted { get; init; } = ValueList<SymbolRef>.Empty;

        /// <summary>Actors taking part, not responsible (samverkanspartner).</summary>
        public ValueList<SymbolRef> Partners { get; init; } = ValueList<SymbolRef>.Empty;

        /// <summary>Funders named as co-financiers without a share or amount (medfinansiärer); not funding sources of the action.</summary>
        public ValueList<SymbolRef> CoFinanciers { get; init; } = ValueList<SymbolRef>.Empty;
        public YearRange? Period { get; init; }

        /// <summary>Target completion (delmål), e.g. 100 % or more than 50 %.</summary>
        public CompletionTarget? Completion { get; init; }

        /// <summary>Target in words (delmål), e.g. "Kartläggning av butiksorternas behov klar".</summary>
        public string? Milestone { get; init; }

        /// <summary>The day the action is to be done (klart).</summary>
        public PlanDate? Due { get; init; }

        /// <summary>Recorded completion per year.</summary>
        public ValueList<ProgressRecord> Progress { get; init; } = ValueList<ProgressRecord>.Empty;
        public ValueList<Cost> Costs { get; init; } = ValueList<Cost>.Empty;
        public ValueList<FundingSource> Funding { get; init; } = ValueList<FundingSource>.Empty;
        public ValueList<SymbolRef> Places { get; init; } = ValueList<SymbolRef>.Empty;
        public ValueList<SubsidyApplication> Subsidies { get; init; } = ValueList<SubsidyApplication>.Empty;
        public ValueList<JustifiedException> Exceptions { get; init; } = ValueList<JustifiedException>.Empty;
        public string? Description { get; init; }
        public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;
    }

    public sealed record CompletionTarget(Comparison Comparison, Percent Value);

    public sealed record ProgressRecord(Percent Value, int Year, string? Note);

    /// <summary>
    /// A cost: an amount, exact, at most or about, per some units (per delivery, per place per year …),
    /// with an optional volume (600 deliveries per year) and years.
    /// </summary>
    public sealed record Cost(Money Amount, Comparison Bound, ValueList<CostUnit> Per, CostVolume? Volume, YearRange? Years);

    /// <summary>How many units a unit cost applies to, e.g. 600 deliveries per year.</summary>
    public sealed record CostVolume(decimal Count, CostUnit Unit, bool PerYear);

    /// <summary>A funding source of an action or area: a share, an amount, or just the source's name.</summary>
    public sealed record FundingSource(SymbolRef Funder, Percent? Share, Money? Amount, ValueList<CostUnit> Per, YearRange? Years);

    /// <summary>A justified exception (särskilda skäl) that suppresses exactly one named rule.</summary>
    public sealed record JustifiedException(string RuleId, string Reason);
}
