using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// A municipal service plan is synchronised with the region's service programme: its areas and actions serve the
    /// programme's goals, and the region's subsidies lean on it. A municipal plan that follows no plan is reported.
    /// </summary>
    public sealed class MunicipalProgrammeRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.MunicipalPlanWithoutProgramme };

        public override void Check(RuleContext context)
        {
            if (context.Model.Kind == PlanKind.Municipal && context.Model.Follows.Count == 0)
            {
                context.Report(context.Model, context.NameSpan(context.Model), Diagnose.MunicipalPlanWithoutProgramme(context.Model.Name));
            }
        }
    }
}
