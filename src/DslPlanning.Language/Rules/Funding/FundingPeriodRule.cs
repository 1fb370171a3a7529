using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Funding
{
    /// <summary>Funding is for years within the action's period, or the plan's period when the action has none.</summary>
    public sealed class FundingPeriodRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.FundingOutsidePeriod };

        public override void Check(RuleContext context)
        {
            foreach (var action in context.Model.AllActions)
            {
                var period = action.Period ?? context.Model.EffectivePeriod;
                if (period is not { } range)
                {
                    continue;
                }

                foreach (var source in action.Funding)
                {
                    if (source.Years is { } years && !range.Contains(years))
                    {
                        context.Report(source, context.NameSpan(source),
                            Diagnose.FundingOutsidePeriod(source.Funder.Name, years, actionPeriod: action.Period is not null, range));
                    }
                }
            }
        }
    }
}
