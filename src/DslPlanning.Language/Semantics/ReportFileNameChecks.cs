using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// SP1020: each plan's reports get file names of their own (<see cref="PlanSlug"/>). Reported at the later of two plans
    /// whose names give the same file names (<c>KROKOM</c> and <c>Krokom</c>), and at a plan whose file names are reserved
    /// (<c>Index</c>). Plans with the same name are SP1003's.
    /// </summary>
    internal static class ReportFileNameChecks
    {
        private const string Fix =
            "a report's file name keeps only the letters and digits of the plan's name, in lower case and without accents, so give one of the plans a name that differs in more than that";

        public static void Report(IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics)
        {
            var named = plans.Where(plan => plan.Name.Length > 0).ToList();
            foreach (var conflict in PlanSlug.Conflicts(named.Select(plan => plan.Name).ToList()))
            {
                var plan = named[conflict.Plan];
                var files = ReportFileNames.Describe(conflict.Stem);
                var location = plan.Tree.Text.GetLocation(plan.Syntax.Name.Span);
                if (conflict.Earlier is not { } index)
                {
                    diagnostics.Add(Diagnostic.Create(
                        DiagnosticCatalog.ReportFileNameCollision, location, plan.Name, files,
                        "but '" + conflict.Stem + "' is reserved for " + conflict.ReservedFor, "give the plan another name"));
                    continue;
                }

                var earlier = named[index];
                if (earlier.Name != plan.Name)
                {
                    diagnostics.Add(Diagnostic.Create(
                        DiagnosticCatalog.ReportFileNameCollision, location, plan.Name, files,
                        "the same files as plan '" + earlier.Name + "' at " + earlier.Tree.Text.GetLocation(earlier.Syntax.Name.Span), Fix));
                }
            }
        }
    }
}
