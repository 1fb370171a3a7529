using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// A municipal plan or an annual action plan says who carries out each planned or ongoing action: its own
    /// <c>owner</c> or its area's. Programmes (national, regional) name performers per area or not at all, so they are
    /// not checked.
    /// </summary>
    public sealed class ActionOwnerRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.ActionWithoutOwner };

        public override void Check(RuleContext context)
        {
            if (context.Model.Kind is not (PlanKind.Municipal or PlanKind.Annual))
            {
                return;
            }

            foreach (var area in context.Model.Areas.Select(area => (Area?)area).Append(null))
            {
                var actions = area is null ? context.Model.Actions : area.Actions;
                if (area is { Owners.Count: > 0 })
                {
                    continue;
                }

                foreach (var action in actions.Where(action => action.Status is ActionStatus.Planned or ActionStatus.Ongoing && action.Owners.Count == 0))
                {
                    context.Report(action, context.NameSpan(action), Diagnose.ActionWithoutOwner(action.Name, action.Status));
                }
            }
        }
    }
}
