using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// Plans compiled together: every plan parsed and bound, references resolved across plans, and all syntax and
    /// binding diagnostics in source order. Never throws on bad input; a failure of the checker itself is contained to its
    /// step (SP9001).
    /// </summary>
    public sealed class PlanCompilation
    {
        private readonly Dictionary<string, BoundPlan> _plans;

        private PlanCompilation(PlanCompilationOptions options, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<BoundPlan> plans, ValueList<Diagnostic> diagnostics)
        {
            Options = options;
            SyntaxTrees = trees;
            Plans = plans;
            Diagnostics = diagnostics;
            _plans = new Dictionary<string, BoundPlan>(StringComparer.Ordinal);
            foreach (var plan in plans)
            {
                if (!_plans.ContainsKey(plan.Name))
                {
                    _plans.Add(plan.Name, plan);
                }
            }
        }

        public PlanCompilationOptions Options { get; }

        public IReadOnlyList<SyntaxTree> SyntaxTrees { get; }

        /// <summary>The bound plans, in the order of the files and of the plans in each file.</summary>
        public IReadOnlyList<BoundPlan> Plans { get; }

        /// <summary>Syntax and binding diagnostics, ordered by file path and position.</summary>
        public ValueList<Diagnostic> Diagnostics { get; }

        public IEnumerable<ServicePlan> Models => Plans.Select(plan => plan.Model);

        public BoundPlan? FindPlan(string name) => _plans.TryGetValue(name, out var plan) ? plan : null;

        /// <summary>Parses and compiles plan files given as (path, text).</summary>
        public static PlanCompilation Create(IEnumerable<(string Path, string Text)> files, PlanCompilationOptions? options = null) =>
            Create(files.Select(file => PlanParser.Parse(file.Path, file.Text)), options);

        /// <summary>Parses and compiles plan files as read (<see cref="PlanFileEncoding"/>).</summary>
        public static PlanCompilation Create(IEnumerable<SourceText> files, PlanCompilationOptions? options = null) =>
            Create(files.Select(PlanParser.Parse), options);

        public static PlanCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, PlanCompilationOptions? options = null)
        {
            var trees = syntaxTrees.OrderBy(tree => tree.Text.Path, StringComparer.Ordinal).ToList();
            var diagnostics = new List<Diagnostic>();
            foreach (var tree in trees)
            {
                diagnostics.AddRange(tree.Diagnostics);
            }

            var scope = PlanBinding.Scope(trees.Select(tree => (tree.Text.Path, PlanBinding.Outline(tree))));
            var bound = trees.SelectMany(tree => PlanBinding.Bind(tree, scope, diagnostics)).ToList();
            AcrossPlans("the check for duplicate plan names", "the names of the plans", bound, diagnostics, ReportDuplicatePlans);
            AcrossPlans("the check of the plans' report file names", "the report file names of the plans", bound, diagnostics, ReportFileNameChecks.Report);
            AcrossPlans("the check of the plans' C# names", "the C# names of the plans", bound, diagnostics, CSharpNameChecks.Report);
            AcrossPlans("the check for names that look alike", "the names of the plans", bound, diagnostics, LookAlikeNames.Report);
            AcrossPlans("the check of 'follows' across plans", "the 'follows' of the plans", bound, diagnostics, FollowsChecks.Report);
            Rules.RuleRunner.Run(bound, options ?? PlanCompilationOptions.Default, diagnostics);
            AcrossPlans("the check of the size of the generated strings", "the texts of the plans", bound, diagnostics, (plans, _) => GeneratedStringBudget.Report(plans, diagnostics));

            var ordered = diagnostics
                .OrderBy(diagnostic => diagnostic.Location.Path, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.Span.Start)
                .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
                .ToValueList();
            return new PlanCompilation(options ?? PlanCompilationOptions.Default, trees, bound, ordered);
        }

        /// <summary>Runs a check across plans; a failure of it (a bug) is reported once (SP9001), at the first plan.</summary>
        private static void AcrossPlans(string step, string scope, IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics,
            Action<IReadOnlyList<BoundPlan>, ICollection<Diagnostic>> check)
        {
            if (plans.Count > 0)
            {
                var first = plans[0];
                InternalErrors.Run(step, scope, first.Tree.Text.GetLocation(first.Syntax.Name.Span), diagnostics, () => check(plans, diagnostics));
            }
        }

        private static void ReportDuplicatePlans(IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics)
        {
            var first = new Dictionary<string, BoundPlan>(StringComparer.Ordinal);
            foreach (var plan in plans)
            {
                if (first.TryGetValue(plan.Name, out var existing))
                {
                    diagnostics.Add(Diagnostic.Create(
                        Diagnose.DuplicatePlan(plan.Name, other: existing.Tree.Text.GetLocation(existing.Syntax.Name.Span)),
                        plan.Tree.Text.GetLocation(plan.Syntax.Name.Span)));
                }
                else
                {
                    first.Add(plan.Name, plan);
                }
            }
        }
    }
}
