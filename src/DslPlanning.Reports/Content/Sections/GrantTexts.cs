using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Model.Law;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>What a maximum grant is per, and what it rests on, with the law table's figures for the year.</summary>
    internal static class GrantTexts
    {
        public static string Per(GrantLimit limit) => limit.Kind switch
        {
            _ when limit.PerDelivery => "per hushåll och hemsändning",
            SubsidyKind.InvestmentAid => "totalt",
            _ => "per år",
        };

        /// <summary>The law figures' source in Swedish, and what it rests on when that is not a wording read for the year: "…; senast kända lydelse, 2026 års belopp".</summary>
        public static string Source(GrantLimit limit)
        {
            var caveats = new[]
            {
                limit.Wording == LawWording.LastKnown || limit.CarriedFrom is not null ? "senast kända lydelse" : null,
                limit.CarriedFrom is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " års belopp" : null,
            }.OfType<string>().ToList();
            return caveats.Count == 0 ? limit.SwedishSource : limit.SwedishSource + "; " + string.Join(", ", caveats);
        }

        public static string Basis(GrantLimit limit, SubsidyApplication application, PlanAction action, Store? store)
        {
            switch (limit.Basis)
            {
                case GrantBasis.HomeDeliveryLimits when SubsidyLaw.HomeDelivery.For(limit.Year)?.Value is { } terms:
                    var cap = SwedishFormat.Money(terms.MaxPerHouseholdAndDelivery) + " per hushåll och hemsändning";
                    var share = SwedishFormat.Percent(terms.MaxShareOfNetCost);
                    if (limit.PerDelivery)
                    {
                        var perDelivery = action.Costs.FirstOrDefault(cost => cost.Per.Count == 1 && cost.Per[0] == CostUnit.Delivery)?.Amount;
                        var of = perDelivery is { } cost ? " av kostnaden per hemsändning (" + SwedishFormat.Money(cost) + ")" : " av kostnaden";
                        return share + of + ", högst " + cap;
                    }

                    var count = GrantLimits.Deliveries(application);
                    var deliveries = Saturating.IsSaturated(count) ? Labels.TooLarge : SwedishFormat.Number(count);
                    return share + " av nettoutgiften (" + (application.NetCost is { } net ? SwedishFormat.Money(net) : "?") + "), högst " + cap
                        + " (" + deliveries + " hemsändningar)";
                case GrantBasis.OperatingAidModel when SubsidyLaw.OperatingAid.For(limit.Year)?.Value is { } terms:
                    var turnover = application.Turnover ?? store?.Turnover;
                    return "Beräkningsmodellen efter nettoomsättning av dagligvaror" + (turnover is { } t ? " (" + SwedishFormat.Money(t) + ")" : string.Empty)
                        + ", högst " + SwedishFormat.Money(terms.Cap) + " per år";
                case GrantBasis.InvestmentShare or GrantBasis.InvestmentRaisedShare when SubsidyLaw.InvestmentAid.For(limit.Year)?.Value is { } terms:
                    var raised = limit.Basis == GrantBasis.InvestmentRaisedShare;
                    var text = SwedishFormat.Percent(raised ? terms.RaisedShare : terms.Share) + " av stödberättigande utgifter ("
                        + (application.EligibleCost is { } eligible ? SwedishFormat.Money(eligible) : "?") + ")";
                    return raised ? text + " med grund: " + string.Join(", ", application.Grounds.Select(SwedishTerms.Of)) : text;
                case GrantBasis.NoLawFigures:
                    return SwedishTerms.Of(limit.Basis) + " (tabellen omfattar " + Coverage(limit.Kind) + ")";
                default:
                    return SwedishTerms.Of(limit.Basis);
            }
        }

        private static string Coverage(SubsidyKind kind) => kind switch
        {
            SubsidyKind.ServiceGrant => SubsidyLaw.ServiceGrant.Coverage,
            SubsidyKind.HomeDeliveryGrant => SubsidyLaw.HomeDelivery.Coverage,
            SubsidyKind.OperatingAid => SubsidyLaw.OperatingAid.Coverage,
            SubsidyKind.InvestmentAid => SubsidyLaw.InvestmentAid.Coverage,
            _ => "inga år",
        };
    }
}
