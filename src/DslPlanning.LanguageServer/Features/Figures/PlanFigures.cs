using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.LanguageServer.Features.Figures
{
    /// <summary>
    /// The figures an editor shows beside a plan, computed as the rules and reports compute them
    /// (<see cref="CostFigures"/>, <see cref="GrantLimits"/>; a funder's totals are <see cref="PlanCompilation.FundingOf"/>): nothing is computed twice.
    /// </summary>
    internal static class PlanFigures
    {
        /// <summary>Each funding source of an action with what it pays per year and in which years; sources the plan does not state enough for are left out.</summary>
        public static IEnumerable<(FundingSource Source, Money PerYear, YearRange Years)> Funding(PlanAction action, ServicePlan plan)
        {
            foreach (var source in action.Funding)
            {
                if (CostFigures.PerYear(source, action) is { } perYear && CostFigures.Years(source, action, plan) is { } years)
                {
                    yield return (source, perYear, years);
                }
            }
        }

        /// <summary>The maximum grant of an application in each of its years, by the law tables; empty when it names no year.</summary>
        public static IReadOnlyList<GrantLimit> MaximumGrants(PlanCompilation compilation, SubsidyApplication application, PlanAction action)
        {
            var store = application.Place is { } place ? compilation.FindPlan(place.Plan)?.Elements.Place(place.Name)?.Stores.FirstOrDefault() : null;
            return application.Years is { } years
                ? years.Years.Select(year => GrantLimits.For(application, year, store, action)).ToList()
                : new List<GrantLimit>();
        }

        /// <summary>The application declared by <paramref name="syntax"/> and its action, or null.</summary>
        public static (SubsidyApplication Application, PlanAction Action)? Application(BoundPlan plan, Language.Syntax.SyntaxNode syntax) =>
            plan.Model.AllActions
                .SelectMany(action => action.Subsidies.Select(application => (Application: application, Action: action)))
                .Where(found => ReferenceEquals(plan.Map.Find(found.Application), syntax))
                .Select(found => ((SubsidyApplication, PlanAction)?)found)
                .FirstOrDefault();
    }
}
