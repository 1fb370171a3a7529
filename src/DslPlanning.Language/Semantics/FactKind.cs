using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>The type of value a subsidy fact or scheme term takes.</summary>
    public enum FactType
    {
        Money,
        Distance,
        Percent,
        Hours,
        Count,
        YearRange,
        Duration,
        Flag,
        Actor,
        Funder,
        Place,
        Grounds,
        Text,
    }

    /// <summary>A fact of a subsidy application: its name, the type of its value and the subsidies it belongs to.</summary>
    public sealed record FactKind(string Name, FactType Type, IReadOnlyCollection<SubsidyKind> Subsidies)
    {
        private static readonly SubsidyKind[] Every =
        {
            SubsidyKind.ServiceGrant, SubsidyKind.HomeDeliveryGrant, SubsidyKind.OperatingAid, SubsidyKind.InvestmentAid, SubsidyKind.PaymentServicesAid,
        };

        /// <summary>The facts of subsidy applications, in documentation order.</summary>
        public static readonly IReadOnlyList<FactKind> ApplicationFacts = new[]
        {
            new FactKind("recipient", FactType.Actor, Every),
            new FactKind("paid-by", FactType.Funder, Every),
            new FactKind("place", FactType.Place, Every),
            new FactKind("amount", FactType.Money, Every),
            new FactKind("net-cost", FactType.Money, new[] { SubsidyKind.HomeDeliveryGrant }),
            new FactKind("direct-cost", FactType.Money, new[] { SubsidyKind.HomeDeliveryGrant }),
            new FactKind("households", FactType.Count, new[] { SubsidyKind.HomeDeliveryGrant }),
            new FactKind("deliveries", FactType.Count, new[] { SubsidyKind.HomeDeliveryGrant }),
            new FactKind("trips", FactType.Count, new[] { SubsidyKind.HomeDeliveryGrant }),
            new FactKind("turnover", FactType.Money, new[] { SubsidyKind.OperatingAid, SubsidyKind.ServiceGrant }),
            new FactKind("articles", FactType.Count, new[] { SubsidyKind.OperatingAid }),
            new FactKind("open", FactType.Hours, new[] { SubsidyKind.OperatingAid }),
            new FactKind("year-round", FactType.Flag, new[] { SubsidyKind.OperatingAid }),
            new FactKind("seasonal", FactType.Flag, new[] { SubsidyKind.OperatingAid }),
            new FactKind("nearest-store", FactType.Distance, new[] { SubsidyKind.OperatingAid, SubsidyKind.ServiceGrant }),
            new FactKind("nearest-fuel", FactType.Distance, new[] { SubsidyKind.OperatingAid, SubsidyKind.ServiceGrant }),
            new FactKind("island", FactType.Flag, new[] { SubsidyKind.OperatingAid }),
            new FactKind("eligible-cost", FactType.Money, new[] { SubsidyKind.InvestmentAid }),
            new FactKind("grounds", FactType.Grounds, new[] { SubsidyKind.InvestmentAid }),
            new FactKind("years", FactType.YearRange, new[] { SubsidyKind.ServiceGrant }),
            new FactKind("well-developed-range", FactType.Flag, new[] { SubsidyKind.ServiceGrant }),
            new FactKind("service-strategic", FactType.Flag, new[] { SubsidyKind.ServiceGrant }),
            new FactKind("other-measures-tried", FactType.Flag, new[] { SubsidyKind.ServiceGrant }),
            new FactKind("nearest-provider", FactType.Distance, new[] { SubsidyKind.PaymentServicesAid }),
            new FactKind("users", FactType.Count, new[] { SubsidyKind.PaymentServicesAid }),
            new FactKind("commercial-alternative", FactType.Flag, new[] { SubsidyKind.PaymentServicesAid }),
        };

        /// <summary>The terms a scheme may state: the application facts (a range of years becomes a duration) plus <c>share</c>.</summary>
        public static readonly IReadOnlyList<FactKind> SchemeTerms = ApplicationFacts
            .Select(fact => fact.Type switch
            {
                FactType.YearRange => fact with { Type = FactType.Duration },
                FactType.Actor => fact with { Type = FactType.Text },
                FactType.Funder => fact with { Type = FactType.Text },
                FactType.Place => fact with { Type = FactType.Text },
                _ => fact,
            })
            .Append(new FactKind("share", FactType.Percent, Every))
            .ToList();

        public static FactKind? Find(IReadOnlyList<FactKind> facts, string name) => facts.FirstOrDefault(fact => fact.Name == name);
    }
}
