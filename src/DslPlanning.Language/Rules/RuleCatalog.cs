using System.Collections.Generic;
using DslPlanning.Language.Rules.FollowUp;
using DslPlanning.Language.Rules.Funding;
using DslPlanning.Language.Rules.Priority;
using DslPlanning.Language.Rules.Subsidies;

namespace DslPlanning.Language.Rules
{
    /// <summary>Every rule, by family.</summary>
    public static class RuleCatalog
    {
        public static IReadOnlyList<PlanRule> Rules { get; } = new PlanRule[]
        {
            new AreaRankRule(),
            new ActionPriorityRule(),
            new PlaceLevelRule(),
            new FundingPresenceRule(),
            new FundingSharesRule(),
            new FundingCoverageRule(),
            new FunderBudgetRule(),
            new FundingPeriodRule(),
            new SubsidyYearRule(),
            new MunicipalPlanRule(),
            new ServiceGrantRule(),
            new HomeDeliveryRule(),
            new OperatingAidRule(),
            new InvestmentAidRule(),
            new RegionalDistanceRule(),
            new PaymentServicesRule(),
            new GoalCoverageRule(),
            new GoalMeasurementRule(),
            new AnnualPlanRule(),
            new CompletionRule(),
            new PlanCurrencyRule(),
        };
    }
}
