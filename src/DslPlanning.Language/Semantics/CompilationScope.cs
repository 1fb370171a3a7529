using System;
using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Language.Semantics
{
    /// <summary>The plans visible to the binder, by name: the outlines of every plan compiled together (the first declaration of a name wins).</summary>
    public sealed class CompilationScope
    {
        private readonly Dictionary<string, PlanOutline> _plans = new(StringComparer.Ordinal);
        private readonly Lazy<string[]> _names;

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

        /// <summary>The names of the plans, in order (sorted once: every unknown plan name is compared with them).</summary>
        public IEnumerable<string> PlanNames => _names.Value;

        public PlanOutline? Find(string plan) => _plans.TryGetValue(plan, out var outline) ? outline : null;
    }
}
