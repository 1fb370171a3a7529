using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace DslPlanning.Language.Semantics.Queries
{
    /// <summary>
    /// Every name of one bound plan with the symbol it names: the plan's and its elements' declarations, and its
    /// references (the plan part and the member part of a qualified name apart). Made once per bound plan, so a plan the
    /// workspace reuses keeps it.
    /// </summary>
    internal sealed class PlanOccurrences
    {
        private static readonly ConditionalWeakTable<BoundPlan, PlanOccurrences> Made = new();

        /// <summary>The names written in the text, by position; no two overlap.</summary>
        private readonly SymbolOccurrence[] _written;
        private readonly int[] _starts;

        private PlanOccurrences(BoundPlan plan)
        {
            var path = plan.Tree.Text.Path;
            var written = new List<SymbolOccurrence> { new(new PlanKey(plan.Name), path, plan.Syntax.Name.Span, IsDeclaration: true) };
            written.AddRange(plan.Symbols.All.Select(symbol =>
                new SymbolOccurrence(new ElementKey(symbol.Kind, symbol.Plan, symbol.Name), path, symbol.Declaration.Name.Span, IsDeclaration: true)));
            var implied = new List<SymbolOccurrence>();
            foreach (var reference in plan.References)
            {
                var occurrence = new SymbolOccurrence(reference.Symbol, path, reference.MemberSpan, IsDeclaration: false) { Range = reference.Range };
                (reference.IsImpliedByRange ? implied : written).Add(occurrence);
                if (reference is { PlanSpan: { } planSpan, Symbol: ElementKey element })
                {
                    written.Add(new SymbolOccurrence(new PlanKey(element.Plan), path, planSpan, IsDeclaration: false));
                }
            }

            _written = written.Distinct().OrderBy(occurrence => occurrence.Span.Start).ToArray();
            _starts = _written.Select(occurrence => occurrence.Span.Start).ToArray();
            All = _written.Concat(implied.Distinct()).ToList();
        }

        /// <summary>Every occurrence: the written names by position, then the goals that ranges stand for.</summary>
        public IReadOnlyList<SymbolOccurrence> All { get; }

        public static PlanOccurrences Of(BoundPlan plan) => Made.GetValue(plan, bound => new PlanOccurrences(bound));

        /// <summary>The written name at <paramref name="offset"/>: one that contains it or ends there (where an editor's caret stands after typing it).</summary>
        public SymbolOccurrence? At(int offset)
        {
            // The last name that starts at or before the offset: names do not overlap.
            var index = Array.BinarySearch(_starts, offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return index >= 0 && offset <= _written[index].Span.End ? _written[index] : null;
        }
    }
}
