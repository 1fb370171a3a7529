using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>Checks across plans: a plan follows a plan of the kind above it, and no plans follow each other in a cycle.</summary>
    internal static class FollowsChecks
    {
        public static void Report(IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics)
        {
            var byName = plans.GroupBy(plan => plan.Name).ToDictionary(group => group.Key, group => group.First());
            foreach (var plan in plans)
            {
                foreach (var reference in plan.Facts.Follows)
                {
                    if (reference.Start.Text == plan.Name || !byName.TryGetValue(reference.Start.Text, out var followed))
                    {
                        continue;
                    }

                    var problem = KindProblem(plan.Model.Kind, followed.Model.Kind);
                    if (problem is not null)
                    {
                        diagnostics.Add(Diagnostic.Create(
                            Diagnose.FollowsWrongKind(KindWord(plan.Model.Kind), plan.Name, KindWord(followed.Model.Kind), followed.Name, advice: problem),
                            plan.Tree.Text.GetLocation(reference.Span)));
                    }
                }
            }

            ReportCycles(plans, byName, diagnostics);
        }

        internal static IEnumerable<ReferenceSyntax> FollowsReferences(PlanSyntax plan) =>
            plan.Body.OfType<ValueStatementSyntax>()
                .Where(statement => statement.Keyword.Text == "follows" && statement.Value is ReferenceListSyntax)
                .SelectMany(statement => ((ReferenceListSyntax)statement.Value!).Items);

        private static string? KindProblem(PlanKind follower, PlanKind followed) => (follower, followed) switch
        {
            (PlanKind.Annual, PlanKind.Regional) => null,
            (PlanKind.Municipal, PlanKind.Regional) => null,
            (PlanKind.Municipal, PlanKind.National) => null,
            (PlanKind.Regional, PlanKind.National) => null,
            (PlanKind.Annual, _) => "an annual action plan follows the regional programme it implements",
            (PlanKind.Municipal, _) => "a municipal plan follows a regional (or national) programme",
            (PlanKind.Regional, PlanKind.Annual) => "a regional programme follows a national programme; the 'follows' belongs in the annual plan, naming this programme",
            (PlanKind.Regional, _) => "a regional programme follows a national programme; if the other plan implements this one, move the 'follows' there",
            _ => "a national programme follows no other plan; if the other plan implements this one, move the 'follows' there",
        };

        /// <summary>
        /// Depth-first search over "follows"; each cycle is reported once, at the reference that closes it. The search keeps
        /// its own stack, so that a chain of any length cannot overflow the thread's.
        /// </summary>
        private static void ReportCycles(IReadOnlyList<BoundPlan> plans, Dictionary<string, BoundPlan> byName, ICollection<Diagnostic> diagnostics)
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>();
            var done = new HashSet<string>();
            var stack = new Stack<(BoundPlan Plan, IEnumerator<ReferenceSyntax> References)>();

            void Enter(BoundPlan plan)
            {
                onPath.Add(plan.Name, path.Count);
                path.Add(plan.Name);
                stack.Push((plan, plan.Facts.Follows.GetEnumerator()));
            }

            foreach (var root in plans)
            {
                if (byName[root.Name] != root || done.Contains(root.Name))
                {
                    continue;
                }

                Enter(root);
                while (stack.Count > 0)
                {
                    var (plan, references) = stack.Peek();
                    if (!references.MoveNext())
                    {
                        stack.Pop();
                        path.RemoveAt(path.Count - 1);
                        onPath.Remove(plan.Name);
                        done.Add(plan.Name);
                        continue;
                    }

                    var reference = references.Current;
                    if (reference.Start.Text == plan.Name || !byName.TryGetValue(reference.Start.Text, out var next) || done.Contains(next.Name))
                    {
                        continue;
                    }

                    if (onPath.TryGetValue(next.Name, out var index))
                    {
                        diagnostics.Add(Diagnostic.Create(Diagnose.FollowsCycle(cycle: path.GetRange(index, path.Count - index)), plan.Tree.Text.GetLocation(reference.Span)));
                    }
                    else
                    {
                        Enter(next);
                    }
                }
            }
        }

        private static string KindWord(PlanKind kind) => Vocabularies.PlanKinds.WordFor(kind);

    }
}
