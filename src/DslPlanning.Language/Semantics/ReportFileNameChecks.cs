using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// SP1020: each plan's reports get file names of their own (<see cref="PlanSlug"/>). Reported at each of the plans
    /// whose names give the same file names (<c>KROKOM</c> and <c>Krokom</c>), naming another, and at a plan whose file
    /// names are reserved (<c>Index</c>). Plans with the same name are SP1003's.
    /// </summary>
    internal static class ReportFileNameChecks
    {
        public static void Report(IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics)
        {
            var named = plans.Where(plan => plan.Name.Length > 0).ToList();
            var reportedWith = new Dictionary<int, int>();
            foreach (var conflict in PlanSlug.Conflicts(named.Select(plan => plan.Name).ToList()))
            {
                var plan = named[conflict.Plan];
                if (conflict.Earlier is not { } index)
                {
                    diagnostics.Add(Diagnostic.Create(Diagnose.ReportFileNameReserved(plan.Name, conflict.Stem, Phrase.Of(conflict.ReservedFor!, PlanSlug.ReservedForInSwedish(conflict.Stem)!)), Location(plan)));
                    continue;
                }

                var earlier = named[index];
                if (earlier.Name == plan.Name)
                {
                    continue;
                }

                // Each plan of a collision is reported, naming another: whoever added either finds the error at their plan.
                Collision(plan, earlier, conflict.Stem, diagnostics);
                if (!reportedWith.ContainsKey(index))
                {
                    reportedWith.Add(index, conflict.Plan);
                    Collision(earlier, plan, conflict.Stem, diagnostics);
                }
            }
        }

        private static void Collision(BoundPlan plan, BoundPlan other, string stem, ICollection<Diagnostic> diagnostics) =>
            diagnostics.Add(Diagnostic.Create(Diagnose.ReportFileNameCollision(plan.Name, stem, other.Name, otherLocation: Location(other)), Location(plan)));

        private static Text.SourceLocation Location(BoundPlan plan) => plan.Tree.Text.GetLocation(plan.Syntax.Name.Span);
    }
}
