using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content
{
    /// <summary>The model's composite values in Swedish sentences' words: costs, funding, stores, goal values.</summary>
    internal static class Phrases
    {
        /// <summary><c>per ort och år</c> for the units place, year.</summary>
        public static string Per(IReadOnlyList<CostUnit> units) =>
            units.Count == 0 ? string.Empty : "per " + string.Join(" och ", units.Select(SwedishTerms.Singular));

        /// <summary>An amount with its units, e.g. <c>100 kr per hemsändning</c>.</summary>
        public static string Amount(Money amount, IReadOnlyList<CostUnit> per) => Join(SwedishFormat.Money(amount), Per(per));

        /// <summary>E.g. <c>högst 50 000 kr per ort och år</c>, <c>200 kr per hemsändning, 600 hemsändningar per år</c>, <c>120 000 kr (2024)</c>.</summary>
        public static string Cost(Cost cost)
        {
            var text = SwedishFormat.Compared(cost.Bound, Amount(cost.Amount, cost.Per));
            if (cost.Volume is { } volume)
            {
                text += ", " + SwedishFormat.Number(volume.Count) + " " + SwedishTerms.Plural(volume.Unit) + (volume.PerYear ? " per år" : string.Empty);
            }

            return cost.Years is { } years ? text + " (" + SwedishFormat.Years(years) + ")" : text;
        }

        public static string Costs(PlanAction action) => string.Join("; ", action.Costs.Select(Cost));

        /// <summary>E.g. <c>Kommunstyrelsen, Krokoms kommun 50 %</c>.</summary>
        public static string Funding(FundingSource source, PlanLookup lookup)
        {
            var text = lookup.FunderName(source.Funder);
            if (source.Share is { } share)
            {
                text += " " + SwedishFormat.Percent(share);
            }

            if (source.Amount is { } amount)
            {
                text += " " + Amount(amount, source.Per);
            }

            return source.Years is { } years ? text + " (" + SwedishFormat.Years(years) + ")" : text;
        }

        public static string Fundings(IEnumerable<FundingSource> sources, PlanLookup lookup) =>
            string.Join(", ", sources.Select(source => Funding(source, lookup)));

        public static string Actors(IEnumerable<SymbolRef> actors, PlanLookup lookup) => string.Join(", ", actors.Select(lookup.ActorName));

        public static string Services(IEnumerable<ServiceKind> services) => string.Join(", ", services.Select(SwedishTerms.Of));

        /// <summary>E.g. <c>Kluk Lanthandel: nettoomsättning 3 200 000 kr, 1 400 artiklar, 45 tim/vecka, öppen året runt</c>.</summary>
        public static string Store(Store store)
        {
            var facts = new List<string>();
            if (store.Turnover is { } turnover)
            {
                facts.Add("nettoomsättning " + SwedishFormat.Money(turnover));
            }

            if (store.Articles is { } articles)
            {
                facts.Add(SwedishFormat.Number(articles) + " artiklar");
            }

            if (store.Open is { } open)
            {
                facts.Add(SwedishFormat.Hours(open));
            }

            if (store.Seasonality is { } seasonality)
            {
                facts.Add(SwedishTerms.Of(seasonality));
            }

            var details = string.Join(", ", facts);
            return store.Title is null ? details : details.Length == 0 ? store.Title : store.Title + ": " + details;
        }

        /// <summary>E.g. <c>dagligvaror 28 km, drivmedel 12 km</c>.</summary>
        public static string Nearest(IEnumerable<ServiceDistance> distances) =>
            string.Join(", ", distances.Select(distance => SwedishTerms.Of(distance.Service) + " " + SwedishFormat.Distance(distance.Distance)));

        /// <summary>E.g. <c>1 (2023)</c>, <c>mer än 83 % (2015)</c>.</summary>
        public static string Measurement(Measurement measurement) =>
            SwedishFormat.InYear(SwedishFormat.Compared(measurement.Comparison, SwedishFormat.Quantity(measurement.Value)), measurement.Year);

        /// <summary>E.g. <c>minst 80 % (2015)</c>, <c>100 % senast 2025-12-31</c>.</summary>
        public static string Target(GoalTarget target)
        {
            var value = SwedishFormat.Compared(target.Comparison, SwedishFormat.Quantity(target.Value));
            return target.By is { } day ? value + " senast " + SwedishFormat.Date(day) : SwedishFormat.InYear(value, target.Year);
        }

        /// <summary>E.g. <c>100 %</c>, <c>mer än 50 %</c>.</summary>
        public static string Completion(CompletionTarget completion) => SwedishFormat.Compared(completion.Comparison, SwedishFormat.Percent(completion.Value));

        /// <summary>
        /// An action's delmål as the plan states it, in words and as a completion, with the day it is to be done:
        /// <c>Kartläggning av butiksorternas behov klar; 100 %; klart 2025-04-30</c>; null when none is stated.
        /// </summary>
        public static string? SubGoal(PlanAction action)
        {
            var parts = new[]
            {
                action.Milestone,
                action.Completion is { } completion ? Completion(completion) : null,
                action.Due is { } due ? "klart " + SwedishFormat.Date(due) : null,
            }.OfType<string>().ToList();
            return parts.Count == 0 ? null : string.Join("; ", parts);
        }

        /// <summary>
        /// The actors and funders of an action besides the responsible: <c>i samråd med Trafikverket; samverkanspartner:
        /// Länsstyrelsen; medfinansiär: Region Jämtland Härjedalen</c>; null when none is named.
        /// </summary>
        public static string? OtherRoles(PlanAction action, PlanLookup lookup)
        {
            var parts = new[]
            {
                action.Consulted.Count > 0 ? "i samråd med " + Actors(action.Consulted, lookup) : null,
                action.Partners.Count > 0 ? "samverkanspartner: " + Actors(action.Partners, lookup) : null,
                action.CoFinanciers.Count > 0 ? (action.CoFinanciers.Count == 1 ? "medfinansiär: " : "medfinansiärer: ")
                    + string.Join(", ", action.CoFinanciers.Select(lookup.FunderName)) : null,
            }.OfType<string>().ToList();
            return parts.Count == 0 ? null : string.Join("; ", parts);
        }

        /// <summary>A goal as lists show it: <c>M2.1 Två informationsträffar per år med servicegivare (insatsmål)</c>.</summary>
        public static string Goal(Goal goal)
        {
            var text = goal.Title is null ? goal.Name : goal.Name + " " + goal.Title;
            return goal.Kind is { } kind ? text + " (" + SwedishTerms.Of(kind) + ")" : text;
        }

        /// <summary>Goals or areas served, as the documents write them: <c>2.2, 2.4</c>.</summary>
        public static string Served(IEnumerable<SymbolRef> references, ServicePlan context) =>
            string.Join(", ", references.Select(reference => PlanLookup.Label(reference, context)));

        private static string Join(string first, string second) => second.Length == 0 ? first : first + " " + second;
    }
}
