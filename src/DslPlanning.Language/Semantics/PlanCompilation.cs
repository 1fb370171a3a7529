using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Semantics.Binding;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// Plans compiled together: every plan parsed and bound, references resolved across plans, and all syntax and
    /// binding diagnostics in source order. Never throws on bad input.
    /// </summary>
    public sealed class PlanCompilation
    {
        private readonly Dictionary<string, BoundPlan> _plans;

        private PlanCompilation(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<BoundPlan> plans, ValueList<Diagnostic> diagnostics)
        {
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

        public IReadOnlyList<SyntaxTree> SyntaxTrees { get; }

        /// <summary>The bound plans, in the order of the files and of the plans in each file.</summary>
        public IReadOnlyList<BoundPlan> Plans { get; }

        /// <summary>Syntax and binding diagnostics, ordered by file path and position.</summary>
        public ValueList<Diagnostic> Diagnostics { get; }

        public IEnumerable<ServicePlan> Models => Plans.Select(plan => plan.Model);

        public BoundPlan? FindPlan(string name) => _plans.TryGetValue(name, out var plan) ? plan : null;

        /// <summary>Parses and compiles plan files given as (path, text).</summary>
        public static PlanCompilation Create(IEnumerable<(string Path, string Text)> files) =>
            Create(files.Select(file => PlanParser.Parse(file.Path, file.Text)));

        public static PlanCompilation Create(IEnumerable<SyntaxTree> syntaxTrees)
        {
            var trees = syntaxTrees.ToList();
            var diagnostics = new List<Diagnostic>();
            foreach (var tree in trees)
            {
                diagnostics.AddRange(tree.Diagnostics);
            }

            var scope = new CompilationScope();
            var declared = new List<(PlanSyntax Plan, SyntaxTree Tree, PlanSymbols Symbols)>();
            foreach (var tree in trees)
            {
                foreach (var plan in tree.Plans)
                {
                    var symbols = PlanSymbols.Collect(plan, tree.Text, diagnostics);
                    var existing = scope.Find(plan.Name.Text);
                    if (existing is not null)
                    {
                        diagnostics.Add(Diagnostic.Create(
                            DiagnosticCatalog.DuplicatePlan, tree.Text.GetLocation(plan.Name.Span),
                            plan.Name.Text, existing.Source.GetLocation(existing.Plan.Name.Span).ToString()));
                    }
                    else
                    {
                        scope.Add(new CompilationScope.Entry(plan, tree.Text, symbols));
                    }

                    declared.Add((plan, tree, symbols));
                }
            }

            var bound = declared
                .Select(entry => new BoundPlan(new PlanBinder(scope, entry.Plan, entry.Tree.Text, entry.Symbols, diagnostics).Bind(), entry.Plan, entry.Tree, entry.Symbols))
                .ToList();

            FollowsChecks.Report(bound, scope, diagnostics);

            var ordered = diagnostics
                .OrderBy(diagnostic => diagnostic.Location.Path, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.Span.Start)
                .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
                .ToValueList();
            return new PlanCompilation(trees, bound, ordered);
        }
    }
}
