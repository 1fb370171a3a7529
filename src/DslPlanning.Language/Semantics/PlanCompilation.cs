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
        private readonly Rules.FundingByFunder _funding;

        internal PlanCompilation(PlanCompilationOptions options, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<BoundPlan> plans, ValueList<Diagnostic> diagnostics, Rules.FundingByFunder funding)
        {
            _funding = funding;
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

        /// <summary>A funder's commitments per year in every plan against its budget, as the funding rules compute them (once per funder).</summary>
        public IReadOnlyList<Model.Figures.FunderYear> FundingOf(SymbolRef funder) => _funding.Of(funder);

        /// <summary>Parses and compiles plan files given as (path, text).</summary>
        public static PlanCompilation Create(IEnumerable<(string Path, string Text)> files, PlanCompilationOptions? options = null) =>
            Create(files.Select(file => PlanParser.Parse(file.Path, file.Text)), options);

        /// <summary>Parses and compiles plan files as read (<see cref="PlanFileEncoding"/>).</summary>
        public static PlanCompilation Create(IEnumerable<SourceText> files, PlanCompilationOptions? options = null) =>
            Create(files.Select(PlanParser.Parse), options);

        /// <summary>Compiles parsed files: a workspace's compilation from nothing (<see cref="Workspaces.CompilationState"/>), the one pipeline.</summary>
        public static PlanCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, PlanCompilationOptions? options = null) =>
            Workspaces.CompilationState.Build(syntaxTrees, options ?? PlanCompilationOptions.Default, previous: null).Compilation;

        /// <summary>Runs a check across plans; a failure of it (a bug) is reported once (SP9001), at the first plan.</summary>
        internal static void AcrossPlans(Phrase step, Phrase scope, IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics,
            Action<IReadOnlyList<BoundPlan>, ICollection<Diagnostic>> check)
        {
            if (plans.Count > 0)
            {
                var first = plans[0];
                InternalErrors.Run(step, scope, first.Tree.Text.GetLocation(first.Syntax.Name.Span), diagnostics, () => check(plans, diagnostics));
            }
        }

        internal static void ReportDuplicatePlans(IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics)
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
