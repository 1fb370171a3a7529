namespace DslPlanning.Language.Diagnostics
{
    /// <summary>A diagnostic's title and message format (<c>{0}</c>, <c>{1}</c> …) in one language.</summary>
    public sealed record DiagnosticText(string Title, string MessageFormat);
}
