namespace DslPlanning.Language.Diagnostics
{
    /// <summary>
    /// The fix a message suggests ("did you mean 'x'?"), for tools that offer it: the text <see cref="Replaced"/>, as
    /// written in the diagnostic's span, becomes <see cref="Replacement"/>.
    /// </summary>
    public sealed record Suggestion(string Replaced, string Replacement);
}
