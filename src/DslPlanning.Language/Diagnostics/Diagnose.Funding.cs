using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP3xxx: funding of actions and budgets of funders.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP3001: <paramref name="action"/> has <paramref name="costs"/> but no funding source.</summary>
        public static DiagnosticMessage CostWithoutFunding(string action, IEnumerable<Cost> costs) =>
            new(DiagnosticCatalog.CostWithoutFunding, action, string.Join(" + ", costs.Select(MessageText.Cost)));

        /// <summary>SP3002.</summary>
        public static DiagnosticMessage NoFundingStated(string action) => new(DiagnosticCatalog.NoFundingStated, action);

        /// <summary>SP3008: <paramref name="action"/> of a plan of <paramref name="kind"/> (an action plan) names no funding source.</summary>
        public static DiagnosticMessage ActionPlanWithoutFunding(string action, PlanKind kind) =>
            new(DiagnosticCatalog.ActionPlanWithoutFunding, action, kind == PlanKind.Annual ? "an annual action plan" : "a municipal plan");

        /// <summary>SP3003: the <paramref name="shares"/> of <paramref name="owner"/> (an action or area) add up to <paramref name="total"/>, over 100 %.</summary>
        public static DiagnosticMessage SharesOverHundred(string owner, Percent total, IEnumerable<(string Funder, Percent Share)> shares) =>
            new(DiagnosticCatalog.SharesOverHundred, owner, total.ToString(), Shares(shares));

        /// <summary>SP3004: the <paramref name="shares"/> of <paramref name="owner"/> add up to <paramref name="total"/>, under 100 %.</summary>
        public static DiagnosticMessage SharesUnderHundred(string owner, Percent total, IEnumerable<(string Funder, Percent Share)> shares) =>
            new(DiagnosticCatalog.SharesUnderHundred, owner, total.ToString(), Shares(shares), new Percent(Saturating.Subtract(100m, total.Value)).ToString());

        /// <summary>SP3005: <paramref name="funded"/> covers less than <paramref name="cost"/>, both <paramref name="per"/> the same units (null: per year).</summary>
        public static DiagnosticMessage AmountsBelowCost(string action, Money funded, Money cost, IReadOnlyList<CostUnit>? per) =>
            new(DiagnosticCatalog.AmountsBelowCost, action, funded.ToString(), per is null ? "per year" : MessageText.Per(per), cost.ToString(), (cost - funded).ToString());

        /// <summary>
        /// SP3006: <paramref name="funder"/> is committed beyond <paramref name="budget"/> in <paramref name="yearsOver"/>; in the
        /// worst <paramref name="year"/> it is committed <paramref name="committed"/> by <paramref name="commitments"/> (actions of
        /// other plans named <c>Plan.Action</c>), <paramref name="overBy"/> above the budget. Saturated sums read as such.
        /// </summary>
        public static DiagnosticMessage OverBudget(
            string funder,
            IEnumerable<int> yearsOver,
            int year,
            Money committed,
            IEnumerable<(string Action, Money Amount)> commitments,
            Money overBy,
            Money budget) =>
            new(DiagnosticCatalog.OverBudget,
                funder,
                MessageText.YearRanges(yearsOver),
                MessageText.Number(year),
                committed.IsSaturated ? "more than " + committed : committed.ToString(),
                MessageText.List(commitments.Select(commitment => commitment.Action + " " + commitment.Amount)),
                MessageText.Amount(overBy),
                budget.ToString());

        /// <summary>For SP3006: where <paramref name="action"/> commits <paramref name="amount"/> of <paramref name="funder"/> in <paramref name="year"/>.</summary>
        public static RelatedLocation Commitment(SourceLocation location, string action, Money amount, string funder, int year) =>
            new(location, PrintableText.Escape($"{action} commits {MessageText.Amount(amount)} of {funder} in {MessageText.Number(year)}"));

        /// <summary>SP3007: funding from <paramref name="funder"/> for <paramref name="years"/>, outside <paramref name="period"/> (the action's, or else the plan's).</summary>
        public static DiagnosticMessage FundingOutsidePeriod(string funder, YearRange years, bool actionPeriod, YearRange period) =>
            new(DiagnosticCatalog.FundingOutsidePeriod, funder, years.ToString(), actionPeriod ? "action's period" : "plan's period", period.ToString());

        private static string Shares(IEnumerable<(string Funder, Percent Share)> shares) =>
            string.Join(" + ", shares.Select(share => share.Funder + " " + share.Share));
    }
}
