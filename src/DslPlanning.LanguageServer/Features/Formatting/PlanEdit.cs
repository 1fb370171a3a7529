using DslPlanning.Language.Text;

namespace DslPlanning.LanguageServer.Features.Formatting
{
    /// <summary>A replacement of the text in <see cref="Span"/> of a plan file.</summary>
    internal sealed record PlanEdit(TextSpan Span, string NewText);
}
