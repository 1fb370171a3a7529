using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// What other plans can see of a plan: its name, kind and the elements it declares. Value-equatable, so that
    /// the incremental generator re-binds a plan only when the outline of a plan it can reference changes.
    /// </summary>
    public sealed record PlanOutline(string Name, string KindWord, ValueList<SymbolOutline> Symbols)
    {
        public SymbolOutline? Find(SymbolKind kind, string name) =>
            Symbols.FirstOrDefault(symbol => symbol.Kind == kind && symbol.Name == name);

        public SymbolOutline? Find(IEnumerable<SymbolKind> kinds, string name) =>
            kinds.Select(kind => Find(kind, name)).FirstOrDefault(symbol => symbol is not null);

        public IEnumerable<SymbolOutline> FindAnyKind(string name) => Symbols.Where(symbol => symbol.Name == name);

        public IEnumerable<SymbolOutline> OfKind(SymbolKind kind) => Symbols.Where(symbol => symbol.Kind == kind);
    }

    /// <summary>A declared element as other plans see it.</summary>
    public sealed record SymbolOutline(SymbolKind Kind, string Name, string? Title);
}
