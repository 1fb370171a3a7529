namespace DslPlanning.LanguageServer.Features.Completion
{
    internal enum SuggestionKind
    {
        Keyword,
        Declaration,
        Reference,
        Word,
        Unit,
        Rule,
    }

    /// <summary>
    /// One completion: <see cref="Label"/> is what is inserted, unless <see cref="Snippet"/> (a snippet in the protocol's
    /// syntax, <c>${1:Name}</c>) is. <see cref="Documentation"/> is Markdown.
    /// </summary>
    internal sealed record Suggestion(string Label, SuggestionKind Kind, string? Detail, string? Documentation, string? Snippet = null);
}
