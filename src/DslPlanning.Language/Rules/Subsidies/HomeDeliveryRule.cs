using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Law;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// Hemsändningsbidrag (SFS 2000:284 19–21 §§, [003 bilaga 2]): to municipalities only; at most 50 % of the
    /// municipality's net cost and at most 100 kr per household and delivery; only when the net (or direct) cost is at
    /// least half the prisbasbelopp of the year. The grant is the amount applied for, or — with <c>paid-by</c> — the part
    /// of the action's cost per delivery that the funder paying the grant carries.
    /// </summary>
    public sealed class HomeDeliveryRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.HomeDeliveryRecipient, DiagnosticCatalog.HomeDeliveryShare, DiagnosticCatalog.HomeDeliveryPerDelivery,
            DiagnosticCatalog.HomeDeliveryMinimumCost, DiagnosticCatalog.MissingSubsidyFact, DiagnosticCatalog.GrantAmountMissing,
        };

        public override void Check(RuleContext context)
        {
            foreach (var application in Applications(context, SubsidyKind.HomeDeliveryGrant))
            {
                CheckRecipient(context, application);
                var action = context.Parent<PlanAction>(application);
                var costPerDelivery = action?.Costs.FirstOrDefault(cost => cost.Per.Count == 1 && cost.Per[0] == CostUnit.Delivery && cost.Bound == Comparison.Exactly)?.Amount;
                var grantPerDelivery = GrantPerDelivery(application, action, costPerDelivery);
                if (application.Amount is null && grantPerDelivery is null)
                {
                    context.Report(DiagnosticCatalog.GrantAmountMissing, application, context.NameSpan(application), KindWord(application),
                        application.PaidBy is null ? string.Empty : $", and {application.PaidBy.Name} pays no share or amount per delivery of a cost per delivery of the action",
                        "the 50 % share and the 100 kr per delivery", ", or 'paid-by <funder>' naming the funder whose share of the cost per delivery is the grant");
                }

                var netCost = application.NetCost ?? application.DirectCost;
                if (netCost is null)
                {
                    Missing(context, application, "the municipality's yearly net cost", "the minimum cost of half a prisbasbelopp", "net-cost <kr>");
                }

                foreach (var (_, terms) in Terms(context, application, SubsidyLaw.HomeDelivery, "the share, the amount per delivery and the minimum cost"))
                {
                    CheckShare(context, application, terms, grantPerDelivery, costPerDelivery);
                    CheckPerDelivery(context, application, terms, grantPerDelivery);
                    if (netCost is { } cost)
                    {
                        CheckMinimumCost(context, application, terms, cost);
                    }
                }
            }
        }

        private static Money? GrantPerDelivery(SubsidyApplication application, PlanAction? action, Money? costPerDelivery)
        {
            var source = application.PaidBy is null ? null : action?.Funding.FirstOrDefault(candidate => candidate.Funder == application.PaidBy);
            if (source?.Amount is { } amount && source.Per.Count == 1 && source.Per[0] == CostUnit.Delivery)
            {
                return amount;
            }

            return source?.Share is { } share && costPerDelivery is { } cost ? cost * share.Fraction : null;
        }

        private static void CheckShare(RuleContext context, SubsidyApplication application, HomeDeliveryTerms terms, Money? grantPerDelivery, Money? costPerDelivery)
        {
            var limit = terms.MaxShareOfNetCost.Fraction;
            if (application.Amount is { } amount && application.NetCost is { } net && net.Kronor > 0)
            {
                if (amount.Kronor / net.Kronor > limit)
                {
                    context.Report(DiagnosticCatalog.HomeDeliveryShare, application, context.FactSpan(application, "amount"),
                        amount.ToString(), Share(amount, net), net.ToString(), terms.MaxShareOfNetCost.ToString(), (net * limit).ToString());
                }
            }
            else if (grantPerDelivery is { } grant && costPerDelivery is { } cost && cost.Kronor > 0 && grant.Kronor / cost.Kronor > limit)
            {
                context.Report(DiagnosticCatalog.HomeDeliveryShare, application, context.FactSpan(application, "paid-by"),
                    grant + " per delivery", Share(grant, cost), cost + " per delivery", terms.MaxShareOfNetCost.ToString(), cost * limit + " per delivery");
            }
        }

        private static void CheckPerDelivery(RuleContext context, SubsidyApplication application, HomeDeliveryTerms terms, Money? grantPerDelivery)
        {
            var deliveries = (application.Deliveries ?? 0m) + (application.Trips ?? 0m);
            if (application.Amount is { } amount)
            {
                if (deliveries <= 0m)
                {
                    Missing(context, application, "the number of deliveries", "the limit of 100 kr per household and delivery", "deliveries <count>");
                    return;
                }

                var perDelivery = new Money(decimal.Round(amount.Kronor / deliveries, 2));
                if (perDelivery > terms.MaxPerHouseholdAndDelivery)
                {
                    context.Report(DiagnosticCatalog.HomeDeliveryPerDelivery, application, context.FactSpan(application, "amount"),
                        perDelivery.ToString(), $" ({amount} for {deliveries.ToString(CultureInfo.InvariantCulture)} deliveries; at most {terms.MaxPerHouseholdAndDelivery * deliveries} in all)", terms.MaxPerHouseholdAndDelivery.ToString());
                }
            }
            else if (grantPerDelivery is { } grant && grant > terms.MaxPerHouseholdAndDelivery)
            {
                context.Report(DiagnosticCatalog.HomeDeliveryPerDelivery, application, context.FactSpan(application, "paid-by"),
                    grant.ToString(), $" (the part of the cost per delivery that {application.PaidBy!.Name} pays)", terms.MaxPerHouseholdAndDelivery.ToString());
            }
        }

        private static void CheckMinimumCost(RuleContext context, SubsidyApplication application, HomeDeliveryTerms terms, Money netCost)
        {
            foreach (var (years, priceBase) in Terms(context, application, SubsidyLaw.PriceBaseAmount, "the minimum cost of half a prisbasbelopp"))
            {
                foreach (var year in years.Years)
                {
                    var minimum = priceBase * terms.MinNetCostInPriceBaseAmounts;
                    if (netCost < minimum)
                    {
                        context.Report(DiagnosticCatalog.HomeDeliveryMinimumCost, application, context.FactSpan(application, application.NetCost is null ? "direct-cost" : "net-cost"),
                            application.NetCost is null ? "direct cost" : "net cost", netCost.ToString(), year.ToString(CultureInfo.InvariantCulture), minimum.ToString());
                        return;
                    }
                }
            }
        }

        private static void CheckRecipient(RuleContext context, SubsidyApplication application)
        {
            var actor = context.ActorOf(application.Recipient);
            if (actor?.Kind is { } kind && kind != OrganisationKind.Municipality)
            {
                context.Report(DiagnosticCatalog.HomeDeliveryRecipient, application, context.FactSpan(application, "recipient"),
                    application.Recipient!.Name, "declared as " + Semantics.Vocabularies.OrganisationKinds.WordFor(kind));
            }
        }

        private static string Share(Money part, Money whole) =>
            new Percent(decimal.Round(part.Kronor / whole.Kronor * 100m, 2)).ToString();
    }
}
