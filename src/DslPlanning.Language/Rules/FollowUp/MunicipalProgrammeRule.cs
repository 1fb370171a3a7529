using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// A municipal service plan is synchronised with the region's service programme: its areas and actions serve the
    /// programme's goals, and the region's subsidies lean on it. A municipal plan that follows no plan, while a regional
    /// programme for its years is compiled together with it, is reported, naming the programmes it could follow. A
    /// municipal plan checked alone is not: there is nothing to name, and its report lists the gap.
    /// </summary>
    public sealed class MunicipalProgrammeRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.MunicipalPlanWithoutProgramme };

        public override void Check(RuleContext context)
        {
            var plan = context.Model;
            if (plan.Kind != PlanKind.Municipal || plan.Follows.Count > 0)
            {
                return;
            }

            var programmes = context.Plans
                .Where(other => other.Model.Kind == PlanKind.Regional && Overlaps(other.Model.Period, plan.Period))
                .Select(other => other.Name)
                .ToList();
            if (programmes.Count > 0)
            {
                context.Report(plan, context.NameSpan(plan), Diagnose.MunicipalPlanWithoutProgramme(plan.Name, programmes));
            }
        }

        private static bool Overlaps(YearRange? programme, YearRange? plan) =>
            programme is not { } a || plan is not { } b || (a.Start <= b.End && b.Start <= a.End);
    }
}
