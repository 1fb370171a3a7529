using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Emit;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// Names that become the same C# name in the generated code (SP1019): plans whose classes would be one, and elements
    /// of one kind in a plan whose properties would be one. Each of them is reported, naming another, since neither
    /// can be compiled without changing what C# code means by that name.
    /// </summary>
    public static class CSharpNameChecks
    {
        internal static void Report(IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics)
        {
            var firstOfEachName = plans.GroupBy(plan => plan.Name, StringComparer.Ordinal).Select(group => group.First()).ToList();
            foreach (var clash in Clashes(firstOfEachName, plan => CSharpNames.PlanClass(plan.Name)))
            {
                var (plan, other) = clash;
                diagnostics.Add(Diagnostic.Create(
                    Diagnose.SamePlanClass(plan.Name, CSharpNames.PlanClass(plan.Name), other.Name, otherLocation: other.Tree.Text.GetLocation(other.Syntax.Name.Span)),
                    plan.Tree.Text.GetLocation(plan.Syntax.Name.Span)));
            }

            foreach (var diagnostic in plans.SelectMany(plan => plan.Facts.MemberClashes))
            {
                diagnostics.Add(diagnostic);
            }
        }

        /// <summary>The plan names whose class another plan name also becomes: the generator compiles none of them.</summary>
        public static ISet<string> PlansSharingAClass(IEnumerable<string> planNames) =>
            new HashSet<string>(
                Clashes(planNames.Distinct(StringComparer.Ordinal).ToList(), CSharpNames.PlanClass).Select(clash => clash.Element),
                StringComparer.Ordinal);

        /// <summary>Elements of one kind in <paramref name="plan"/> that become the same property of its class.</summary>
        public static void ReportMembers(BoundPlan plan, ICollection<Diagnostic> diagnostics)
        {
            var className = CSharpNames.PlanClass(plan.Name);
            foreach (var kind in plan.Symbols.All.Select(symbol => symbol.Kind).Distinct())
            {
                foreach (var (symbol, other) in Clashes(plan.Symbols.OfKind(kind).ToList(), symbol => CSharpNames.Member(kind, symbol.Name)))
                {
                    var what = KindNouns.BeforeName(kind);
                    var line = symbol.Source.GetLinePosition(other.Declaration.Name.Span.Start).Line + 1;
                    diagnostics.Add(Diagnostic.Create(
                        Diagnose.SameCSharpName(what, symbol.Name, member: className + "." + CSharpNames.MemberClass(kind) + "." + CSharpNames.Member(kind, symbol.Name),
                            otherKind: what, other.Name, otherLine: line),
                        symbol.Source.GetLocation(symbol.Declaration.Name.Span)));
                }
            }
        }

        /// <summary>Each element whose C# name another element also has, with the first such other element.</summary>
        private static IEnumerable<(T Element, T Other)> Clashes<T>(IReadOnlyList<T> elements, Func<T, string> csharpName) =>
            elements
                .GroupBy(csharpName, StringComparer.Ordinal)
                .Where(group => group.Skip(1).Any())
                .SelectMany(group => group.Select(element => (element, group.First(other => !Equals(other, element)))));
    }
}
