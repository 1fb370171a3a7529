using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>An annual action plan follows its programme and covers one year of the programme's period.</summary>
    public sealed class AnnualPlanRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.AnnualPlanOutsideProgramme, DiagnosticCatalog.AnnualPlanNotOneYear, DiagnosticCatalog.AnnualPlanWithoutProgramme,
        };

        public override void Check(RuleContext context)
        {
            var plan = context.Model;
            if (plan.Kind != PlanKind.Annual)
            {
                return;
            }

            if (plan.Follows.Count == 0)
            {
                context.Report(DiagnosticCatalog.AnnualPlanWithoutProgramme, plan, context.NameSpan(plan), plan.Name);
            }

            if (plan.Period is not { } period)
            {
                return;
            }

            if (period.Length != 1)
            {
                context.Report(DiagnosticCatalog.AnnualPlanNotOneYear, plan, context.StatementSpan(plan, "period"), plan.Name, period.ToString());
            }

            foreach (var programme in plan.Follows.Select(context.FindPlan).Where(programme => programme?.Model.Period is not null))
            {
                var programmePeriod = programme!.Model.Period!.Value;
                if (!programmePeriod.Contains(period))
                {
                    context.Report(DiagnosticCatalog.AnnualPlanOutsideProgramme, plan, context.StatementSpan(plan, "period"),
                        plan.Name, period.ToString(), programmePeriod.ToString(), programme.Name);
                }
            }
        }
    }
}
