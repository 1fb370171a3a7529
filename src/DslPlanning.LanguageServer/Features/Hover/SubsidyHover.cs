using System.Text;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.LanguageServer.Features.Figures;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.LanguageServer.Features.Hover
{
    /// <summary>A subsidy application's maximum grant per year by the law tables, with the law each figure rests on, in the server's language.</summary>
    internal static class SubsidyHover
    {
        public static string? Describe(PlanCompilation compilation, BoundPlan plan, DeclarationSyntax subsidy, PlanLanguage language = PlanLanguage.English)
        {
            if (PlanFigures.Application(plan, subsidy) is not var (application, action))
            {
                return null;
            }

            var kind = Vocabularies.SubsidyKinds.TryGet(subsidy.Name.Text, out var known) ? Phrase.Of(string.Empty, " (" + SubsidyNames.Swedish(known) + ")") : Phrase.Empty;
            var heading = Phrase.Of("**subsidy application** `", "**stödansökan** `") + subsidy.Name.Text + "`" + kind
                + Phrase.Of(" of action `", " för åtgärden `") + action.Name + "`\n\n";
            var text = new StringBuilder(heading.In(language));
            var limits = PlanFigures.MaximumGrants(compilation, application, action);
            if (limits.Count == 0)
            {
                return text.Append(Phrase.Of(
                    "The application names no year (`in <year>`), so the law's amounts cannot be chosen.",
                    "Ansökan anger inget år (`in <år>`), så lagens belopp kan inte väljas.").In(language)).ToString();
            }

            text.Append(Phrase.Of("| year | maximum grant | law |", "| år | högsta stöd | lag |").In(language)).Append("\n| --- | --- | --- |\n");
            foreach (var limit in limits)
            {
                text.Append($"| {limit.Year} | {GrantText.Maximum(limit).In(language)} | {(limit.Basis == GrantBasis.NoLawFigures ? string.Empty : GrantText.Source(limit).In(language))} |\n");
            }

            if (application.Amount is { } applied)
            {
                text.Append("\n").Append((Phrase.Of("Applied for: ", "Sökt belopp: ") + MessageText.Amount(applied)).In(language));
            }

            return text.ToString();
        }
    }
}
