using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.LanguageServer.Features.Figures;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.LanguageServer.Features.InlayHints
{
    /// <summary>
    /// The figures the checker computes, where the plan states what they come from: after each funding source what it
    /// pays per year, after a subsidy application's header its maximum grant by the law; in the server's language.
    /// </summary>
    internal static class PlanFigureHints
    {
        public static IEnumerable<FigureHint> In(PlanCompilation compilation, string path, TextSpan span, PlanLanguage language = PlanLanguage.English)
        {
            foreach (var plan in compilation.Plans.Where(plan => plan.Tree.Text.Path == path))
            {
                foreach (var action in plan.Model.AllActions)
                {
                    foreach (var hint in Funding(plan, action, language).Concat(Grants(compilation, plan, action, language)))
                    {
                        if (span.Start <= hint.Offset && hint.Offset <= span.End)
                        {
                            yield return hint;
                        }
                    }
                }
            }
        }

        private static IEnumerable<FigureHint> Funding(BoundPlan plan, PlanAction action, PlanLanguage language) =>
            from funding in PlanFigures.Funding(action, plan.Model)
            let syntax = plan.Map.Find(funding.Source)
            where syntax is not null
            select new FigureHint(
                syntax.Span.End,
                (MessageText.Amount(funding.PerYear) + " " + MessageText.Per(new[] { CostUnit.Year })).In(language),
                (Phrase.Of("What ", "Vad ") + funding.Source.Funder.Name + Phrase.Of(" pays for ", " betalar för ") + action.Name
                    + Phrase.Of(" each year ", " varje år ") + funding.Years.ToString()
                    + Phrase.Of(", as the funding rules count it", ", så som finansieringsreglerna räknar det")).In(language));

        private static IEnumerable<FigureHint> Grants(PlanCompilation compilation, BoundPlan plan, PlanAction action, PlanLanguage language)
        {
            foreach (var application in action.Subsidies)
            {
                if (plan.Map.Find(application) is not DeclarationSyntax syntax)
                {
                    continue;
                }

                var runs = Runs(PlanFigures.MaximumGrants(compilation, application, action).Where(limit => limit.Maximum is not null), language).ToList();
                if (runs.Count > 0)
                {
                    var headerEnd = syntax.Clauses.Count > 0 ? syntax.Clauses[syntax.Clauses.Count - 1].Span.End : syntax.Name.Span.End;
                    yield return new FigureHint(
                        headerEnd,
                        Phrase.Of("max ", "högst ").In(language) + string.Join("; ", runs),
                        Phrase.Of(
                            "The most the application can be granted by the law tables, as the subsidy rules check it",
                            "Det högsta stöd ansökan kan beviljas enligt lagens belopp, så som stödreglerna kontrollerar det").In(language));
                }
            }
        }

        /// <summary>Years in a row with the same maximum, as <c>2023–2026: 100 kr per household and delivery</c>.</summary>
        private static IEnumerable<string> Runs(IEnumerable<GrantLimit> limits, PlanLanguage language)
        {
            var run = new List<GrantLimit>();
            foreach (var limit in limits)
            {
                if (run.Count > 0 && (limit.Year != run[run.Count - 1].Year + 1 || GrantText.Maximum(limit) != GrantText.Maximum(run[0])))
                {
                    yield return Run(run, language);
                    run.Clear();
                }

                run.Add(limit);
            }

            if (run.Count > 0)
            {
                yield return Run(run, language);
            }
        }

        private static string Run(List<GrantLimit> run, PlanLanguage language) =>
            new YearRange(run[0].Year, run[run.Count - 1].Year) + ": " + GrantText.Maximum(run[0]).In(language);
    }
}
