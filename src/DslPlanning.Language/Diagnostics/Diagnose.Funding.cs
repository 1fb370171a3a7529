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
            new(DiagnosticCatalog.CostWithoutFunding, action, Phrase.Join(" + ", costs.Select(MessageText.Cost)));

        /// <summary>SP3002.</summary>
        public static DiagnosticMessage NoFundingStated(string action) => new(DiagnosticCatalog.NoFundingStated, action);

        /// <summary>SP3008: <paramref name="action"/> of a plan of <paramref name="kind"/> (an action plan) names no funding source.</summary>
        public static DiagnosticMessage ActionPlanWithoutFunding(string action, PlanKind kind) =>
            new(DiagnosticCatalog.ActionPlanWithoutFunding, action, kind == PlanKind.Annual ? Phrase.Of("an annual action plan", "en handlingsplan") : Phrase.Of("a municipal plan", "en kommunal serviceplan"));

        /// <summary>
        /// SP3003: the <paramref name="shares"/> of <paramref name="owner"/> (an action, or an area if <paramref name="ownerIsArea"/>)
        /// add up to <paramref name="total"/>, over 100 %.
        /// </summary>
        public static DiagnosticMessage SharesOverHundred(string owner, bool ownerIsArea, Percent total, IEnumerable<(string Funder, Percent Share)> shares) =>
            new(DiagnosticCatalog.SharesOverHundred, ShareOwner(owner, ownerIsArea), total.ToString(), Shares(shares));

        /// <summary>SP3004: the <paramref name="shares"/> of <paramref name="owner"/> (an action or area) add up to <paramref name="total"/>, under 100 %.</summary>
        public static DiagnosticMessage SharesUnderHundred(string owner, bool ownerIsArea, Percent total, IEnumerable<(string Funder, Percent Share)> shares) =>
            new(DiagnosticCatalog.SharesUnderHundred, ShareOwner(owner, ownerIsArea), total.ToString(), Shares(shares), new Percent(Saturating.Subtract(100m, total.Value)).ToString());

        /// <summary>The owner of shares: "action X" or "area X", "åtgärden X" or "insatsområdet X".</summary>
        private static Phrase ShareOwner(string owner, bool ownerIsArea) =>
            (ownerIsArea ? Phrase.Of("area ", "insatsområdet ") : Phrase.Of("action ", "åtgärden ")) + owner;

        /// <summary>SP3005: <paramref name="funded"/> covers less than <paramref name="cost"/>, both <paramref name="per"/> the same units (null: per year).</summary>
        public static DiagnosticMessage AmountsBelowCost(string action, Money funded, Money cost, IReadOnlyList<CostUnit>? per) =>
            new(DiagnosticCatalog.AmountsBelowCost, action, funded.ToString(), per is null ? Phrase.Of("per year", "per år") : MessageText.Per(per), cost.ToString(), (cost - funded).ToString());

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
                YearsOver(yearsOver),
                MessageText.Number(year),
                committed.IsSaturated ? Phrase.Of("more than ", "mer än ") + committed.ToString() : committed.ToString(),
                MessageText.AllOf(commitments.Select(commitment => commitment.Action + " " + commitment.Amount)),
                MessageText.Amount(overBy),
                budget.ToString());

        /// <summary>For SP3006: where <paramref name="action"/> commits <paramref name="amount"/> of <paramref name="funder"/> in <paramref name="year"/>.</summary>
        public static RelatedLocation Commitment(SourceLocation location, string action, Money amount, string funder, int year) =>
            new(location, Phrase.Of(
                    $"{action} commits {MessageText.Amount(amount).English} of {funder} in {MessageText.Number(year)}",
                    $"{funder} har åtagit sig {MessageText.Amount(amount).Swedish} för {action} år {MessageText.Number(year)}")
                .Select(PrintableText.Escape));

        /// <summary>SP3007: funding from <paramref name="funder"/> for <paramref name="years"/>, outside <paramref name="period"/> (the action's, or else the plan's).</summary>
        public static DiagnosticMessage FundingOutsidePeriod(string funder, YearRange years, bool actionPeriod, YearRange period) =>
            new(DiagnosticCatalog.FundingOutsidePeriod, funder, years.ToString(), actionPeriod ? Phrase.Of("action's period", "åtgärdens period") : Phrase.Of("plan's period", "planens period"), period.ToString());

        /// <summary>"2023–2024, 2026" / "2023–2024 och 2026".</summary>
        private static Phrase YearsOver(IEnumerable<int> years)
        {
            var ranges = MessageText.YearRanges(years).Split(new[] { ", " }, System.StringSplitOptions.None);
            return MessageText.AllOf(ranges);
        }

        private static string Shares(IEnumerable<(string Funder, Percent Share)> shares) =>
            string.Join(" + ", shares.Select(share => share.Funder + " " + share.Share));
    }
}
