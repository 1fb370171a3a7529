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
                foreach (var reference in FollowsReferences(plan.Syntax))
                {
                    if (reference.Start.Text == plan.Name || !byName.TryGetValue(reference.Start.Text, out var followed))
                    {
                        continue;
                    }

                    var problem = KindProblem(plan.Model.Kind, followed.Model.Kind);
                    if (problem is not null)
                    {
                        diagnostics.Add(Diagnostic.Create(
                            DiagnosticCatalog.FollowsWrongKind, plan.Tree.Text.GetLocation(reference.Span),
                            Capitalize(KindWord(plan.Model.Kind)), plan.Name, KindWord(followed.Model.Kind), followed.Name, problem));
                    }
                }
            }

            ReportCycles(plans, byName, diagnostics);
        }

        private static IEnumerable<ReferenceSyntax> FollowsReferences(PlanSyntax plan) =>
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

        /// <summary>Depth-first search over "follows"; each cycle is reported once, at the reference that closes it.</summary>
        private static void ReportCycles(IReadOnlyList<BoundPlan> plans, Dictionary<string, BoundPlan> byName, ICollection<Diagnostic> diagnostics)
        {
            var onPath = new List<string>();
            var done = new HashSet<string>();

            void Visit(BoundPlan plan)
            {
                onPath.Add(plan.Name);
                foreach (var reference in FollowsReferences(plan.Syntax))
                {
                    if (reference.Start.Text == plan.Name || !byName.TryGetValue(reference.Start.Text, out var next) || done.Contains(next.Name))
                    {
                        continue;
                    }

                    var index = onPath.IndexOf(next.Name);
                    if (index >= 0)
                    {
                        var cycle = string.Join(" → ", onPath.Skip(index).Append(next.Name));
                        diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.FollowsCycle, plan.Tree.Text.GetLocation(reference.Span), cycle));
                    }
                    else
                    {
                        Visit(next);
                    }
                }

                onPath.RemoveAt(onPath.Count - 1);
                done.Add(plan.Name);
            }

            foreach (var plan in plans)
            {
                if (byName[plan.Name] == plan && !done.Contains(plan.Name))
                {
                    Visit(plan);
                }
            }
        }

        private static string KindWord(PlanKind kind) => Vocabularies.PlanKinds.WordFor(kind);

        private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
    }
}
