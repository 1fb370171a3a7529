using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>Settings of a compilation. <see cref="AsOf"/> is the date that date-dependent checks use; never the clock.</summary>
    public sealed record PlanCompilationOptions(PlanDate? AsOf = null)
    {
        public static PlanCompilationOptions Default { get; } = new();
    }
}
