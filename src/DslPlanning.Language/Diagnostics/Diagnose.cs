namespace DslPlanning.Language.Diagnostics
{
    /// <summary>
    /// The factories of diagnostics: one method per diagnostic ID (a few IDs with two forms have one method per form),
    /// with named, typed parameters — amounts as <see cref="Model.Money"/>, years as <c>int</c> or
    /// <see cref="Model.YearRange"/>, line numbers as <c>int</c> — formatted here, with <see cref="MessageText"/>, the one
    /// way the message shows them. <see cref="DiagnosticCatalog"/> stays the registry of IDs, titles, message formats and
    /// severities; the parser, the binder, the checks and the rules report only what these methods make. One partial file
    /// per family, as the catalog's.
    /// </summary>
    public static partial class Diagnose
    {
    }
}
