using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>
    /// Reference resolution. A name is looked up in this plan first; <c>Plan.name</c> names an element of another
    /// plan of the compilation. Ranges <c>3.1–3.3</c> expand to the goals between their ends.
    /// </summary>
    internal sealed partial class PlanBinder
    {
        private static readonly SymbolKind[] Objectives = { SymbolKind.Goal, SymbolKind.Area };

        /// <summary>A range longer than this and than the plan's list of names is reported without looking up each of its names.</summary>
        private const int LargestCheckedRange = 1_000;

        /// <summary>Resolves a name list; with <paramref name="allowRanges"/>, ranges of goals are expanded.</summary>
        private ValueList<SymbolRef> References(ValueSyntax? value, bool allowRanges, params SymbolKind[] kinds)
        {
            if (value is not ReferenceListSyntax list)
            {
                Mismatch(value, Phrase.Of("the name of ", "namnet på ") + KindNouns.WithArticle(kinds), "Kluk");
                return ValueList<SymbolRef>.Empty;
            }

            var references = new List<SymbolRef>();
            foreach (var item in list.Items)
            {
                if (item.End is null)
                {
                    AddIfBound(references, Resolve(item.Start, kinds));
                }
                else if (!allowRanges)
                {
                    Report(item.Span, Diagnose.NameRangeNotAllowed(item.ToString(), inList: true));
                }
                else
                {
                    references.AddRange(ExpandRange(item));
                }
            }

            return references.Distinct().ToValueList();
        }

        private SymbolRef? Resolve(ReferenceSyntax reference, params SymbolKind[] kinds)
        {
            if (reference.End is not null)
            {
                Report(reference.Span, Diagnose.NameRangeNotAllowed(reference.ToString(), inList: false));
                return null;
            }

            return Resolve(reference.Start, kinds);
        }

        /// <summary>The one element a statement such as a plan's <c>owner</c> names.</summary>
        private SymbolRef? SingleReference(ValueStatementSyntax statement, SymbolKind kind)
        {
            var references = References(statement.Value, allowRanges: false, kind);
            if (statement.Value is ReferenceListSyntax { Items.Count: > 1 } list)
            {
                Report(list.Items[1].Span, Diagnose.MoreThanOneName(statement.Keyword.Text, KindNouns.One(kind), count: list.Items.Count));
            }

            return references.Count > 0 ? references[0] : null;
        }

        private SymbolRef? Resolve(NameSyntax name, params SymbolKind[] kinds) => Resolve(name, kinds, range: null);

        /// <summary>Resolves and records a name; <paramref name="range"/> is the range it is the first name of.</summary>
        private SymbolRef? Resolve(NameSyntax name, SymbolKind[] kinds, TextSpan? range)
        {
            var text = name.Text;
            if (_outline.Find(kinds, text) is { } local)
            {
                RecordElement(name, local.Kind, PlanName, local.Name, qualified: false, range);
                return new SymbolRef(PlanName, local.Name);
            }

            var dot = text.IndexOf('.');
            if (dot > 0 && OutlineOf(text.Substring(0, dot)) is { } plan)
            {
                var member = text.Substring(dot + 1);
                if (plan.Find(kinds, member) is { } remote)
                {
                    RecordElement(name, remote.Kind, plan.Name, remote.Name, qualified: true, range);
                    return new SymbolRef(plan.Name, remote.Name);
                }

                ReportUnknown(name, kinds, member, plan);
                return null;
            }

            ReportUnknown(name, kinds, text, _outline);
            return null;
        }

        private void ReportUnknown(NameSyntax name, SymbolKind[] kinds, string member, PlanOutline plan)
        {
            var other = plan.FindAnyKind(member).FirstOrDefault();
            if (other is not null)
            {
                Report(name.Span, Diagnose.WrongSymbolKind(name.Text, declaredAs: KindNouns.WithArticle(other.Kind), expected: KindNouns.WithArticle(kinds), member));
                return;
            }

            var candidates = kinds.SelectMany(plan.OfKind).Select(symbol => symbol.Name);
            var dashedRange = System.Text.RegularExpressions.Regex.IsMatch(member, @"^[0-9][0-9.]*-[0-9][0-9.]*$");
            var dot = name.Text.IndexOf('.');
            var unknownPlan = !dashedRange && plan.Name == PlanName && dot > 0 ? name.Text.Substring(0, dot) : null;
            Report(name.Span, Diagnose.UnknownReference(KindNouns.BeforeName(kinds), member,
                inPlan: plan.Name == PlanName ? null : plan.Name, didYouMean: Suggestions.Closest(member, candidates),
                dashedRange, unknownPlan, closestPlan: unknownPlan is null ? null : Suggestions.Closest(unknownPlan, _scope.PlanNames)));
        }

        /// <summary>Expands <c>X.3.1–3.3</c> to X.3.1, X.3.2, X.3.3: goals whose names differ only in the last number.</summary>
        private IEnumerable<SymbolRef> ExpandRange(ReferenceSyntax range)
        {
            var first = Resolve(range.Start, Objectives, range.Span);
            if (first is null)
            {
                return Enumerable.Empty<SymbolRef>();
            }

            var endText = range.End!.Text;
            var endQualified = endText.StartsWith(first.Plan + ".", System.StringComparison.Ordinal) && first.Plan != PlanName;
            if (endQualified)
            {
                endText = endText.Substring(first.Plan.Length + 1);
            }

            var start = first.Name.Split('.');
            var end = endText.Split('.');
            if (end.Length < start.Length)
            {
                // G2.1..3 means G2.1..G2.3: the end repeats the leading parts of the start.
                end = start.Take(start.Length - end.Length).Concat(end).ToArray();
                endText = string.Join(".", end);
            }

            var prefix = string.Join(".", start.Take(start.Length - 1));
            if (start.Length != end.Length || prefix != string.Join(".", end.Take(end.Length - 1)))
            {
                Report(range.Span, Diagnose.NameRangeEndsDiffer(range.ToString(), first.Name, prefix));
                return Enumerable.Empty<SymbolRef>();
            }

            if (!int.TryParse(start[start.Length - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(end[end.Length - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
            {
                Report(range.Span, Diagnose.NameRangeNotNumbered(range.ToString()));
                return Enumerable.Empty<SymbolRef>();
            }

            if (to < from)
            {
                Report(range.Span, Diagnose.NameRangeEndsBeforeStart(range.ToString(), start: first.Name, end: endText));
                return Enumerable.Empty<SymbolRef>();
            }

            var plan = OutlineOf(first.Plan)!;
            var span = (long)to - from + 1;
            if (span > Math.Max(plan.Symbols.Count, LargestCheckedRange))
            {
                // Most of its names cannot exist: one diagnostic rather than one per missing name, and no walk over them.
                Report(range.Span, Diagnose.NameRangeTooLong(range.ToString(), numbers: span, declared: plan.Symbols.Count, first.Plan));
                return Enumerable.Empty<SymbolRef>();
            }

            var goals = new List<SymbolRef>();
            for (long number = from; number <= to; number++)
            {
                var name = (prefix.Length > 0 ? prefix + "." : string.Empty) + number.ToString(CultureInfo.InvariantCulture);
                if (plan.Find(Objectives, name) is { } symbol)
                {
                    goals.Add(new SymbolRef(first.Plan, symbol.Name));
                    if (number == to)
                    {
                        RecordElement(range.End, symbol.Kind, first.Plan, symbol.Name, endQualified, range.Span);
                    }
                    else if (number != from)
                    {
                        RecordImplied(symbol.Kind, first.Plan, symbol.Name, range.Span);
                    }
                }
                else
                {
                    Report(range.Span, Diagnose.NameInRangeUndeclared(range.ToString(), name, first.Plan));
                }
            }

            return goals;
        }

        /// <summary>The plans named by <c>follows</c>.</summary>
        private IEnumerable<string> Plans(ValueSyntax? value)
        {
            foreach (var name in NameList(value, Phrase.Of("plan names", "plannamn"), "VästerbottenRSP"))
            {
                if (OutlineOf(name.Text) is null)
                {
                    Report(name.Span, Diagnose.UnknownPlan(name.Text, didYouMean: Suggestions.Closest(name.Text, _scope.PlanNames)));
                    continue;
                }

                if (name.Text == PlanName)
                {
                    Report(name.Span, Diagnose.FollowsCycle(cycle: new[] { PlanName }));
                    continue;
                }

                Record(new PlanKey(name.Text), name.Span);
                yield return name.Text;
            }
        }

        /// <summary>The outline of a plan by name; this plan's own outline for its own name.</summary>
        private PlanOutline? OutlineOf(string plan) => plan == PlanName ? _outline : _scope.Find(plan);
    }
}
