namespace DslPlanning.Model
{
    /// <summary>The languages diagnostics are written in. A host chooses one (<see cref="PlanLanguages"/>); reports are always Swedish.</summary>
    public enum PlanLanguage
    {
        English,
        Swedish,
    }
}
