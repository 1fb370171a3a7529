using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// Which plan contains a location: the plans of each file by position, searched by halving, so that sorting n
    /// diagnostics to the plans of their file costs n log n however many plans a file holds.
    /// </summary>
    public sealed class PlanLocator
    {
        private readonly Dictionary<string, BoundPlan[]> _byPath;

        public PlanLocator(IEnumerable<BoundPlan> plans)
        {
            _byPath = plans
                .GroupBy(plan => plan.Tree.Text.Path, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.OrderBy(plan => plan.Syntax.Span.Start).ToArray(), StringComparer.Ordinal);
        }

        /// <summary>The plan whose text contains <paramref name="span"/> in the file <paramref name="path"/>, or null.</summary>
        public BoundPlan? Find(string path, TextSpan span)
        {
            if (!_byPath.TryGetValue(path, out var plans))
            {
                return null;
            }

            // The last plan that starts at or before the span: plans of a file follow each other without overlapping.
            int low = 0, high = plans.Length - 1, found = -1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                if (plans[middle].Syntax.Span.Start <= span.Start)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found >= 0 && plans[found].Syntax.Span.Contains(span) ? plans[found] : null;
        }

        /// <summary>The plan that contains the diagnostic's location, or null.</summary>
        public BoundPlan? Find(Diagnostic diagnostic) => Find(diagnostic.Location.Path, diagnostic.Location.Span);

        /// <summary>The plans that contain an error among <paramref name="diagnostics"/>, by reference.</summary>
        public HashSet<BoundPlan> WithErrors(IEnumerable<Diagnostic> diagnostics)
        {
            var plans = new HashSet<BoundPlan>();
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error && Find(diagnostic) is { } plan)
                {
                    plans.Add(plan);
                }
            }

            return plans;
        }
    }
}
