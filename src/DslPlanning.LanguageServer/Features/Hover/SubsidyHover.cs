using System.Linq;
using System.Text;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.LanguageServer.Features.Figures;
using DslPlanning.Model.Figures;

namespace DslPlanning.LanguageServer.Features.Hover
{
    /// <summary>A subsidy application's maximum grant per year by the law tables, with the law each figure rests on.</summary>
    internal static class SubsidyHover
    {
        public static string? Describe(PlanCompilation compilation, BoundPlan plan, DeclarationSyntax subsidy)
        {
            if (PlanFigures.Application(plan, subsidy) is not var (application, action))
            {
                return null;
            }

            var text = new StringBuilder($"**subsidy application** `{subsidy.Name.Text}` of action `{action.Name}`\n\n");
            var limits = PlanFigures.MaximumGrants(compilation, application, action);
            if (limits.Count == 0)
            {
                return text.Append("The application names no year (`in <year>`), so the law's amounts cannot be chosen.").ToString();
            }

            text.Append("| year | maximum grant | law |\n| --- | --- | --- |\n");
            foreach (var limit in limits)
            {
                text.Append($"| {limit.Year} | {GrantText.Maximum(limit)} | {(limit.Basis == GrantBasis.NoLawFigures ? string.Empty : limit.Source)} |\n");
            }

            if (application.Amount is { } applied)
            {
                text.Append($"\nApplied for: {MessageText.Amount(applied)}");
            }

            return text.ToString();
        }
    }
}
