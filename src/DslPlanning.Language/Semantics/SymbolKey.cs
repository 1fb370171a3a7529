namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// What a name in a plan stands for, by identity: a plan, an element of a plan, or a rule. Keys compare by value and
    /// hold no syntax, so a reference recorded in one compilation still means the same in a later one where the plans it
    /// reads are unchanged (the workspace reuses bindings on that ground); the declaration is looked up when asked for.
    /// </summary>
    public abstract record SymbolKey
    {
        private protected SymbolKey()
        {
        }

        /// <summary>How the symbol is named to a plan author: "funder RegionJH", "plan Krokom", "rule SP4030".</summary>
        public abstract string Describe();
    }

    /// <summary>An element declared in a plan: an actor, funder, place, level, area, goal or action.</summary>
    public sealed record ElementKey(SymbolKind Kind, string Plan, string Name) : SymbolKey
    {
        public override string Describe() => Symbol.Describe(Kind) + " " + Name;
    }

    /// <summary>A plan, named in its header, in <c>follows</c> and as the qualifier of <c>Plan.member</c>.</summary>
    public sealed record PlanKey(string Name) : SymbolKey
    {
        public override string Describe() => "plan " + Name;
    }

    /// <summary>A rule, named by its ID in <c>exception SPnnnn "…"</c>; it is declared by the checker, not in a plan.</summary>
    public sealed record RuleKey(string Id) : SymbolKey
    {
        public override string Describe() => "rule " + Id;
    }
}
