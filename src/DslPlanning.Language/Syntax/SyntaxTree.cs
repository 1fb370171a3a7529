using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Syntax
{
    /// <summary>The parsed form of one plan file: its plans and the syntax diagnostics.</summary>
    public sealed record SyntaxTree(SourceText Text, ValueList<PlanSyntax> Plans, ValueList<Diagnostic> Diagnostics);
}
