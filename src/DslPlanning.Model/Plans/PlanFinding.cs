namespace DslPlanning.Model
{
    public enum FindingSeverity
    {
        Info,
        Warning,
        Error,
    }

    /// <summary>
    /// A diagnostic of a compiled plan, kept with the plan so that reports show justified exceptions (SP1016) and the
    /// warnings that remain. <see cref="File"/> is the plan file's name; lines and columns are one-based.
    /// </summary>
    public sealed record PlanFinding(string Plan, string Id, FindingSeverity Severity, string Message, string File, int Line, int Column);
}
