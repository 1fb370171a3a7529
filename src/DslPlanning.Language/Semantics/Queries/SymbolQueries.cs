using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using DslPlanning.Language.Syntax;

namespace DslPlanning.Language.Semantics.Queries
{
    /// <summary>
    /// What a tool asks of the symbols of a compilation, protocol-free: the symbol at a position, its declaration and
    /// references, rename, the declarations around a position and the symbols a plan can name. Offsets are character
    /// offsets in a file's text, paths as the compilation's files give them. Built from what binding recorded
    /// (<see cref="BoundPlan.References"/>); each plan's part is made once per bound plan, the index of all references
    /// once per compilation, when first asked for.
    /// </summary>
    public sealed class SymbolQueries
    {
        private static readonly ConditionalWeakTable<PlanCompilation, SymbolQueries> Made = new();

        private readonly PlanCompilation _compilation;
        private readonly Lazy<PlanLocator> _locator;
        private readonly Lazy<Dictionary<string, SyntaxTree>> _trees;
        private readonly Lazy<Dictionary<SymbolKey, SymbolOccurrence[]>> _references;

        private SymbolQueries(PlanCompilation compilation)
        {
            _compilation = compilation;
            _locator = new Lazy<PlanLocator>(() => new PlanLocator(compilation.Plans));
            _trees = new Lazy<Dictionary<string, SyntaxTree>>(() => compilation.SyntaxTrees
                .GroupBy(tree => tree.Text.Path, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal));
            _references = new Lazy<Dictionary<SymbolKey, SymbolOccurrence[]>>(() => compilation.Plans
                .SelectMany(plan => PlanOccurrences.Of(plan).All)
                .Where(occurrence => !occurrence.IsDeclaration)
                .GroupBy(occurrence => occurrence.Symbol)
                .ToDictionary(group => group.Key, group => group.ToArray()));
        }

        /// <summary>The queries over <paramref name="compilation"/>, made once per compilation.</summary>
        public static SymbolQueries Of(PlanCompilation compilation) => Made.GetValue(compilation, made => new SymbolQueries(made));

        /// <summary>
        /// The symbol named at <paramref name="offset"/> of the file <paramref name="path"/>, with the span of its name there:
        /// on a declaration's name (also the plan's, in its header), or on a reference (the plan of <c>follows</c>, the plan or
        /// the member part of <c>JämtlandRSP.IO1</c>, an end of a range, a rule's ID). The caret may stand just after the name.
        /// Null elsewhere, and for a name that did not resolve.
        /// </summary>
        public SymbolOccurrence? SymbolAt(string path, int offset) =>
            PlanAt(path, offset) is { } plan ? PlanOccurrences.Of(plan).At(offset) : null;

        /// <summary>Where the symbol is declared (the span of its name), or null: a rule is not declared in a plan, nor is a name no plan declares.</summary>
        public SymbolOccurrence? Declaration(SymbolKey symbol)
        {
            var (plan, span) = symbol switch
            {
                PlanKey key when _compilation.FindPlan(key.Name) is { } found => (found, found.Syntax.Name.Span),
                ElementKey key when _compilation.FindPlan(key.Plan) is { } found && found.Symbols.Find(key.Kind, key.Name) is { } declared => (found, declared.Declaration.Name.Span),
                _ => (null, default),
            };
            return plan is null ? null : new SymbolOccurrence(symbol, plan.Tree.Text.Path, span, IsDeclaration: true);
        }

        /// <summary>Every reference to the symbol in all plans, by file path and position; with <paramref name="includeDeclaration"/>, its declaration first.</summary>
        public IReadOnlyList<SymbolOccurrence> References(SymbolKey symbol, bool includeDeclaration)
        {
            var references = _references.Value.TryGetValue(symbol, out var found) ? found : Array.Empty<SymbolOccurrence>();
            var ordered = references.OrderBy(reference => reference.Path, StringComparer.Ordinal).ThenBy(reference => reference.Span.Start);
            return (includeDeclaration && Declaration(symbol) is { } declaration ? ordered.Prepend(declaration) : ordered).ToList();
        }

        /// <summary>The declaration and references of the symbol in one file, by position (document highlight).</summary>
        public IReadOnlyList<SymbolOccurrence> Highlights(SymbolKey symbol, string path) =>
            _compilation.Plans
                .Where(plan => plan.Tree.Text.Path == path)
                .SelectMany(plan => PlanOccurrences.Of(plan).All)
                .Where(occurrence => occurrence.Symbol.Equals(symbol))
                .OrderBy(occurrence => occurrence.Span.Start)
                .ToList();

        /// <summary>The edits that rename the symbol in every plan, or the reason it cannot be renamed to <paramref name="newName"/>.</summary>
        public RenameResult Rename(SymbolKey symbol, string newName) => SymbolRename.Plan(this, _compilation, symbol, newName);

        /// <summary>
        /// The declarations around <paramref name="offset"/> of the file <paramref name="path"/>, outermost first: the plan,
        /// then an area, a goal or action in it, a subsidy in the action … Each contains the offset (its start included, its
        /// end not). Empty outside any plan or for an unknown file. From the syntax alone, so it answers for a plan binding
        /// could not take too.
        /// </summary>
        public IReadOnlyList<StatementSyntax> EnclosingDeclarations(string path, int offset)
        {
            var chain = new List<StatementSyntax>();
            if (!_trees.Value.TryGetValue(path, out var tree))
            {
                return chain;
            }

            IEnumerable<StatementSyntax> level = tree.Plans;
            while (level.FirstOrDefault(statement => statement is PlanSyntax or DeclarationSyntax && statement.Span.Start <= offset && offset < statement.Span.End) is { } inside)
            {
                chain.Add(inside);
                level = inside switch
                {
                    PlanSyntax plan => plan.Body,
                    DeclarationSyntax declaration => declaration.Body,
                    _ => Enumerable.Empty<StatementSyntax>(),
                };
            }

            return chain;
        }

        /// <summary>
        /// The elements of a kind that the plan <paramref name="plan"/> can name: its own by name, then those of the other
        /// plans of the compilation as <c>Plan.name</c>, in file and declaration order. Empty for an unknown plan.
        /// </summary>
        public IReadOnlyList<VisibleSymbol> VisibleFrom(string plan, SymbolKind kind)
        {
            if (_compilation.FindPlan(plan) is null)
            {
                return Array.Empty<VisibleSymbol>();
            }

            var plans = _compilation.Plans.Where(bound => ReferenceEquals(_compilation.FindPlan(bound.Name), bound));
            return plans.OrderBy(bound => bound.Name == plan ? 0 : 1)
                .SelectMany(bound => bound.Symbols.OfKind(kind).Select(symbol => new VisibleSymbol(
                    new ElementKey(kind, bound.Name, symbol.Name),
                    bound.Name == plan ? symbol.Name : bound.Name + "." + symbol.Name,
                    symbol.Declaration.Title?.Value)))
                .ToList();
        }

        /// <summary>The plan whose text holds the offset, also at its very end.</summary>
        private BoundPlan? PlanAt(string path, int offset) => _locator.Value.Find(path, new Text.TextSpan(offset, 0));
    }
}
