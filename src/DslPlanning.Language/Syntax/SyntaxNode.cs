using DslPlanning.Language.Text;

namespace DslPlanning.Language.Syntax
{
    /// <summary>A node of the plan syntax tree. Every node knows its exact span in the source text.</summary>
    public abstract record SyntaxNode(TextSpan Span);
}
