namespace DslPlanning.Language.Diagnostics
{
    public enum DiagnosticSeverity
    {
        Hidden,
        Info,
        Warning,
        Error,
    }
}
