using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Funding
{
    /// <summary>
    /// Every action that is planned or under way has a funding source, its own or its area's: an action with a cost and
    /// no source is unfunded (warning). One without cost or source does not say who pays: in an annual action plan or a
    /// municipal plan, which are the action plans that must state the possible financing of each activity, a warning;
    /// in a regional or national programme, whose actions are financed by the plans that carry them out, information.
    /// </summary>
    public sealed class FundingPresenceRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.CostWithoutFunding, DiagnosticCatalog.NoFundingStated, DiagnosticCatalog.ActionPlanWithoutFunding,
        };

        public override void Check(RuleContext context)
        {
            foreach (var area in context.Model.Areas.Select(area => (Area?)area).Append(null))
            {
                var actions = area is null ? context.Model.Actions : area.Actions;
                var areaFunded = area is not null && area.Funding.Count > 0;
                foreach (var action in actions.Where(action => action.Status is ActionStatus.Planned or ActionStatus.Ongoing))
                {
                    if (action.Funding.Count > 0 || areaFunded)
                    {
                        continue;
                    }

                    if (action.Costs.Count > 0)
                    {
                        context.Report(action, context.StatementSpan(action, "cost"), Diagnose.CostWithoutFunding(action.Name, action.Costs));
                    }
                    else if (context.Model.Kind is PlanKind.Annual or PlanKind.Municipal)
                    {
                        context.Report(action, context.NameSpan(action), Diagnose.ActionPlanWithoutFunding(action.Name, context.Model.Kind));
                    }
                    else
                    {
                        context.Report(action, context.NameSpan(action), Diagnose.NoFundingStated(action.Name));
                    }
                }
            }
        }
    }
}
