using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>
    /// The record of which name resolved to which symbol, for the tools' queries (go to definition, references, rename).
    /// One entry per resolved name, made where the name resolves: nothing is looked up again to make it.
    /// </summary>
    internal sealed partial class PlanBinder
    {
        private readonly List<SymbolReference> _resolved = new();

        /// <summary>The names this binding resolved, in the order it met them.</summary>
        public ValueList<SymbolReference> Resolved => _resolved.ToValueList();

        /// <summary>An element named by <paramref name="name"/>, written <c>Plan.member</c> when <paramref name="qualified"/>.</summary>
        private void RecordElement(NameSyntax name, SymbolKind kind, string plan, string member, bool qualified, TextSpan? range = null)
        {
            var symbol = new ElementKey(kind, plan, member);
            if (!qualified)
            {
                _resolved.Add(new SymbolReference(symbol, name.Span, name.Span, null, range));
                return;
            }

            // The first '.' of the written name: normalising a name to NFC changes letters only, never a '.'.
            var dot = _source.Text.IndexOf('.', name.Span.Start, name.Span.Length);
            _resolved.Add(new SymbolReference(
                symbol, name.Span, TextSpan.FromBounds(dot + 1, name.Span.End), TextSpan.FromBounds(name.Span.Start, dot), range));
        }

        /// <summary>A goal or area that a range stands for between its ends, where its name is not written.</summary>
        private void RecordImplied(SymbolKind kind, string plan, string member, TextSpan range) =>
            _resolved.Add(new SymbolReference(new ElementKey(kind, plan, member), range, range, null, range));

        private void Record(SymbolKey symbol, TextSpan span) => _resolved.Add(new SymbolReference(symbol, span, span, null, null));
    }
}
