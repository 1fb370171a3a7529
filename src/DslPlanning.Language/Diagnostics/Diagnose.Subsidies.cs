using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP4xxx: the legal preconditions of subsidies, and the distance criteria of regional schemes.</summary>
    public static partial class Diagnose
    {
        /// <summary>
        /// SP4001: the <paramref name="subsidy"/> application for <paramref name="years"/> has no current plan: <paramref name="plan"/>
        /// states no period (<paramref name="planPeriod"/> null), covers other years, or else designates no place.
        /// </summary>
        public static DiagnosticMessage NoCurrentPlan(Phrase subsidy, YearRange years, string plan, YearRange? planPeriod, PlanDate? adoptedAfter = null) =>
            new(DiagnosticCatalog.NoCurrentPlan, subsidy, years.ToString(),
                planPeriod is not { } period
                    ? Phrase.Of($"plan {plan} states no period", $"planen {plan} anger ingen giltighetstid ('period')")
                : !period.Contains(years)
                    ? Phrase.Of($"plan {plan} covers {period}, not {years}", $"planen {plan} gäller {period}, inte {years}")
                : adoptedAfter is { } adopted
                    ? Phrase.Of(
                        $"plan {plan} was adopted on {adopted}, after {years.Start}; apply from {adopted.Year}, or state the earlier plan that held in {years.Start}",
                        $"planen {plan} antogs {adopted}, efter {years.Start}; sök från {adopted.Year}, eller ange den tidigare plan som gällde {years.Start}")
                    : Phrase.Of($"plan {plan} designates no place (no place has a service level)", $"planen {plan} pekar inte ut någon ort (ingen ort har en servicenivå)"));

        /// <summary>SP4002: <paramref name="subsidy"/> is the keyword of the kind ("operating-aid"), which the fix quotes.</summary>
        public static DiagnosticMessage SubsidyWithoutYear(string subsidy) => new(DiagnosticCatalog.SubsidyWithoutYear, subsidy);

        /// <summary>SP4003: the law table <paramref name="table"/> (covering <paramref name="coverage"/>) has no figures for <paramref name="years"/>, so <paramref name="unchecked"/> were not checked.</summary>
        public static DiagnosticMessage NoLawFigures(Phrase table, IEnumerable<int> years, string coverage, Phrase @unchecked) =>
            new(DiagnosticCatalog.NoLawFigures, table, MessageText.YearRanges(years), coverage, @unchecked);

        /// <summary>SP4006: <paramref name="years"/> were checked against <paramref name="table"/>'s figures of <paramref name="lastYear"/> (<paramref name="source"/>).</summary>
        public static DiagnosticMessage LawFiguresCarriedForward(Phrase table, IEnumerable<int> years, int lastYear, Phrase source) =>
            new(DiagnosticCatalog.LawFiguresCarriedForward, MessageText.YearRanges(years), MessageText.Number(lastYear), table, source);

        /// <summary>SP4004: the <paramref name="subsidy"/> application does not state <paramref name="fact"/>, which <paramref name="condition"/> needs; add <paramref name="example"/>.</summary>
        public static DiagnosticMessage MissingSubsidyFact(Phrase subsidy, Phrase fact, Phrase condition, Phrase example) =>
            new(DiagnosticCatalog.MissingSubsidyFact, subsidy, fact, condition, example);

        /// <summary>SP4005: the <paramref name="subsidy"/> application states no amount, so <paramref name="unchecked"/> cannot be checked.</summary>
        public static DiagnosticMessage GrantAmountMissing(Phrase subsidy, Phrase @unchecked) =>
            new(DiagnosticCatalog.GrantAmountMissing, subsidy, Phrase.Empty, @unchecked, Phrase.Empty);

        /// <summary>SP4005 for a grant that <c>paid-by</c> may state instead: <paramref name="paidBy"/> is the funder it names, whose share could not be computed, or null.</summary>
        public static DiagnosticMessage GrantAmountMissingOrPaidBy(Phrase subsidy, Phrase @unchecked, string? paidBy) =>
            new(DiagnosticCatalog.GrantAmountMissing, subsidy,
                paidBy is null
                    ? Phrase.Empty
                    : Phrase.Of(
                        $", and the grant cannot be computed from 'paid-by {paidBy}': the action needs a cost per delivery and a share (or an amount per delivery) from {paidBy}",
                        $", och bidraget kan inte räknas ut från 'paid-by {paidBy}': åtgärden behöver en kostnad per hemsändning och en andel (eller ett belopp per hemsändning) från {paidBy}"),
                @unchecked,
                paidBy is null
                    ? Phrase.Of(
                        ", or 'paid-by <funder>' naming the funder whose share of the cost per delivery is the grant",
                        ", eller 'paid-by <finansiär>' med den finansiär vars andel av kostnaden per hemsändning är bidraget")
                    : Phrase.Of(
                        ", or state the action's cost per delivery ('cost 200 kr per delivery') and " + paidBy + "'s share of it",
                        ", eller ange åtgärdens kostnad per hemsändning ('cost 200 kr per delivery') och den andel av den som " + paidBy + " betalar"));

        /// <summary>
        /// SP4010: <paramref name="total"/> a year to one recipient is above <paramref name="cap"/> (the raised cap when
        /// <paramref name="raised"/>, else the cap <paramref name="raisedCap"/> would be); <paramref name="alongside"/> are the plan's
        /// other grants to <paramref name="recipient"/> counted in <paramref name="year"/>.
        /// </summary>
        public static DiagnosticMessage ServiceGrantOverCap(
            Money total, Money cap, bool raised, Money raisedCap, int year, string? recipient, IReadOnlyList<(Phrase Action, Money Amount)> alongside) =>
            new(DiagnosticCatalog.ServiceGrantOverCap, total.ToString(), cap.ToString(),
                raised
                    ? Phrase.Of(
                        " for a store with a well-developed range or of service-strategic importance",
                        " för en butik med ett väl utbyggt utbud av grundläggande service eller av servicestrategisk betydelse")
                    : Phrase.Of(
                        $" ({raisedCap} for a store with a well-developed range or of service-strategic importance: state 'well-developed-range' or 'service-strategic')",
                        $" ({raisedCap} för en butik med ett väl utbyggt utbud av grundläggande service eller av servicestrategisk betydelse: ange 'well-developed-range' eller 'service-strategic')"),
                alongside.Count == 0
                    ? Phrase.Empty
                    : Phrase.Of(
                        $" in {MessageText.Number(year)}, counting the plan's other service grants to {recipient} (",
                        $" under {MessageText.Number(year)}, räknat med planens andra servicebidrag till {recipient} (")
                        + MessageText.List(alongside.Select(other => other.Action + " " + other.Amount.ToString())) + ")");

        /// <summary>SP4011: the grant is applied for in <paramref name="years"/>, more than <paramref name="maximum"/>; counted over the plan's other grants to <paramref name="recipient"/> at <paramref name="place"/> when <paramref name="countsOtherGrants"/>.</summary>
        public static DiagnosticMessage ServiceGrantTooLong(IReadOnlyList<int> years, int maximum, bool countsOtherGrants, string? recipient, string? place) =>
            new(DiagnosticCatalog.ServiceGrantTooLong, MessageText.Number(years.Count), MessageText.AllOf(years.Select(year => MessageText.Number(year)).ToList()),
                MessageText.Number(maximum),
                countsOtherGrants
                    ? Phrase.Of($" over this and the plan's other service grants to {recipient} at {place}", $", räknat med planens andra servicebidrag till {recipient} i {place}")
                    : Phrase.Empty);

        /// <summary>SP4012.</summary>
        public static DiagnosticMessage ServiceGrantWithoutReasons() => new(DiagnosticCatalog.ServiceGrantWithoutReasons);

        /// <summary>SP4013.</summary>
        public static DiagnosticMessage ServiceGrantWithoutOtherMeasures() => new(DiagnosticCatalog.ServiceGrantWithoutOtherMeasures);

        /// <summary>SP4020: <paramref name="recipient"/> is declared as <paramref name="kind"/>, not a municipality.</summary>
        public static DiagnosticMessage HomeDeliveryRecipient(string recipient, OrganisationKind kind)
        {
            var word = Semantics.Vocabularies.OrganisationKinds.WordFor(kind);
            return new(DiagnosticCatalog.HomeDeliveryRecipient, recipient, Phrase.Of("declared as " + word, "angiven som " + OrganisationNoun(kind) + " ('" + word + "')"));
        }

        /// <summary>SP4021: the grant <paramref name="amount"/> is more than <paramref name="maxShare"/> of the municipality's net cost (or, unless <paramref name="netCost"/>, direct costs) <paramref name="cost"/>.</summary>
        public static DiagnosticMessage HomeDeliveryShare(Money amount, Percent maxShare, bool netCost, Money cost) =>
            new(DiagnosticCatalog.HomeDeliveryShare, amount.ToString(), maxShare.ToString(),
                Phrase.Of(
                    $"municipality's {(netCost ? "net cost" : "direct costs")} {cost}",
                    $"kommunens {(netCost ? "nettoutgift" : "direkta kostnader")} på {cost}"),
                (cost * maxShare.Fraction).ToString());

        /// <summary>SP4021: the grant per delivery <paramref name="grant"/> is more than <paramref name="maxShare"/> of the action's <paramref name="costPerDelivery"/>.</summary>
        public static DiagnosticMessage HomeDeliverySharePerDelivery(Money grant, Percent maxShare, Money costPerDelivery) =>
            new(DiagnosticCatalog.HomeDeliveryShare, grant.ToString() + PerDelivery, maxShare.ToString(),
                Phrase.Of($"action's cost of {costPerDelivery} per delivery", $"åtgärdens kostnad på {costPerDelivery} per hemsändning"),
                (costPerDelivery * maxShare.Fraction).ToString() + PerDelivery);

        /// <summary>SP4022: <paramref name="amount"/> for <paramref name="deliveries"/> deliveries is more than <paramref name="maximum"/> per household and delivery.</summary>
        public static DiagnosticMessage HomeDeliveryPerDelivery(Money amount, decimal deliveries, Money maximum)
        {
            var perDelivery = new Money(decimal.Round(Saturating.Divide(amount.Kronor, deliveries), 2, System.MidpointRounding.AwayFromZero));
            return new(DiagnosticCatalog.HomeDeliveryPerDelivery,
                (perDelivery > maximum ? Phrase.Empty : Phrase.Of("more than ", "mer än ")) + perDelivery.ToString(),
                Phrase.Of(
                    $" ({amount} for {deliveries.ToString(CultureInfo.InvariantCulture)} deliveries; at most {maximum * deliveries} in all)",
                    $" ({amount} för {SwedishNumber.Format(deliveries)} hemsändningar; högst {maximum * deliveries} sammanlagt)"),
                maximum.ToString());
        }

        /// <summary>SP4022: the part of the cost per delivery that <paramref name="paidBy"/> pays, <paramref name="grant"/>, is more than <paramref name="maximum"/>.</summary>
        public static DiagnosticMessage HomeDeliveryPaidPerDelivery(Money grant, string paidBy, Money maximum) =>
            new(DiagnosticCatalog.HomeDeliveryPerDelivery, grant.ToString(),
                Phrase.Of($" (the part of the cost per delivery that {paidBy} pays)", $" (den del av kostnaden per hemsändning som {paidBy} betalar)"),
                maximum.ToString());

        /// <summary>SP4023: the net (or, unless <paramref name="netCost"/>, direct) <paramref name="cost"/> is below <paramref name="minimum"/>, half the prisbasbelopp of <paramref name="year"/>.</summary>
        public static DiagnosticMessage HomeDeliveryMinimumCost(bool netCost, Money cost, int year, Money minimum) =>
            new(DiagnosticCatalog.HomeDeliveryMinimumCost,
                netCost ? Phrase.Of("net cost", "Nettoutgiften") : Phrase.Of("direct cost", "Den direkta kostnaden"),
                cost.ToString(), MessageText.Number(year), minimum.ToString());

        /// <summary>SP4030: the nearest other store is <paramref name="distance"/> away, not more than <paramref name="minimum"/>.</summary>
        public static DiagnosticMessage OperatingAidDistance(Distance minimum, Distance distance) =>
            new(DiagnosticCatalog.OperatingAidDistance, minimum.ToString(), Phrase.Of("the nearest other store", "närmaste andra butik"), distance.ToString());

        /// <summary>SP4031: <paramref name="store"/> ("the store in Föllinge") is stated as seasonal.</summary>
        public static DiagnosticMessage OperatingAidSeasonal(Phrase store) =>
            new(DiagnosticCatalog.OperatingAidSeasonal, store, Phrase.Of("seasonal", "säsongsbutik ('seasonal')"));

        /// <summary>SP4032: with <paramref name="turnover"/> the store must be open <paramref name="minimum"/>, but is open <paramref name="open"/>.</summary>
        public static DiagnosticMessage OperatingAidHours(Money turnover, WeeklyHours minimum, WeeklyHours open) =>
            new(DiagnosticCatalog.OperatingAidHours, turnover.ToString(), Hours(minimum), Hours(open));

        /// <summary>SP4033.</summary>
        public static DiagnosticMessage OperatingAidTurnover(Money maximum, Money turnover) =>
            new(DiagnosticCatalog.OperatingAidTurnover, maximum.ToString(), turnover.ToString());

        /// <summary>SP4034: <paramref name="articles"/> articles, fewer than <paramref name="minimum"/>, with <paramref name="turnover"/> not below <paramref name="lowTurnover"/>.</summary>
        public static DiagnosticMessage OperatingAidArticles(int minimum, int articles, Money turnover, Money lowTurnover) =>
            new(DiagnosticCatalog.OperatingAidArticles, MessageText.Count(minimum), MessageText.Count(articles),
                Phrase.Of(
                    $" with a turnover of {turnover} (a smaller range is accepted only below {lowTurnover})",
                    $" vid en nettoomsättning på {turnover} (ett mindre utbud godtas bara under {lowTurnover})"));

        /// <summary>SP4035: <paramref name="amount"/> is above the <paramref name="maximum"/> that <paramref name="turnover"/> gives in <paramref name="years"/>.</summary>
        public static DiagnosticMessage OperatingAidAmount(Money amount, Money turnover, Money maximum, YearRange years) =>
            new(DiagnosticCatalog.OperatingAidAmount, amount.ToString(), turnover.ToString(), maximum.ToString(), years.ToString());

        /// <summary>SP4040: eligible <paramref name="cost"/> below the minimum: <paramref name="raisedMinCost"/> with one of the grounds (<paramref name="raised"/>), else above <paramref name="shareAboveCost"/>.</summary>
        public static DiagnosticMessage InvestmentTooSmall(Money cost, bool raised, Money shareAboveCost, Money raisedMinCost, Percent raisedShare) =>
            new(DiagnosticCatalog.InvestmentTooSmall,
                raised
                    ? Phrase.Of($"of at least {raisedMinCost} (with one of the grounds for {raisedShare})", $"på minst {raisedMinCost} (med någon av grunderna för {raisedShare})")
                    : Phrase.Of(
                        $"above {shareAboveCost} ({raisedMinCost} or more with one of the grounds accessibility, restart, environment, added-services, priority-area)",
                        $"över {shareAboveCost} ({raisedMinCost} eller mer med någon av grunderna 'accessibility', 'restart', 'environment', 'added-services' eller 'priority-area')"),
                cost.ToString());

        /// <summary>SP4041: <paramref name="amount"/> is more than <paramref name="share"/> of <paramref name="cost"/>; with the grounds stated when <paramref name="raised"/>, else without the grounds for <paramref name="raisedShare"/>.</summary>
        public static DiagnosticMessage InvestmentOverShare(Money amount, Percent share, Money cost, bool raised, Percent raisedShare) =>
            new(DiagnosticCatalog.InvestmentOverShare, amount.ToString(), share.ToString(), cost.ToString(), (cost * share.Fraction).ToString(),
                raised
                    ? Phrase.Of("with the grounds stated", "med de angivna grunderna")
                    : Phrase.Of("without one of the grounds for " + raisedShare, "utan någon av grunderna för " + raisedShare));

        /// <summary>SP4050: <paramref name="plan"/>'s scheme <paramref name="scheme"/> asks for a grocery store <paramref name="comparison"/> <paramref name="limit"/> from the nearest service place; <paramref name="store"/> is <paramref name="distance"/> away.</summary>
        public static DiagnosticMessage RegionalGroceryDistance(string plan, string scheme, Comparison comparison, Distance limit, Phrase store, Distance distance) =>
            new(DiagnosticCatalog.RegionalGroceryDistance, SchemeSource(plan, scheme), MessageText.Requirement(comparison, limit), store, distance.ToString());

        /// <summary>SP4051: as SP4050 for a fuel station; <paramref name="alternatives"/> are the scheme's conditional terms the distance would meet.</summary>
        public static DiagnosticMessage RegionalFuelDistance(
            string plan, string scheme, Comparison comparison, Distance limit, IEnumerable<(Comparison Comparison, Distance Limit, string Condition)> alternatives, Phrase station, Distance distance) =>
            new(DiagnosticCatalog.RegionalFuelDistance, SchemeSource(plan, scheme), MessageText.Requirement(comparison, limit),
                Phrase.Of(" fuel station", " drivmedelsstation")
                    + Phrase.Join(string.Empty, alternatives.Select(alternative => " (" + MessageText.Requirement(alternative.Comparison, alternative.Limit) + " " + alternative.Condition + ")")),
                station, distance.ToString());

        /// <summary>SP4060.</summary>
        public static DiagnosticMessage PaymentServicesCommercial() => new(DiagnosticCatalog.PaymentServicesCommercial);

        /// <summary>SP4061: the application lacks the distance to the nearest provider, the number of users, or both.</summary>
        public static DiagnosticMessage PaymentServicesFacts(bool distanceMissing, bool usersMissing)
        {
            var missing = new List<Phrase>();
            if (distanceMissing)
            {
                missing.Add(Phrase.Of(
                    "the distance to the nearest provider (nearest-provider <km>)",
                    "avståndet till närmaste tillhandahållare ('nearest-provider <km>')"));
            }

            if (usersMissing)
            {
                missing.Add(Phrase.Of("the estimated number of users (users <count>)", "det uppskattade antalet användare ('users <antal>')"));
            }

            return new(DiagnosticCatalog.PaymentServicesFacts, Phrase.Join(Phrase.Of(" and ", " och "), missing));
        }

        private static Phrase SchemeSource(string plan, string scheme) => Phrase.Of($"{plan}'s scheme '{scheme}'", $"Stödformen '{scheme}' i {plan}");

        private static readonly Phrase PerDelivery = Phrase.Of(" per delivery", " per hemsändning");

        /// <summary>Opening hours: "40 h/week" / "40 timmar per vecka".</summary>
        private static Phrase Hours(WeeklyHours hours) => Phrase.Of(hours.ToString(), SwedishNumber.Format(hours.Hours) + " timmar per vecka");

        /// <summary>An organisation kind as a Swedish noun with its article: "ett företag", "en förvaltning".</summary>
        private static string OrganisationNoun(OrganisationKind kind) => kind switch
        {
            OrganisationKind.Municipality => "en kommun",
            OrganisationKind.Region => "en region",
            OrganisationKind.CountyBoard => "en länsstyrelse",
            OrganisationKind.Agency => "en myndighet",
            OrganisationKind.Department => "en förvaltning",
            OrganisationKind.Business => "ett företag",
            OrganisationKind.Association => "en förening",
            OrganisationKind.Network => "ett nätverk",
            OrganisationKind.Appropriation => "ett anslag",
            OrganisationKind.Programme => "ett program",
            OrganisationKind.EuFund => "en EU-fond",
            _ => "en annan sorts organisation",
        };
    }
}
