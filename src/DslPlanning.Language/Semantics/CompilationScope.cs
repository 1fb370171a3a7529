using System;
using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// The plans visible to the binder, by name: the outlines of every plan compiled together (the first declaration of a
    /// name wins). A view made by <see cref="Recording"/> notes what a binding looked up, so that a workspace knows when a
    /// bound file must be bound again.
    /// </summary>
    public sealed class CompilationScope
    {
        private readonly Dictionary<string, PlanOutline> _plans = new(StringComparer.Ordinal);
        private readonly Lazy<string[]> _names;
        private readonly ScopeReads? _reads;

        public CompilationScope(IEnumerable<PlanOutline> outlines)
        {
            foreach (var outline in outlines)
            {
                if (!_plans.ContainsKey(outline.Name))
                {
                    _plans.Add(outline.Name, outline);
                }
            }

            _names = new Lazy<string[]>(() => _plans.Keys.OrderBy(name => name, StringComparer.Ordinal).ToArray());
        }

        private CompilationScope(CompilationScope scope, ScopeReads reads)
        {
            _plans = scope._plans;
            _names = scope._names;
            _reads = reads;
        }

        /// <summary>The names of the plans, in order (sorted once: every unknown plan name is compared with them).</summary>
        public IEnumerable<string> PlanNames
        {
            get
            {
                _reads?.ReadPlanNames();
                return _names.Value;
            }
        }

        public PlanOutline? Find(string plan)
        {
            var outline = _plans.TryGetValue(plan, out var found) ? found : null;
            _reads?.Read(plan, outline);
            return outline;
        }

        /// <summary>This scope, noting in <paramref name="reads"/> every lookup made through it.</summary>
        internal CompilationScope Recording(ScopeReads reads) => new(this, reads);

        /// <summary>The names of the plans in order, as <see cref="PlanNames"/> gives them, without noting the read.</summary>
        internal IReadOnlyList<string> SortedNames => _names.Value;
    }
}
