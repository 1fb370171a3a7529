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
                            Diagnose.FollowsWrongKind(KindNouns.BeforeName(plan.Model.Kind), plan.Name, KindNouns.BeforeName(followed.Model.Kind), followed.Name, advice: problem.Value),
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

        private static Phrase? KindProblem(PlanKind follower, PlanKind followed) => (follower, followed) switch
        {
            (PlanKind.Annual, PlanKind.Regional) => default(Phrase?),
            (PlanKind.Municipal, PlanKind.Regional) => default(Phrase?),
            (PlanKind.Municipal, PlanKind.National) => default(Phrase?),
            (PlanKind.Regional, PlanKind.National) => default(Phrase?),
            (PlanKind.Annual, _) => Phrase.Of("an annual action plan follows the regional programme it implements", "en handlingsplan följer det regionala serviceprogram som den genomför"),
            (PlanKind.Municipal, _) => Phrase.Of("a municipal plan follows a regional (or national) programme", "en kommunal serviceplan följer ett regionalt serviceprogram (eller ett nationellt program)"),
            (PlanKind.Regional, PlanKind.Annual) => Phrase.Of(
                "a regional programme follows a national programme; the 'follows' belongs in the annual plan, naming this programme",
                "ett regionalt serviceprogram följer ett nationellt program; 'follows' ska stå i handlingsplanen och ange det här programmet"),
            (PlanKind.Regional, _) => Phrase.Of(
                "a regional programme follows a national programme; if the other plan implements this one, move the 'follows' there",
                "ett regionalt serviceprogram följer ett nationellt program; om den andra planen genomför den här, flytta 'follows' dit"),
            _ => Phrase.Of(
                "a national programme follows no other plan; if the other plan implements this one, move the 'follows' there",
                "ett nationellt program följer ingen annan plan; om den andra planen genomför den här, flytta 'follows' dit"),
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


    }
}
