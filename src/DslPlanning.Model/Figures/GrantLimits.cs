using System;
using System.Linq;
using DslPlanning.Model.Law;

namespace DslPlanning.Model.Figures
{
    /// <summary>What a maximum grant is based on.</summary>
    public enum GrantBasis
    {
        /// <summary>Servicebidrag: 250 000 kr per year.</summary>
        ServiceGrantCap,

        /// <summary>Servicebidrag: 300 000 kr per year for a well-developed range or service-strategic importance.</summary>
        ServiceGrantRaisedCap,

        /// <summary>Hemsändningsbidrag: 50 % of the net cost and 100 kr per household and delivery, whichever is lower.</summary>
        HomeDeliveryLimits,

        /// <summary>Särskilt driftstöd: the turnover model, capped.</summary>
        OperatingAidModel,

        /// <summary>Investeringsstöd: 50 % of eligible costs.</summary>
        InvestmentShare,

        /// <summary>Investeringsstöd: 90 % of eligible costs with one of the grounds.</summary>
        InvestmentRaisedShare,

        /// <summary>The law table has no figures for the year.</summary>
        NoLawFigures,

        /// <summary>The application lacks the facts the maximum depends on.</summary>
        MissingFacts,

        /// <summary>The law sets no amount (basic payment services).</summary>
        NoAmountInLaw,
    }

    /// <summary>
    /// The most an application can be granted in a year, and what that rests on. <see cref="PerDelivery"/> marks a maximum
    /// per household and delivery (a home-delivery grant whose yearly volume the plan does not state); <see cref="Wording"/>
    /// whether the wording of the ordinance for the law figures' years was read; <see cref="CarriedFrom"/> the last year of
    /// the law table when the year comes after it and was computed with that year's figures. <see cref="Source"/> cites the
    /// law figures in English (the editor's texts), <see cref="SwedishSource"/> in Swedish (the reports), both from
    /// <see cref="SubsidyLaw"/>.
    /// </summary>
    public sealed record GrantLimit(
        SubsidyKind Kind,
        int Year,
        Money? Maximum,
        GrantBasis Basis,
        string Source,
        string SwedishSource,
        bool PerDelivery = false,
        LawWording Wording = LawWording.Checked,
        int? CarriedFrom = null);

    /// <summary>The maximum grant of an application by the law tables: the figure rules check against and reports show.</summary>
    public static class GrantLimits
    {
        /// <param name="application">The application.</param>
        /// <param name="year">The year (an application may span several).</param>
        /// <param name="store">The store of the application's place, whose facts fill in what the application leaves out.</param>
        /// <param name="action">The action of the application, whose cost per delivery and funding give a home-delivery grant paid by a funder.</param>
        public static GrantLimit For(SubsidyApplication application, int year, Store? store = null, PlanAction? action = null)
        {
            switch (application.Kind)
            {
                case SubsidyKind.ServiceGrant:
                    return Limit(application, year, SubsidyLaw.ServiceGrant, terms =>
                        application.WellDevelopedRange || application.ServiceStrategic
                            ? (terms.RaisedCap, GrantBasis.ServiceGrantRaisedCap)
                            : (terms.Cap, GrantBasis.ServiceGrantCap));
                case SubsidyKind.HomeDeliveryGrant:
                    return Limit(application, year, SubsidyLaw.HomeDelivery, terms => HomeDelivery(application, terms, action));
                case SubsidyKind.OperatingAid:
                    var turnover = application.Turnover ?? store?.Turnover;
                    return Limit(application, year, SubsidyLaw.OperatingAid, terms =>
                        turnover is { } t ? (OperatingAidModel.Amount(t, terms), GrantBasis.OperatingAidModel) : (null, GrantBasis.MissingFacts));
                case SubsidyKind.InvestmentAid:
                    return Limit(application, year, SubsidyLaw.InvestmentAid, terms =>
                    {
                        if (application.EligibleCost is not { } cost)
                        {
                            return (null, GrantBasis.MissingFacts);
                        }

                        var raised = application.Grounds.Count > 0 && cost >= terms.RaisedMinCost;
                        return raised
                            ? (cost * terms.RaisedShare.Fraction, GrantBasis.InvestmentRaisedShare)
                            : cost > terms.ShareAboveCost ? (cost * terms.Share.Fraction, GrantBasis.InvestmentShare) : (Money.Zero, GrantBasis.InvestmentShare);
                    });
                default:
                    return new GrantLimit(application.Kind, year, null, GrantBasis.NoAmountInLaw, SubsidyLaw.PaymentServices, SubsidyLaw.PaymentServicesSwedish);
            }
        }

        /// <summary>The deliveries a home-delivery grant is for: home deliveries and shopping trips together (0 when neither is stated).</summary>
        public static decimal Deliveries(SubsidyApplication application) =>
            Saturating.Add(application.Deliveries ?? 0m, application.Trips ?? 0m);

        private static GrantLimit Limit<T>(SubsidyApplication application, int year, YearTable<T> table, Func<T, (Money? Maximum, GrantBasis Basis)> compute)
        {
            var figure = table.Applicable(year);
            if (figure is null)
            {
                return new GrantLimit(
                    application.Kind, year, null, GrantBasis.NoLawFigures, table.Name + " cover " + table.Coverage, table.SwedishName + " omfattar " + table.Coverage);
            }

            var (maximum, basis) = compute(figure.Value);
            var perDelivery = basis == GrantBasis.HomeDeliveryLimits && !(application.NetCost is not null && Deliveries(application) > 0m);
            var carriedFrom = table.IsCarriedForward(year) ? figure.Years.End : (int?)null;
            return new GrantLimit(application.Kind, year, maximum, basis, figure.Source, figure.SwedishSource, perDelivery, figure.Wording, carriedFrom);
        }

        private static (Money? Maximum, GrantBasis Basis) HomeDelivery(SubsidyApplication application, HomeDeliveryTerms terms, PlanAction? action)
        {
            var deliveries = Deliveries(application);
            if (application.NetCost is { } net && deliveries > 0m)
            {
                var byShare = net * terms.MaxShareOfNetCost.Fraction;
                var byDeliveries = terms.MaxPerHouseholdAndDelivery * deliveries;
                return (byShare < byDeliveries ? byShare : byDeliveries, GrantBasis.HomeDeliveryLimits);
            }

            var costPerDelivery = action?.Costs.FirstOrDefault(cost => cost.Per.Count == 1 && cost.Per[0] == CostUnit.Delivery)?.Amount;
            if (costPerDelivery is { } perDelivery)
            {
                var byShare = perDelivery * terms.MaxShareOfNetCost.Fraction;
                var cap = terms.MaxPerHouseholdAndDelivery;
                return (byShare < cap ? byShare : cap, GrantBasis.HomeDeliveryLimits);
            }

            return (null, GrantBasis.MissingFacts);
        }
    }
}
