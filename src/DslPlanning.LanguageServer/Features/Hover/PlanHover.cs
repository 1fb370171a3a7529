using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Features.Hover
{
    /// <summary>
    /// What a hover says at a position: about the element, plan or rule named there (<see cref="SymbolHover"/>), or, on
    /// the header of a subsidy application, its maximum grant per year by the law (<see cref="SubsidyHover"/>).
    /// </summary>
    internal static class PlanHover
    {
        public static HoverText? At(PlanCompilation compilation, string path, int offset, PlanLanguage language = PlanLanguage.English)
        {
            var queries = SymbolQueries.Of(compilation);
            if (queries.SymbolAt(path, offset) is { } occurrence && SymbolHover.Describe(compilation, occurrence.Symbol, language) is { } markdown)
            {
                return new HoverText(markdown, occurrence.Span);
            }

            var enclosing = queries.EnclosingDeclarations(path, offset);
            if (enclosing.LastOrDefault() is DeclarationSyntax { Keyword.Text: "subsidy" } subsidy
                && TextSpan.FromBounds(subsidy.Keyword.Span.Start, subsidy.Name.Span.End) is var header
                && header.Start <= offset && offset <= header.End
                && compilation.Plans.FirstOrDefault(plan => ReferenceEquals(plan.Syntax, enclosing[0])) is { } bound
                && SubsidyHover.Describe(compilation, bound, subsidy, language) is { } grants)
            {
                return new HoverText(grants, header);
            }

            return null;
        }
    }
}
