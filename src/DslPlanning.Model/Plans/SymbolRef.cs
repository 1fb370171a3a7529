namespace DslPlanning.Model
{
    /// <summary>A resolved reference to a named element of a plan, e.g. goal <c>1.1</c> of plan <c>VasterbottenRSP</c>.</summary>
    public sealed record SymbolRef(string Plan, string Name)
    {
        public override string ToString() => Plan + "." + Name;
    }
}
