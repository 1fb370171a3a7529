using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// What other plans can see of a plan: its name, kind and the elements it declares. Value-equatable, so that
    /// the incremental generator re-binds a plan only when the outline of a plan it can reference changes.
    /// </summary>
    public sealed record PlanOutline(string Name, string KindWord, ValueList<SymbolOutline> Symbols)
    {
        /// <summary>The symbols by name and by kind, built on the first lookup: a plan of n names is searched n times while it is bound.</summary>
        private Tables? _tables;

        /// <summary>A copy (<c>with</c>) builds its own tables.</summary>
        private PlanOutline(PlanOutline original)
        {
            Name = original.Name;
            KindWord = original.KindWord;
            Symbols = original.Symbols;
        }

        public SymbolOutline? Find(SymbolKind kind, string name) =>
            Array.Find(Lookup.Named(name), symbol => symbol.Kind == kind);

        public SymbolOutline? Find(IEnumerable<SymbolKind> kinds, string name) =>
            kinds.Select(kind => Find(kind, name)).FirstOrDefault(symbol => symbol is not null);

        /// <summary>The symbols of that name in any namespace, in declaration order.</summary>
        public IEnumerable<SymbolOutline> FindAnyKind(string name) => Lookup.Named(name);

        /// <summary>The symbols of a kind, in declaration order.</summary>
        public IEnumerable<SymbolOutline> OfKind(SymbolKind kind) => Lookup.ByKind[kind];

        /// <summary>Equal outlines have equal names, kinds and symbols; the tables are not part of the value.</summary>
        public bool Equals(PlanOutline? other) =>
            other is not null && Name == other.Name && KindWord == other.KindWord && Symbols.Equals(other.Symbols);

        public override int GetHashCode() => (Name, KindWord, Symbols).GetHashCode();

        private Tables Lookup => LazyInitializer.EnsureInitialized(ref _tables, () => new Tables(Symbols))!;

        private sealed class Tables
        {
            private readonly Dictionary<string, SymbolOutline[]> _byName;

            public Tables(ValueList<SymbolOutline> symbols)
            {
                _byName = symbols.GroupBy(symbol => symbol.Name, StringComparer.Ordinal)
                    .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
                ByKind = symbols.ToLookup(symbol => symbol.Kind);
            }

            public ILookup<SymbolKind, SymbolOutline> ByKind { get; }

            public SymbolOutline[] Named(string name) => _byName.TryGetValue(name, out var symbols) ? symbols : Array.Empty<SymbolOutline>();
        }
    }

    /// <summary>A declared element as other plans see it.</summary>
    public sealed record SymbolOutline(SymbolKind Kind, string Name, string? Title);
}
