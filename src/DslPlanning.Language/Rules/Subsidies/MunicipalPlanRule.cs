using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// Servicebidrag, hemsändningsbidrag and särskilt driftstöd are given only if the municipality has planned its goods
    /// supply (SFS 2000:284 6 §): a municipal plan current in the subsidy year, with designated service-strategic places.
    /// Checked for applications in municipal plans.
    /// </summary>
    public sealed class MunicipalPlanRule : SubsidyRule
    {
        private static readonly SubsidyKind[] Planned = { SubsidyKind.ServiceGrant, SubsidyKind.HomeDeliveryGrant, SubsidyKind.OperatingAid };

        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.NoCurrentPlan };

        public override void Check(RuleContext context)
        {
            var plan = context.Model;
            if (plan.Kind != PlanKind.Municipal)
            {
                return;
            }

            foreach (var application in plan.AllActions.SelectMany(action => action.Subsidies).Where(application => Planned.Contains(application.Kind) && application.Years is not null))
            {
                var years = application.Years!.Value;
                // A plan adopted in a later year than the application's first was not there for that year; one adopted
                // during that year is given the benefit of the doubt.
                var adoptedLate = plan.Adopted is { } adopted && adopted.Year > years.Start ? plan.Adopted : null;
                var current = plan.EffectivePeriod is { } period && period.Contains(years) && adoptedLate is null && plan.Places.Any(place => place.Level is not null);
                if (!current)
                {
                    context.Report(application, context.StatementSpan(application, "in"),
                        Diagnose.NoCurrentPlan(KindWord(application), years, plan.Name, planPeriod: plan.EffectivePeriod, adoptedAfter: adoptedLate));
                }
            }
        }
    }
}
