using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Priority
{
    /// <summary>
    /// A place's level is one the plan declares, and in a plan with service levels a place that an action or a subsidy
    /// application names (a designated place) has a level.
    /// </summary>
    public sealed class PlaceLevelRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.PlaceWithoutLevel, DiagnosticCatalog.UnknownLevel };

        public override void Check(RuleContext context)
        {
            var plan = context.Model;
            var levels = plan.Levels.Select(level => level.Key).ToList();
            var declared = new HashSet<string>(levels, System.StringComparer.Ordinal);
            foreach (var place in plan.Places.Where(place => place.Level is not null && !declared.Contains(place.Level)))
            {
                context.Report(place, context.StatementSpan(place, "level"),
                    Diagnose.UnknownLevel(place.Name, place.Level!, didYouMean: place.Level!.All(char.IsDigit) ? null : Suggestions.Closest(place.Level!, levels), levels));
            }

            // Designation is checked where the plan has a level system: a plan without levels designates no places.
            if (levels.Count == 0)
            {
                return;
            }

            var users = new Dictionary<string, Phrase>();
            foreach (var action in plan.AllActions)
            {
                foreach (var place in action.Places.Where(place => place.Plan == plan.Name))
                {
                    if (!users.ContainsKey(place.Name))
                    {
                        users[place.Name] = Phrase.Of("action ", "åtgärden ") + action.Name;
                    }
                }

                foreach (var application in action.Subsidies.Where(application => application.Place?.Plan == plan.Name))
                {
                    if (!users.ContainsKey(application.Place!.Name))
                    {
                        users[application.Place.Name] = Phrase.Of(
                            "the " + Semantics.Vocabularies.SubsidyKinds.WordFor(application.Kind) + " application of action " + action.Name,
                            "ansökan om " + SubsidyNames.Swedish(application.Kind) + " för åtgärden " + action.Name);
                    }
                }
            }

            foreach (var place in plan.Places.Where(place => place.Level is null && users.ContainsKey(place.Name)))
            {
                context.Report(place, context.NameSpan(place), Diagnose.PlaceWithoutLevel(place.Name, namedBy: users[place.Name], levels));
            }
        }
    }
}
