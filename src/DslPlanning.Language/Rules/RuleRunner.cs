using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules
{
    /// <summary>
    /// Runs every rule over every plan and applies justified exceptions: an exception on an element (or on an element
    /// that contains it) suppresses exactly the rule it names there; each exception that suppressed something is reported
    /// as information (SP1016), one that suppressed nothing as a warning (SP1017). A plan with a syntax or reference
    /// error is not checked by the rules: what failed to parse or bind would show as missing facts, and the rules'
    /// findings would only repeat the error. They run once the plan is well-formed. Each rule runs guarded on each plan:
    /// a rule that fails (a bug) is reported once at that plan (SP9001), and every other rule and plan reports as usual.
    /// </summary>
    public static partial class RuleRunner
    {
        public static void Run(IReadOnlyList<BoundPlan> plans, PlanCompilationOptions options, ICollection<Diagnostic> diagnostics) =>
            Run(plans, options, diagnostics, RuleCatalog.Rules);

        /// <summary>Runs the given rules: every rule of the catalog, or the few a test chooses.</summary>
        internal static void Run(IReadOnlyList<BoundPlan> plans, PlanCompilationOptions options, ICollection<Diagnostic> diagnostics, IReadOnlyList<PlanRule> rules)
        {
            var withErrors = new PlanLocator(plans).WithErrors(diagnostics);
            var compilation = new CompilationFacts(plans);
            var named = Named(rules);
            foreach (var plan in plans.Where(plan => !withErrors.Contains(plan)))
            {
                foreach (var diagnostic in RunPlan(plan, compilation, options, named, previous: null).Diagnostics)
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        /// <summary>A rule as a failure names it: its class and the diagnostics it reports, e.g. "the rule FundingSharesRule (SP3003, SP3004)".</summary>
        private static Phrase Describe(PlanRule rule) =>
            Phrase.Of("the rule ", "regeln ") + $"{rule.GetType().Name} ({string.Join(", ", rule.Descriptors.Select(descriptor => descriptor.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal))})";

        private static Text.SourceLocation PlanLocation(BoundPlan plan) => plan.Tree.Text.GetLocation(plan.Syntax.Name.Span);

        private static void ApplyExceptions(BoundPlan plan, List<Finding> findings, ICollection<Diagnostic> diagnostics)
        {
            var suppressed = new Dictionary<JustifiedException, int>(ByReference<JustifiedException>.Instance);
            foreach (var exception in ExceptionsOf(plan))
            {
                suppressed[exception] = 0;
            }

            // The first exception for each rule on each element, so that a finding costs the depth of its element, not the
            // number of exceptions around it.
            var byElement = new Dictionary<object, Dictionary<string, JustifiedException>>(ByReference<object>.Instance);
            Dictionary<string, JustifiedException> ExceptionsByRule(object element)
            {
                if (!byElement.TryGetValue(element, out var byRule))
                {
                    byRule = new Dictionary<string, JustifiedException>(System.StringComparer.Ordinal);
                    foreach (var exception in ExceptionsOn(element).Where(exception => !byRule.ContainsKey(exception.RuleId)))
                    {
                        byRule.Add(exception.RuleId, exception);
                    }

                    byElement.Add(element, byRule);
                }

                return byRule;
            }

            foreach (var finding in findings)
            {
                JustifiedException? exception = null;
                foreach (var scope in Scopes(plan, finding.Subject))
                {
                    if (ExceptionsByRule(scope).TryGetValue(finding.Message.Descriptor.Id, out exception))
                    {
                        break;
                    }
                }

                if (exception is null)
                {
                    diagnostics.Add(Diagnostic.Create(finding.Message, plan.Tree.Text.GetLocation(finding.Span)) with { RelatedLocations = finding.Related });
                }
                else if (suppressed.ContainsKey(exception))
                {
                    suppressed[exception]++;
                }
            }

            foreach (var entry in suppressed)
            {
                var span = plan.Map.NameSpan(entry.Key, plan.Syntax.Name.Span);
                var location = plan.Tree.Text.GetLocation(span);
                diagnostics.Add(entry.Value > 0
                    ? Diagnostic.Create(Diagnose.ExceptionApplied(entry.Key.RuleId, findings: entry.Value, entry.Key.Reason), location)
                    : Diagnostic.Create(Diagnose.ExceptionUnused(entry.Key.RuleId), location));
            }
        }

        /// <summary>The element and every element that contains it, up to the plan.</summary>
        private static IEnumerable<object> Scopes(BoundPlan plan, object subject)
        {
            for (var scope = subject; scope is not null; scope = plan.Map.Parent(scope))
            {
                yield return scope;
                if (ReferenceEquals(scope, plan.Model))
                {
                    yield break;
                }

                // Findings about an application rest on its place's facts too, so an exception on the place covers them.
                if (scope is SubsidyApplication { Place: { } place } && place.Plan == plan.Name && plan.Elements.Place(place.Name) is { } declared)
                {
                    yield return declared;
                }
            }

            yield return plan.Model;
        }

        private static IEnumerable<JustifiedException> ExceptionsOn(object scope) => scope switch
        {
            ServicePlan plan => plan.Exceptions,
            Area area => area.Exceptions,
            Goal goal => goal.Exceptions,
            PlanAction action => action.Exceptions,
            Place place => place.Exceptions,
            SubsidyApplication application => application.Exceptions,
            _ => Enumerable.Empty<JustifiedException>(),
        };

        private static IEnumerable<JustifiedException> ExceptionsOf(BoundPlan plan)
        {
            var model = plan.Model;
            return model.Exceptions
                .Concat(model.Areas.SelectMany(area => area.Exceptions))
                .Concat(model.AllGoals.SelectMany(goal => goal.Exceptions))
                .Concat(model.AllActions.SelectMany(action => action.Exceptions.Concat(action.Subsidies.SelectMany(application => application.Exceptions))))
                .Concat(model.Places.SelectMany(place => place.Exceptions));
        }
    }
}
