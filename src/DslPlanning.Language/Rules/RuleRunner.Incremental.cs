using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules
{
    /// <summary>The rules on one plan, each rule's run kept with what it read, so that a later compilation reruns only what changed.</summary>
    public static partial class RuleRunner
    {
        private static readonly System.Lazy<IReadOnlyList<(PlanRule Rule, Phrase Name)>> Catalog = new(() => Named(RuleCatalog.Rules));

        /// <summary>Every rule of the catalog with the name a failure gives it.</summary>
        internal static IReadOnlyList<(PlanRule Rule, Phrase Name)> CatalogRules => Catalog.Value;

        internal static IReadOnlyList<(PlanRule Rule, Phrase Name)> Named(IReadOnlyList<PlanRule> rules) =>
            rules.Select(rule => (rule, Describe(rule))).ToList();

        /// <summary>
        /// Runs <paramref name="rules"/> on a plan free of errors and applies its justified exceptions. With the results of
        /// the same plan (the same <see cref="BoundPlan"/>) in an earlier compilation, a rule whose reads outside the plan
        /// still hold (<see cref="RuleReads.StillHold"/>) is not run again; when none is, the earlier results are returned.
        /// </summary>
        internal static PlanRuleResults RunPlan(
            BoundPlan plan, CompilationFacts facts, PlanCompilationOptions options, IReadOnlyList<(PlanRule Rule, Phrase Name)> rules,
            PlanRuleResults? previous, CompilationFacts? previousFacts = null, bool samePlans = false)
        {
            var earlier = previous is not null && previousFacts is not null && previous.Runs.Count == rules.Count ? previous : null;
            if (earlier is not null && earlier.Runs.All(run => run.Reads.StillHold(facts, previousFacts!, samePlans)))
            {
                return earlier; // the usual case for a plan other than the edited one: nothing it read changed
            }

            var location = PlanLocation(plan);
            var runs = new RuleRun[rules.Count];
            for (var i = 0; i < rules.Count; i++)
            {
                if (earlier is not null && earlier.Runs[i].Reads.StillHold(facts, previousFacts!, samePlans))
                {
                    runs[i] = earlier.Runs[i];
                    continue;
                }

                var (rule, name) = rules[i];
                var findings = new List<Finding>();
                var failures = new List<Diagnostic>();
                var context = new RuleContext(plan, facts, options, findings, new RuleReads());
                InternalErrors.Run(name, Phrase.Of("plan ", "planen ") + plan.Name, location, failures, () => rule.Check(context));
                runs[i] = new RuleRun(findings, failures, context.Reads);
            }

            if (earlier is not null && runs.Select((run, i) => ReferenceEquals(run, earlier.Runs[i])).All(same => same))
            {
                return earlier;
            }

            var diagnostics = runs.SelectMany(run => run.Failures).ToList();
            InternalErrors.Run(Phrase.Of("applying the justified exceptions", "tillämpningen av de motiverade undantagen"), Phrase.Of("plan ", "planen ") + plan.Name, location, diagnostics,
                () => ApplyExceptions(plan, runs.SelectMany(run => run.Findings).ToList(), diagnostics));
            return new PlanRuleResults(runs, diagnostics);
        }
    }

    /// <summary>The rules' results on one plan: each rule's run, and the diagnostics after justified exceptions.</summary>
    internal sealed record PlanRuleResults(IReadOnlyList<RuleRun> Runs, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>One rule on one plan: its findings (before exceptions), its failure if it failed (SP9001), and what it read outside the plan.</summary>
    internal sealed record RuleRun(IReadOnlyList<Finding> Findings, IReadOnlyList<Diagnostic> Failures, RuleReads Reads);
}
