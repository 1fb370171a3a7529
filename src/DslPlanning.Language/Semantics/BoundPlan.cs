using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>A plan after binding: the runtime model, the syntax it came from, and its symbols.</summary>
    public sealed class BoundPlan
    {
        private PlanElements? _elements;
        private PlanFacts? _facts;

        internal BoundPlan(ServicePlan model, PlanSyntax syntax, SyntaxTree tree, PlanSymbols symbols, SyntaxMap map, ValueList<SymbolReference> references)
        {
            References = references;
            Model = model;
            Syntax = syntax;
            Tree = tree;
            Symbols = symbols;
            Map = map;
        }

        /// <summary>Which syntax each element of <see cref="Model"/> came from, and which element contains which.</summary>
        public SyntaxMap Map { get; }

        public ServicePlan Model { get; }

        public PlanSyntax Syntax { get; }

        public SyntaxTree Tree { get; }

        public PlanSymbols Symbols { get; }

        /// <summary>
        /// Every name in a reference position of this plan that resolved, with what it resolved to: elements (also of
        /// other plans, <c>Plan.member</c>), both ends of ranges and the goals between them, the plans of <c>follows</c>,
        /// and the rules of <c>exception</c>. Spans are in <see cref="Tree"/>; the declarations are found by key.
        /// </summary>
        public ValueList<SymbolReference> References { get; }

        public string Name => Model.Name;

        /// <summary>The model's elements by name.</summary>
        public PlanElements Elements => System.Threading.LazyInitializer.EnsureInitialized(ref _elements, () => new PlanElements(Model))!;

        /// <summary>What checks across plans take from this plan, computed once and kept with it.</summary>
        internal PlanFacts Facts => System.Threading.LazyInitializer.EnsureInitialized(ref _facts, () => new PlanFacts(this))!;
    }
}
