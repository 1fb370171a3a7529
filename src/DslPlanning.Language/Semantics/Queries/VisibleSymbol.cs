namespace DslPlanning.Language.Semantics.Queries
{
    /// <summary>An element a plan can name, as it names it: <c>RegionJH</c> for its own, <c>JämtlandRSP.IO1</c> for another plan's.</summary>
    public sealed record VisibleSymbol(ElementKey Symbol, string Name, string? Title);
}
