using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// Which syntax each element of a bound plan came from, by reference (model records compare by value, and two
    /// equal costs in different actions are still two places in the text). Rules use it to report at exact spans.
    /// </summary>
    public sealed class SyntaxMap
    {
        private readonly Dictionary<object, SyntaxNode> _syntax = new(ByReference<object>.Instance);
        private readonly Dictionary<object, object> _parents = new(ByReference<object>.Instance);

        internal T Add<T>(T model, SyntaxNode syntax) where T : class
        {
            _syntax[model] = syntax;
            return model;
        }

        internal void AddParent(object child, object parent) => _parents[child] = parent;

        public SyntaxNode? Find(object model) => _syntax.TryGetValue(model, out var syntax) ? syntax : null;

        /// <summary>The element that contains <paramref name="model"/> (an action's area, a subsidy's action …), or null for the plan.</summary>
        public object? Parent(object model) => _parents.TryGetValue(model, out var parent) ? parent : null;

        /// <summary>The span of the element's name, or of its syntax, or <paramref name="fallback"/>.</summary>
        public TextSpan NameSpan(object model, TextSpan fallback) => Find(model) switch
        {
            DeclarationSyntax declaration => declaration.Name.Span,
            PlanSyntax plan => plan.Name.Span,
            { } syntax => syntax.Span,
            null => fallback,
        };
    }
}
