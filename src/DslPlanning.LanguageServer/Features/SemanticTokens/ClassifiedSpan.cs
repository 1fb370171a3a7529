using DslPlanning.Language.Text;

namespace DslPlanning.LanguageServer.Features.SemanticTokens
{
    /// <summary>A span of a plan file with its token type and modifier bits (<see cref="SemanticTokenTypes"/>).</summary>
    internal readonly record struct ClassifiedSpan(TextSpan Span, int Type, int Modifiers);
}
