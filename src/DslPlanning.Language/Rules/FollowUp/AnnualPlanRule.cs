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
                context.Report(plan, context.NameSpan(plan), Diagnose.AnnualPlanWithoutProgramme(plan.Name));
            }

            if (plan.Period is not { } period)
            {
                return;
            }

            if (period.Length != 1)
            {
                context.Report(plan, context.StatementSpan(plan, "period"), Diagnose.AnnualPlanNotOneYear(plan.Name, period));
            }

            foreach (var programme in plan.Follows.Select(context.FindPlan).Where(programme => programme?.Model.EffectivePeriod is not null))
            {
                var programmePeriod = programme!.Model.EffectivePeriod!.Value;
                if (!programmePeriod.Contains(period))
                {
                    context.Report(plan, context.StatementSpan(plan, "period"),
                        Diagnose.AnnualPlanOutsideProgramme(plan.Name, period, programmePeriod, programme.Name));
                }
            }
        }
    }
}
