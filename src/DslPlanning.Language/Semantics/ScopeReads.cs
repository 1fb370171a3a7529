using System;
using System.Collections.Generic;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// What binding one file read from the scope: the outline found (or not) for each plan name it looked up, and whether
    /// it read the list of all plan names (for "did you mean"). The binding of a file depends on nothing else outside the
    /// file, so it still holds in another scope that gives the same answers to these reads.
    /// </summary>
    internal sealed class ScopeReads
    {
        private readonly Dictionary<string, PlanOutline?> _plans = new(StringComparer.Ordinal);
        private readonly object _gate = new();
        private bool _planNames;

        public void Read(string plan, PlanOutline? outline)
        {
            lock (_gate)
            {
                _plans[plan] = outline;
            }
        }

        public void ReadPlanNames()
        {
            lock (_gate)
            {
                _planNames = true;
            }
        }

        /// <summary>Whether <paramref name="scope"/> answers every read as the scope read did (<paramref name="sameNames"/>: it has the same plan names).</summary>
        public bool StillHold(CompilationScope scope, bool sameNames)
        {
            if (_planNames && !sameNames)
            {
                return false;
            }

            foreach (var read in _plans)
            {
                var now = scope.Find(read.Key);
                if (!ReferenceEquals(now, read.Value) && !Equals(now, read.Value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
