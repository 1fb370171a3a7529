using DslPlanning.Language.Text;

namespace DslPlanning.LanguageServer.Features.Hover
{
    /// <summary>What a hover shows (Markdown) and the span of the name or keyword it is about.</summary>
    internal sealed record HoverText(string Markdown, TextSpan Span);
}
