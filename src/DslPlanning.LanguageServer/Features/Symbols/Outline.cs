using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.LanguageServer.Features.Symbols
{
    /// <summary>
    /// A declaration in a file's outline: a plan, or an element declared in it (an area, a goal, an action, a place, a
    /// funder, a subsidy …) with the declarations of its block. <see cref="Keyword"/> is <c>plan</c> for a plan, else the
    /// declaring word (<c>area</c>, <c>goal</c> …).
    /// </summary>
    internal sealed record OutlineEntry(string Keyword, string Name, string? Title, TextSpan Span, TextSpan NameSpan, IReadOnlyList<OutlineEntry> Children);

    /// <summary>A file's declarations as written, from the syntax alone: so a plan with errors has an outline too.</summary>
    internal static class Outline
    {
        public const string PlanKeyword = "plan";

        public static IReadOnlyList<OutlineEntry> Of(SyntaxTree tree) =>
            tree.Plans.Select(plan => Entry(PlanKeyword, plan.Name, plan.Title, plan.Span, plan.Body)).ToList();

        /// <summary>Every entry of the outline and the name of the one it stands in (null for a plan), outermost first.</summary>
        public static IEnumerable<(OutlineEntry Entry, string? Container)> Flatten(IEnumerable<OutlineEntry> entries, string? container = null) =>
            entries.SelectMany(entry => new[] { (entry, container) }.Concat(Flatten(entry.Children, entry.Name)));

        private static OutlineEntry Entry(string keyword, NameSyntax name, StringSyntax? title, TextSpan span, IEnumerable<StatementSyntax> body)
        {
            var children = body.OfType<DeclarationSyntax>()
                .Select(declaration => Entry(declaration.Keyword.Text, declaration.Name, declaration.Title, declaration.Span, declaration.Body))
                .ToList();

            // A declaration whose name is missing (the parser recovered from it) still has a place in the outline.
            var shown = name.Text.Length > 0 ? name.Text : $"({keyword} without a name)";
            return new OutlineEntry(keyword, shown, title?.Value, span, name.Span, children);
        }
    }
}
