using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Model.Law;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// Hemsändningsbidrag (SFS 2000:284 19–21 §§, [003 bilaga 2]): to municipalities only; at most 50 % of the
    /// municipality's net cost (for shopping trips: its direct costs) and at most 100 kr per household and delivery; only
    /// when the net (or direct) cost is at least half the prisbasbelopp of the year. The grant is the amount applied for, or
    /// — with <c>paid-by</c> — the part of the action's cost per delivery that the funder paying the grant carries.
    /// </summary>
    public sealed class HomeDeliveryRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.HomeDeliveryRecipient, DiagnosticCatalog.HomeDeliveryShare, DiagnosticCatalog.HomeDeliveryPerDelivery,
            DiagnosticCatalog.HomeDeliveryMinimumCost, DiagnosticCatalog.MissingSubsidyFact, DiagnosticCatalog.GrantAmountMissing,
            DiagnosticCatalog.NoLawFigures, DiagnosticCatalog.LawFiguresCarriedForward,
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
                    context.Report(application, context.NameSpan(application), Diagnose.GrantAmountMissingOrPaidBy(
                        KindWord(application), @unchecked: Phrase.Of("the 50 % share and the 100 kr per delivery", "andelen på högst 50 % och gränsen på 100 kr per hemsändning"), paidBy: application.PaidBy?.Name));
                }

                var cost = application.NetCost ?? application.DirectCost;
                if (cost is null)
                {
                    Missing(context, application,
                        Phrase.Of("the municipality's yearly net cost", "kommunens årliga nettoutgift"),
                        Phrase.Of("the minimum cost of half a prisbasbelopp", "kravet på en utgift om minst ett halvt prisbasbelopp"),
                        "net-cost <kr>");
                }

                var belowMinimum = false;
                foreach (var (years, terms) in Terms(context, application, SubsidyLaw.HomeDelivery, Phrase.Of("the share, the amount per delivery and the minimum cost", "andelen, beloppet per hemsändning och den lägsta utgiften")))
                {
                    CheckShare(context, application, terms, grantPerDelivery, costPerDelivery);
                    CheckPerDelivery(context, application, terms, grantPerDelivery);
                    if (cost is { } netCost && !belowMinimum)
                    {
                        belowMinimum = CheckMinimumCost(context, application, terms, netCost, years);
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
            var cost = application.NetCost ?? application.DirectCost;
            if (application.Amount is { } amount && cost is { } total)
            {
                if (amount > total * limit)
                {
                    context.Report(application, context.FactSpan(application, "amount"),
                        Diagnose.HomeDeliveryShare(amount, terms.MaxShareOfNetCost, netCost: application.NetCost is not null, total));
                }
            }
            else if (grantPerDelivery is { } grant && costPerDelivery is { } perDelivery && grant > perDelivery * limit)
            {
                context.Report(application, context.FactSpan(application, "paid-by"),
                    Diagnose.HomeDeliverySharePerDelivery(grant, terms.MaxShareOfNetCost, costPerDelivery: perDelivery));
            }
        }

        private static void CheckPerDelivery(RuleContext context, SubsidyApplication application, HomeDeliveryTerms terms, Money? grantPerDelivery)
        {
            var deliveries = GrantLimits.Deliveries(application);
            if (application.Amount is { } amount)
            {
                if (deliveries <= 0m)
                {
                    Missing(context, application,
                        Phrase.Of("the number of deliveries", "antalet hemsändningar"),
                        Phrase.Of("the limit of 100 kr per household and delivery", "gränsen på 100 kr per hushåll och hemsändningstillfälle"),
                        Phrase.Of("deliveries <count>", "deliveries <antal>"));
                    return;
                }

                var allowed = terms.MaxPerHouseholdAndDelivery * deliveries;
                if (amount > allowed)
                {
                    context.Report(application, context.FactSpan(application, "amount"),
                        Diagnose.HomeDeliveryPerDelivery(amount, deliveries, maximum: terms.MaxPerHouseholdAndDelivery));
                }
            }
            else if (grantPerDelivery is { } grant && grant > terms.MaxPerHouseholdAndDelivery)
            {
                context.Report(application, context.FactSpan(application, "paid-by"),
                    Diagnose.HomeDeliveryPaidPerDelivery(grant, paidBy: application.PaidBy!.Name, maximum: terms.MaxPerHouseholdAndDelivery));
            }
        }

        /// <summary>The yearly cost must reach half the prisbasbelopp in each year applied for; the first year that fails is reported.</summary>
        private static bool CheckMinimumCost(RuleContext context, SubsidyApplication application, HomeDeliveryTerms terms, Money netCost, YearRange years)
        {
            foreach (var (year, priceBase) in Terms(context, application, SubsidyLaw.PriceBaseAmount, Phrase.Of("the minimum cost of half a prisbasbelopp", "kravet på en utgift om minst ett halvt prisbasbelopp"), years))
            {
                var minimum = priceBase * terms.MinNetCostInPriceBaseAmounts;
                if (netCost < minimum)
                {
                    context.Report(application, context.FactSpan(application, application.NetCost is null ? "direct-cost" : "net-cost"),
                        Diagnose.HomeDeliveryMinimumCost(netCost: application.NetCost is not null, netCost, year.Start, minimum));
                    return true;
                }
            }

            return false;
        }

        private static void CheckRecipient(RuleContext context, SubsidyApplication application)
        {
            var actor = context.ActorOf(application.Recipient);
            if (actor?.Kind is { } kind && kind != OrganisationKind.Municipality)
            {
                context.Report(application, context.FactSpan(application, "recipient"),
                    Diagnose.HomeDeliveryRecipient(application.Recipient!.Name, kind));
            }
        }
    }
}
