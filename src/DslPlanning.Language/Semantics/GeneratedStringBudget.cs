using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Emit;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// The string literals of the generated C# — every plan's names and texts, and the findings in <c>PlanCatalog.Findings</c> —
    /// must fit the assembly's user-string heap: a literal must start within its first 16 MB (0xFFFFFF bytes, CS8103),
    /// whatever the number of plans. The plans compiled together may take <see cref="BudgetBytes"/> of it, the rest is left
    /// to the project's own code. Where the running total, over the plans in file order, first passes the budget, SP0013
    /// is reported at that plan.
    /// </summary>
    internal static class GeneratedStringBudget
    {
        public const int BudgetBytes = 12_000_000;

        /// <summary>Counts the plans' strings and the findings among <paramref name="diagnostics"/>, and adds SP0013 there when the budget is passed.</summary>
        public static void Report(IReadOnlyList<BoundPlan> plans, List<Diagnostic> diagnostics)
        {
            if (UpperBound(plans, diagnostics) <= BudgetBytes)
            {
                return; // the usual case, known from what each plan counts alone (kept with the plan) without collecting every string
            }

            var findings = FindingsByPlan(plans, diagnostics);
            var counted = new HashSet<string>(StringComparer.Ordinal);
            long total = 1; // the heap starts with the empty entry
            foreach (var plan in plans)
            {
                var strings = ModelWriter.StringLiterals(plan.Model)
                    .Concat(findings.TryGetValue(plan, out var planFindings) ? planFindings.SelectMany(Strings) : Enumerable.Empty<string>());
                foreach (var text in strings)
                {
                    if (counted.Add(text))
                    {
                        total += HeapSize(text);
                    }
                }

                if (total > BudgetBytes)
                {
                    diagnostics.Add(Diagnostic.Create(Diagnose.GeneratedTextsTooLong(bytes: total, budgetBytes: BudgetBytes), plan.Tree.Text.GetLocation(plan.Syntax.Name.Span)));
                    return;
                }
            }
        }

        /// <summary>The strings of one plan's model as the heap counts them, each once: part of an upper bound of the total.</summary>
        internal static long HeapBytes(BoundPlan plan) =>
            ModelWriter.StringLiterals(plan.Model).Distinct(StringComparer.Ordinal).Sum(HeapSize);

        /// <summary>At least the total <see cref="Report"/> counts: each plan's strings counted alone, and the strings of every diagnostic.</summary>
        private static long UpperBound(IReadOnlyList<BoundPlan> plans, IEnumerable<Diagnostic> diagnostics) =>
            1 + plans.Sum(plan => plan.Facts.HeapBytes) + diagnostics.Sum(diagnostic => DiagnosticBytes.GetValue(diagnostic, Count).Value);

        /// <summary>The bytes of each diagnostic's strings, kept while the diagnostic lives: a workspace keeps the diagnostics of unchanged plans.</summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Diagnostic, System.Runtime.CompilerServices.StrongBox<long>> DiagnosticBytes = new();

        private static System.Runtime.CompilerServices.StrongBox<long> Count(Diagnostic diagnostic) => new(Strings(diagnostic).Sum(HeapSize));

        /// <summary>The bytes a string takes in the heap: its length prefix, UTF-16 code units and a final byte.</summary>
        private static long HeapSize(string text)
        {
            var bytes = 2L * text.Length + 1;
            return bytes + (bytes < 0x80 ? 1 : bytes < 0x4000 ? 2 : 4);
        }

        /// <summary>A finding's strings as <c>PlanCatalog.Findings</c> holds them (the full path stands for the file name: an upper bound).</summary>
        private static IEnumerable<string> Strings(Diagnostic diagnostic) => new[] { diagnostic.Id, diagnostic.Message, diagnostic.Location.Path };

        /// <summary>The diagnostics inside each plan: per file, the plan that starts last at or before the diagnostic, if it contains it.</summary>
        private static Dictionary<BoundPlan, List<Diagnostic>> FindingsByPlan(IReadOnlyList<BoundPlan> plans, IEnumerable<Diagnostic> diagnostics)
        {
            var byFile = plans
                .GroupBy(plan => plan.Tree.Text.Path, StringComparer.Ordinal)
                .ToDictionary(file => file.Key, file => file.OrderBy(plan => plan.Syntax.Span.Start).ToList(), StringComparer.Ordinal);
            var findings = new Dictionary<BoundPlan, List<Diagnostic>>();
            foreach (var diagnostic in diagnostics)
            {
                if (!byFile.TryGetValue(diagnostic.Location.Path, out var filePlans))
                {
                    continue;
                }

                var (low, high) = (0, filePlans.Count - 1);
                while (low < high)
                {
                    var middle = (low + high + 1) / 2;
                    (low, high) = filePlans[middle].Syntax.Span.Start <= diagnostic.Location.Span.Start ? (middle, high) : (low, middle - 1);
                }

                var plan = filePlans[low];
                if (plan.Syntax.Span.Contains(diagnostic.Location.Span))
                {
                    if (!findings.TryGetValue(plan, out var list))
                    {
                        findings.Add(plan, list = new List<Diagnostic>());
                    }

                    list.Add(diagnostic);
                }
            }

            return findings;
        }

    }
}
