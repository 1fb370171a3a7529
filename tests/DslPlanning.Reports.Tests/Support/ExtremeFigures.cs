using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>
    /// A plan with every figure replaced by one number: amounts, budgets, shares, volumes, subsidy facts, turnovers,
    /// distances, hours and indicator values. Made in C#, as any caller of the Reports library can, so that no bound the
    /// build puts on plan text applies: the reports must cope with whatever a <see cref="ServicePlan"/> holds.
    /// </summary>
    public static class ExtremeFigures
    {
        public static ServicePlan Apply(ServicePlan plan, decimal number) => plan with
        {
            Funders = plan.Funders.Select(funder => funder with
            {
                Budgets = funder.Budgets.Select(budget => budget with { Amount = new Money(number) }).ToValueList(),
            }).ToValueList(),
            Places = plan.Places.Select(place => place with
            {
                Stores = place.Stores.Select(store => store with { Turnover = new Money(number), Open = new WeeklyHours(number) }).ToValueList(),
                Nearest = place.Nearest.Select(nearest => nearest with { Distance = new Distance(number) }).ToValueList(),
            }).ToValueList(),
            Areas = plan.Areas.Select(area => area with
            {
                Funding = area.Funding.Select(source => Apply(source, number)).ToValueList(),
                Goals = area.Goals.Select(goal => Apply(goal, number)).ToValueList(),
                Actions = area.Actions.Select(action => Apply(action, number)).ToValueList(),
            }).ToValueList(),
            Goals = plan.Goals.Select(goal => Apply(goal, number)).ToValueList(),
            Actions = plan.Actions.Select(action => Apply(action, number)).ToValueList(),
            Schemes = plan.Schemes.Select(scheme => scheme with
            {
                Terms = scheme.Terms.Select(term => term with { Value = term.Value is { } value ? value with { Value = number } : null }).ToValueList(),
            }).ToValueList(),
        };

        private static PlanAction Apply(PlanAction action, decimal number) => action with
        {
            Completion = action.Completion is { } completion ? completion with { Value = new Percent(number) } : null,
            Progress = action.Progress.Select(progress => progress with { Value = new Percent(number) }).ToValueList(),
            Costs = action.Costs.Select(cost => cost with
            {
                Amount = new Money(number),
                Volume = cost.Volume is { } volume ? volume with { Count = number } : null,
            }).ToValueList(),
            Funding = action.Funding.Select(source => Apply(source, number)).ToValueList(),
            Subsidies = action.Subsidies.Select(application => application with
            {
                Amount = new Money(number),
                NetCost = new Money(number),
                DirectCost = new Money(number),
                Households = number,
                Deliveries = number,
                Trips = number,
                Turnover = new Money(number),
                Open = new WeeklyHours(number),
                NearestStore = new Distance(number),
                NearestFuel = new Distance(number),
                NearestPaymentProvider = new Distance(number),
                EligibleCost = new Money(number),
                Users = number,
            }).ToValueList(),
        };

        private static FundingSource Apply(FundingSource source, decimal number) => source with
        {
            Share = source.Share is null ? null : new Percent(number),
            Amount = source.Amount is null ? null : new Money(number),
        };

        private static Goal Apply(Goal goal, decimal number) => goal with
        {
            Baseline = goal.Baseline is { } baseline ? baseline with { Value = baseline.Value with { Value = number } } : null,
            Target = goal.Target is { } target ? target with { Value = target.Value with { Value = number } } : null,
            Actuals = goal.Actuals.Select(actual => actual with { Value = actual.Value with { Value = number } }).ToValueList(),
        };
    }
}
