using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics.Binding;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// The two steps of compiling plans, usable one file at a time (as the incremental generator does): the outline
    /// of a file's plans, and binding a file's plans against the outlines of all plans compiled together.
    /// </summary>
    public static class PlanBinding
    {
        /// <summary>
        /// The outlines of the plans in one file (declarations only; diagnostics are not collected). A plan whose outline
        /// fails (a bug) is left out: binding it fails too, and reports it (SP9001).
        /// </summary>
        public static ValueList<PlanOutline> Outline(SyntaxTree tree) =>
            tree.Plans
                .Select(plan => InternalErrors.Run(Phrase.Of("outlining", "genomgången av planens deklarationer"), Phrase.Of("plan ", "planen ") + plan.Name.Text, tree.Text.GetLocation(plan.Name.Span), new List<Diagnostic>(),
                    () => PlanSymbols.Collect(plan, tree.Text, new List<Diagnostic>()).ToOutline(plan.Keyword.Text)))
                .OfType<PlanOutline>()
                .ToValueList();

        /// <summary>The scope of a compilation: the outlines of all files, taken in path order (the first plan of a name wins).</summary>
        public static CompilationScope Scope(IEnumerable<(string Path, ValueList<PlanOutline> Outlines)> files) =>
            new(files.OrderBy(file => file.Path, StringComparer.Ordinal).SelectMany(file => file.Outlines));

        /// <summary>
        /// Binds the plans of one file against <paramref name="scope"/>, adding declaration and binding diagnostics. A plan
        /// whose binding fails (a bug) is reported (SP9001 at its name) and left out; the other plans bind as usual.
        /// </summary>
        public static IReadOnlyList<BoundPlan> Bind(SyntaxTree tree, CompilationScope scope, ICollection<Diagnostic> diagnostics) =>
            tree.Plans
                .Select(plan => InternalErrors.Run(Phrase.Of("binding", "bindningen"), Phrase.Of("plan ", "planen ") + plan.Name.Text, tree.Text.GetLocation(plan.Name.Span), diagnostics, () =>
                {
                    var symbols = PlanSymbols.Collect(plan, tree.Text, diagnostics);
                    var map = new SyntaxMap();
                    var binder = new PlanBinder(scope, plan, tree.Text, symbols.ToOutline(plan.Keyword.Text), diagnostics, map);
                    var model = binder.Bind();
                    return new BoundPlan(model, plan, tree, symbols, map, binder.Resolved);
                }))
                .OfType<BoundPlan>()
                .ToList();
    }
}
