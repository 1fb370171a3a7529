using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// An area that serves an area of a followed programme has actions that serve that area's goals. An action serving a
    /// goal of another of the programme's areas is most often a goal number copied from the wrong row of the document.
    /// Areas that serve no programme area say nothing to check against.
    /// </summary>
    public sealed class ActionAreaRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.ActionServesOtherArea };

        public override void Check(RuleContext context)
        {
            foreach (var area in context.Model.Areas)
            {
                var served = area.Serves.Select(reference => ProgrammeAreaOf(context, reference)).OfType<SymbolRef>().ToList();
                if (served.Count == 0)
                {
                    continue;
                }

                foreach (var action in area.Actions)
                {
                    foreach (var goal in action.Serves)
                    {
                        if (ProgrammeAreaOf(context, goal, goalsOnly: true) is { } goalArea && !served.Contains(goalArea))
                        {
                            context.Report(action, context.StatementSpan(action, "serves"), Diagnose.ActionServesOtherArea(
                                action.Name, area.Name, area.Serves.Select(reference => reference.ToString()), goal.ToString(), goalArea.Plan, goalArea.Name));
                        }
                    }
                }
            }
        }

        /// <summary>The area of another plan that <paramref name="reference"/> names, or that holds the goal it names.</summary>
        private static SymbolRef? ProgrammeAreaOf(RuleContext context, SymbolRef reference, bool goalsOnly = false)
        {
            if (reference.Plan == context.Model.Name || context.FindPlan(reference.Plan)?.Elements is not { } programme)
            {
                return null;
            }

            var area = (goalsOnly ? null : programme.Area(reference.Name)) ?? programme.AreaOfGoal(reference.Name);
            return area is null ? null : programme.Plan.Ref(area.Name);
        }
    }
}
