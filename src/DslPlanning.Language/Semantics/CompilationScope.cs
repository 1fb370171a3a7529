using System;
using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Semantics
{
    /// <summary>The plans visible to the binder: every plan compiled together, by name (the first declaration wins).</summary>
    internal sealed class CompilationScope
    {
        private readonly Dictionary<string, Entry> _plans = new(StringComparer.Ordinal);

        public sealed record Entry(PlanSyntax Plan, SourceText Source, PlanSymbols Symbols);

        public IEnumerable<string> PlanNames => _plans.Keys;

        public void Add(Entry entry) => _plans.Add(entry.Plan.Name.Text, entry);

        public Entry? Find(string plan) => _plans.TryGetValue(plan, out var entry) ? entry : null;
    }
}
