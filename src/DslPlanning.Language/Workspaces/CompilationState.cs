using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Rules;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Workspaces
{
    /// <summary>
    /// The one compilation pipeline — parse, outline, scope, bind, checks across plans, rules — with what each step
    /// produced kept for the next compilation. From nothing it is <see cref="PlanCompilation.Create(IEnumerable{SyntaxTree}, PlanCompilationOptions?)"/>;
    /// from the state of an earlier compilation it reuses, by reference:
    /// <list type="bullet">
    /// <item>each unchanged tree's outlines; a changed tree's outlines when they equal its path's before (the scope is then the same object);</item>
    /// <item>each tree's binding, when the tree is the same and the scope answers what binding it read as before (<see cref="ScopeReads"/>);</item>
    /// <item>each rule's run on each plan, when the plan is the same bound plan, still free of errors, and the facts the
    /// rule read outside the plan are unchanged (<see cref="RuleReads"/>);</item>
    /// <item>goals served and funding totals, when no plan's part in them changed (<see cref="CompilationFacts"/>).</item>
    /// </list>
    /// The checks across plans run again over all plans, from what each plan keeps (<see cref="PlanFacts"/>): a pass
    /// over the plans, not over their text. The result is the compilation from nothing of the same trees.
    /// </summary>
    internal sealed class CompilationState
    {
        private LookAlikeIndex? _lookAlikes;

        private CompilationState(
            PlanCompilationOptions options, Dictionary<SyntaxTree, FileState> files, Dictionary<string, ValueList<PlanOutline>> outlinesByPath,
            List<ValueList<PlanOutline>> outlines, CompilationScope scope, CompilationFacts facts, Dictionary<BoundPlan, PlanRuleResults> rules, PlanCompilation compilation)
        {
            Options = options;
            Files = files;
            OutlinesByPath = outlinesByPath;
            Outlines = outlines;
            Scope = scope;
            Facts = facts;
            Rules = rules;
            Compilation = compilation;
        }

        public PlanCompilationOptions Options { get; }

        /// <summary>Each tree's outlines and binding, by tree (by reference).</summary>
        public Dictionary<SyntaxTree, FileState> Files { get; }

        /// <summary>The outlines of the first tree of each path: a changed tree with equal outlines takes these objects.</summary>
        public Dictionary<string, ValueList<PlanOutline>> OutlinesByPath { get; }

        /// <summary>The outlines of each tree, in the order of the trees.</summary>
        public List<ValueList<PlanOutline>> Outlines { get; }

        public CompilationScope Scope { get; }

        public CompilationFacts Facts { get; }

        /// <summary>The rules' results on each plan they ran on, by bound plan (by reference).</summary>
        public Dictionary<BoundPlan, PlanRuleResults> Rules { get; }

        public PlanCompilation Compilation { get; }

        /// <summary>Compiles <paramref name="syntaxTrees"/>, reusing what <paramref name="previous"/> computed that still holds.</summary>
        public static CompilationState Build(IEnumerable<SyntaxTree> syntaxTrees, PlanCompilationOptions options, CompilationState? previous)
        {
            var trees = syntaxTrees.OrderBy(tree => tree.Text.Path, StringComparer.Ordinal).ToList();
            var diagnostics = new List<Diagnostic>();
            foreach (var tree in trees)
            {
                diagnostics.AddRange(tree.Diagnostics);
            }

            // Outlines and the scope.
            var outlinesByPath = new Dictionary<string, ValueList<PlanOutline>>(StringComparer.Ordinal);
            var outlines = new List<ValueList<PlanOutline>>(trees.Count);
            foreach (var tree in trees)
            {
                var outline = OutlinesOf(tree, previous);
                outlines.Add(outline);
                if (!outlinesByPath.ContainsKey(tree.Text.Path))
                {
                    outlinesByPath.Add(tree.Text.Path, outline);
                }
            }

            var scope = previous is not null && outlines.SequenceEqual(previous.Outlines, ByReference<ValueList<PlanOutline>>.Instance)
                ? previous.Scope
                : PlanBinding.Scope(trees.Select((tree, index) => (tree.Text.Path, outlines[index])));
            var sameNames = previous is not null && (ReferenceEquals(scope, previous.Scope) || scope.SortedNames.SequenceEqual(previous.Scope.SortedNames, StringComparer.Ordinal));

            // Binding, file by file.
            var files = new Dictionary<SyntaxTree, FileState>(ByReference<SyntaxTree>.Instance);
            var plans = new List<BoundPlan>();
            for (var index = 0; index < trees.Count; index++)
            {
                var tree = trees[index];
                var file = BindingOf(tree, outlines[index], scope, sameNames, previous);
                files[tree] = file;
                plans.AddRange(file.Plans);
                diagnostics.AddRange(file.Diagnostics);
            }

            // Checks across plans: each a pass over the plans, from what each plan keeps; look-alike names from an index moved on.
            PlanCompilation.AcrossPlans(Phrase.Of("the check for duplicate plan names", "kontrollen av dubbla plannamn"), Phrase.Of("the names of the plans", "planernas namn"), plans, diagnostics, PlanCompilation.ReportDuplicatePlans);
            PlanCompilation.AcrossPlans(Phrase.Of("the check of the plans' report file names", "kontrollen av planernas filnamn för rapporter"), Phrase.Of("the report file names of the plans", "planernas filnamn för rapporter"), plans, diagnostics, ReportFileNameChecks.Report);
            PlanCompilation.AcrossPlans(Phrase.Of("the check of the plans' C# names", "kontrollen av planernas namn i C#"), Phrase.Of("the C# names of the plans", "planernas namn i C#"), plans, diagnostics, CSharpNameChecks.Report);
            LookAlikeIndex? lookAlikes = null;
            var handedOn = DistinctPaths(trees) ? previous?.TakeLookAlikes() : null;
            PlanCompilation.AcrossPlans(Phrase.Of("the check for names that look alike", "kontrollen av namn som liknar varandra"), Phrase.Of("the names of the plans", "planernas namn"), plans, diagnostics, (all, found) =>
            {
                handedOn?.MoveTo(all);
                lookAlikes = handedOn ?? LookAlikeIndex.Build(all);
                foreach (var diagnostic in lookAlikes.Diagnostics)
                {
                    found.Add(diagnostic);
                }
            });
            PlanCompilation.AcrossPlans(Phrase.Of("the check of 'follows' across plans", "kontrollen av 'follows' mellan planer"), Phrase.Of("the 'follows' of the plans", "planernas 'follows'"), plans, diagnostics, FollowsChecks.Report);

            // Rules, on each plan free of errors.
            var reuseRules = previous is not null && previous.Options.Equals(options);
            var facts = new CompilationFacts(plans, reuseRules ? previous!.Facts : null);
            var samePlans = reuseRules && previous!.Compilation.Plans.SequenceEqual(plans, ByReference<BoundPlan>.Instance);
            var withErrors = new PlanLocator(plans).WithErrors(diagnostics);
            var rules = new Dictionary<BoundPlan, PlanRuleResults>(ByReference<BoundPlan>.Instance);
            foreach (var plan in plans.Where(plan => !withErrors.Contains(plan)))
            {
                var earlier = reuseRules && previous!.Rules.TryGetValue(plan, out var found) ? found : null;
                var results = RuleRunner.RunPlan(plan, facts, options, RuleRunner.CatalogRules, earlier, previous?.Facts, samePlans);
                rules[plan] = results;
                diagnostics.AddRange(results.Diagnostics);
            }

            PlanCompilation.AcrossPlans(Phrase.Of("the check of the size of the generated strings", "kontrollen av storleken på de genererade texterna"), Phrase.Of("the texts of the plans", "planernas texter"), plans, diagnostics, (all, _) => GeneratedStringBudget.Report(all, diagnostics));

            var ordered = diagnostics
                .OrderBy(diagnostic => diagnostic.Location.Path, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.Span.Start)
                .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
                .ToValueList();
            var compilation = new PlanCompilation(options, trees, plans, ordered, facts.Funding);
            return new CompilationState(options, files, outlinesByPath, outlines, scope, facts, rules, compilation) { _lookAlikes = lookAlikes };
        }

        /// <summary>
        /// Takes the index of look-alike names for the next compilation to move on (<see cref="LookAlikeIndex.MoveTo"/>):
        /// it is changed in place, so it goes to one next compilation only; any other builds its own.
        /// </summary>
        private LookAlikeIndex? TakeLookAlikes() => System.Threading.Interlocked.Exchange(ref _lookAlikes, null);

        /// <summary>Whether no two trees share a path (as in a workspace), which moving the look-alike index on assumes.</summary>
        private static bool DistinctPaths(List<SyntaxTree> trees) =>
            Enumerable.Range(1, Math.Max(0, trees.Count - 1)).All(i => trees[i - 1].Text.Path != trees[i].Text.Path);

        /// <summary>A tree's outlines: the earlier ones of the same tree, or of its path when equal (so that the scope can stay), or new.</summary>
        private static ValueList<PlanOutline> OutlinesOf(SyntaxTree tree, CompilationState? previous)
        {
            if (previous is null)
            {
                return PlanBinding.Outline(tree);
            }

            if (previous.Files.TryGetValue(tree, out var file))
            {
                return file.Outlines;
            }

            var outlines = PlanBinding.Outline(tree);
            return previous.OutlinesByPath.TryGetValue(tree.Text.Path, out var before) && before.Equals(outlines) ? before : outlines;
        }

        /// <summary>A tree's binding: the earlier one when the tree is the same and the scope answers its reads as before, else new.</summary>
        private static FileState BindingOf(SyntaxTree tree, ValueList<PlanOutline> outlines, CompilationScope scope, bool sameNames, CompilationState? previous)
        {
            if (previous is not null && previous.Files.TryGetValue(tree, out var file)
                && (ReferenceEquals(file.Scope, scope) || file.Reads.StillHold(scope, sameNames)))
            {
                return ReferenceEquals(file.Scope, scope) ? file : file with { Scope = scope };
            }

            var reads = new ScopeReads();
            var diagnostics = new List<Diagnostic>();
            var plans = PlanBinding.Bind(tree, scope.Recording(reads), diagnostics);
            return new FileState(outlines, scope, reads, plans, diagnostics);
        }
    }

    /// <summary>One tree's outlines, and its plans bound in <see cref="Scope"/> with the diagnostics of binding and what binding read of the scope.</summary>
    internal sealed record FileState(ValueList<PlanOutline> Outlines, CompilationScope Scope, ScopeReads Reads, IReadOnlyList<BoundPlan> Plans, IReadOnlyList<Diagnostic> Diagnostics);
}
