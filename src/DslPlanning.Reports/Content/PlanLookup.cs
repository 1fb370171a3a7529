using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Reports.Content
{
    /// <summary>Resolves the references of compiled plans to the elements they name, across every plan of the catalog.</summary>
    internal sealed class PlanLookup
    {
        private readonly Dictionary<string, PlanElements> _plans = new(System.StringComparer.Ordinal);

        public PlanLookup(IEnumerable<ServicePlan> plans)
        {
            foreach (var plan in plans)
            {
                if (!_plans.ContainsKey(plan.Name))
                {
                    _plans.Add(plan.Name, new PlanElements(plan));
                }
            }
        }

        public ServicePlan? Plan(string name) => Elements(name)?.Plan;

        /// <summary>The elements of a plan by name.</summary>
        public PlanElements? Elements(string plan) => _plans.TryGetValue(plan, out var elements) ? elements : null;

        /// <summary>A plan's title with its name, e.g. <c>Regionalt serviceprogram … (JämtlandRSP)</c>.</summary>
        public string PlanTitle(string name) => Plan(name)?.Title is { } title ? title + " (" + name + ")" : name;

        public Actor? Actor(SymbolRef reference) => Elements(reference.Plan)?.Actor(reference.Name);

        public Funder? Funder(SymbolRef reference) => Elements(reference.Plan)?.Funder(reference.Name);

        public Place? Place(SymbolRef reference) => Elements(reference.Plan)?.Place(reference.Name);

        public Goal? Goal(SymbolRef reference) => Elements(reference.Plan)?.Goal(reference.Name);

        public Area? Area(SymbolRef reference) => Elements(reference.Plan)?.Area(reference.Name);

        /// <summary>An actor's title; owners may also name a funder of the plan.</summary>
        public string ActorName(SymbolRef reference) => Actor(reference)?.Title ?? Funder(reference)?.Title ?? reference.Name;

        public string FunderName(SymbolRef reference) => Funder(reference)?.Title ?? reference.Name;

        public string PlaceName(SymbolRef reference) => Place(reference)?.Title ?? reference.Name;

        /// <summary>The title of a goal or area.</summary>
        public string? GoalTitle(SymbolRef reference) => Goal(reference)?.Title ?? Area(reference)?.Title;

        /// <summary>
        /// A goal or area reference as the plan's documents write it: the bare name (<c>1.1</c>) in the plan itself and in
        /// the plans it follows, else qualified by its plan (<c>Pilotkommuner.R1</c>).
        /// </summary>
        public static string Label(SymbolRef reference, ServicePlan context) =>
            reference.Plan == context.Name || context.Follows.Contains(reference.Plan) ? reference.Name : reference.ToString();

        /// <summary>An area as headings show it: <c>1. Stöd till kommersiell service</c>, or its title when it has no rank.</summary>
        public static string AreaLabel(Area area)
        {
            var title = area.Title ?? area.Name;
            return area.Rank is { } rank ? rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + title : title;
        }
    }
}
