using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Law;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// The distance criteria a region agreed on (Västerbotten [003]: a grocery store more than 10 km from the nearest
    /// service place, a fuel station more than 20 km, at least 15 km where the place has no grocery store), as the
    /// <c>scheme</c> terms <c>nearest-store</c> and <c>nearest-fuel</c> of the plan or the plans it follows. A regional
    /// recommendation, not law: a warning, and special reasons (an exception) may set it aside. Terms with a condition
    /// are named in the message, since their condition is the planner's to judge.
    /// </summary>
    public sealed class RegionalDistanceRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.RegionalGroceryDistance, DiagnosticCatalog.RegionalFuelDistance };

        public override void Check(RuleContext context)
        {
            var applications = context.Model.AllActions.SelectMany(action => action.Subsidies).ToList();
            if (applications.Count == 0)
            {
                return; // and the plans it follows need not be searched for schemes
            }

            var schemes = new[] { context.Plan }.Concat(context.FollowedPlans())
                .SelectMany(plan => plan.Model.Schemes.Select(scheme => (Plan: plan.Model, Scheme: scheme)))
                .ToList();
            if (schemes.Count == 0)
            {
                return;
            }

            foreach (var application in applications)
            {
                var terms = schemes.Where(entry => entry.Scheme.Kind == application.Kind).ToList();
                var place = context.PlaceOf(application.Place);
                CheckGrocery(context, application, place, terms);
                CheckFuel(context, application, place, terms);
            }
        }

        private static void CheckGrocery(RuleContext context, SubsidyApplication application, Place? place, List<(ServicePlan Plan, SubsidyScheme Scheme)> schemes)
        {
            var fromPlace = place?.Nearest.FirstOrDefault(nearest => nearest.Service == ServiceKind.Groceries)?.Distance;
            var distance = application.NearestStore ?? fromPlace;
            if (distance is null || application.Island || place?.Island == true)
            {
                return;
            }

            var law = application.Kind == SubsidyKind.OperatingAid && application.Years is { } years ? SubsidyLaw.OperatingAid.For(years.Start) : null;
            if (law is not null && distance.Value.Kilometres <= law.Value.MinDistance.Kilometres)
            {
                return; // SP4030 reports it, under the law.
            }

            foreach (var (plan, scheme, term) in Distinct(Terms(schemes, "nearest-store").Where(entry => entry.Term.Condition is null)))
            {
                if (!Satisfies(distance.Value, term))
                {
                    context.Report(application, Span(context, application, place, application.NearestStore is not null, "nearest-store", ServiceKind.Groceries),
                        Diagnose.RegionalGroceryDistance(plan.Name, SchemeName(scheme), term.Comparison, Limit(term),
                            store: place is null ? Phrase.Of("the store", "butiken") : Phrase.Of("the store in ", "butiken i ") + place.Name, distance.Value));
                }
            }
        }

        private static void CheckFuel(RuleContext context, SubsidyApplication application, Place? place, List<(ServicePlan Plan, SubsidyScheme Scheme)> schemes)
        {
            var fromPlace = place?.Nearest.FirstOrDefault(nearest => nearest.Service == ServiceKind.Fuel)?.Distance;
            if ((application.NearestFuel ?? fromPlace) is not { } distance)
            {
                return;
            }

            var terms = Terms(schemes, "nearest-fuel").ToList();
            foreach (var (plan, scheme, term) in Distinct(terms.Where(entry => entry.Term.Condition is null)))
            {
                if (Satisfies(distance, term))
                {
                    continue;
                }

                var alternatives = terms.Where(entry => entry.Term.Condition is not null && Satisfies(distance, entry.Term))
                    .Select(entry => (entry.Term.Comparison, Limit(entry.Term), entry.Term.Condition!));
                context.Report(application, Span(context, application, place, application.NearestFuel is not null, "nearest-fuel", ServiceKind.Fuel),
                    Diagnose.RegionalFuelDistance(plan.Name, SchemeName(scheme), term.Comparison, Limit(term), alternatives,
                        station: place is null ? Phrase.Of("the station", "drivmedelsstationen") : Phrase.Of("the station in ", "drivmedelsstationen i ") + place.Name, distance));
            }
        }

        /// <summary>One entry per requirement: two schemes stating the same distance are one criterion.</summary>
        private static IEnumerable<(ServicePlan Plan, SubsidyScheme Scheme, SchemeTerm Term)> Distinct(IEnumerable<(ServicePlan Plan, SubsidyScheme Scheme, SchemeTerm Term)> terms) =>
            terms.GroupBy(entry => (entry.Term.Comparison, entry.Term.Value)).Select(group => group.First());

        private static IEnumerable<(ServicePlan Plan, SubsidyScheme Scheme, SchemeTerm Term)> Terms(List<(ServicePlan Plan, SubsidyScheme Scheme)> schemes, string fact) =>
            schemes.SelectMany(entry => entry.Scheme.Terms
                .Where(term => term.Fact == fact && term.Value is { Unit: QuantityUnit.Kilometres })
                .Select(term => (entry.Plan, entry.Scheme, term)));

        private static bool Satisfies(Distance distance, SchemeTerm term)
        {
            var limit = term.Value!.Value.Value;
            var value = distance.Kilometres;
            return term.Comparison switch
            {
                Comparison.MoreThan => value > limit,
                Comparison.AtLeast => value >= limit,
                Comparison.LessThan => value < limit,
                Comparison.AtMost => value <= limit,
                _ => value == limit,
            };
        }

        private static Distance Limit(SchemeTerm term) => new(term.Value!.Value.Value);

        private static string SchemeName(SubsidyScheme scheme) => scheme.Title ?? Semantics.Vocabularies.SubsidyKinds.WordFor(scheme.Kind);

        private static TextSpan Span(RuleContext context, SubsidyApplication application, Place? place, bool stated, string fact, ServiceKind service) =>
            stated || place is null || context.Plan.Map.Find(place) is null
                ? context.FactSpan(application, fact)
                : context.NearestSpan(place, service);
    }
}
