using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>A closed set of words of the language (services, kinds, units …) and what each means.</summary>
    public sealed class Vocabulary<T>
    {
        private readonly Dictionary<string, T> _words;

        public Vocabulary(Phrase category, params (string Word, T Value)[] words)
        {
            Category = category;
            _words = words.ToDictionary(entry => entry.Word, entry => entry.Value, StringComparer.Ordinal);
            Words = words.Select(entry => entry.Word).ToList();
        }

        /// <summary>What the words are called in messages, e.g. "service" / "tjänst"; in Swedish a common-gender noun ("Okänd tjänst").</summary>
        public Phrase Category { get; }

        /// <summary>The words in documentation order.</summary>
        public IReadOnlyList<string> Words { get; }

        public bool TryGet(string word, out T value) => _words.TryGetValue(word, out value!);

        /// <summary>The word that stands for <paramref name="value"/> (the first one, where there are synonyms).</summary>
        public string WordFor(T value) => _words.First(entry => EqualityComparer<T>.Default.Equals(entry.Value, value)).Key;
    }

    /// <summary>The closed vocabularies of the plan language.</summary>
    public static class Vocabularies
    {
        public static readonly Vocabulary<PlanKind> PlanKinds = new(
            Phrase.Of("plan kind", "plantyp"),
            ("national", PlanKind.National),
            ("regional", PlanKind.Regional),
            ("annual", PlanKind.Annual),
            ("municipal", PlanKind.Municipal));

        public static readonly Vocabulary<OrganisationKind> OrganisationKinds = new(
            Phrase.Of("organisation kind", "organisationstyp"),
            ("municipality", OrganisationKind.Municipality),
            ("region", OrganisationKind.Region),
            ("county-board", OrganisationKind.CountyBoard),
            ("agency", OrganisationKind.Agency),
            ("department", OrganisationKind.Department),
            ("business", OrganisationKind.Business),
            ("association", OrganisationKind.Association),
            ("network", OrganisationKind.Network),
            ("appropriation", OrganisationKind.Appropriation),
            ("programme", OrganisationKind.Programme),
            ("eu-fund", OrganisationKind.EuFund),
            ("other", OrganisationKind.Other));

        public static readonly Vocabulary<ServiceKind> Services = new(
            Phrase.Of("service", "tjänst"),
            ("groceries", ServiceKind.Groceries),
            ("fuel", ServiceKind.Fuel),
            ("post", ServiceKind.Post),
            ("parcels", ServiceKind.Parcels),
            ("pharmacy", ServiceKind.Pharmacy),
            ("payments", ServiceKind.Payments),
            ("cash", ServiceKind.Cash),
            ("charging", ServiceKind.Charging),
            ("infopoint", ServiceKind.Infopoint),
            ("safety-point", ServiceKind.SafetyPoint),
            ("meeting-place", ServiceKind.MeetingPlace),
            ("internet", ServiceKind.Internet),
            ("unmanned-store", ServiceKind.UnmannedStore),
            ("service-office", ServiceKind.ServiceOffice),
            ("home-delivery", ServiceKind.HomeDelivery));

        public static readonly Vocabulary<PlaceStatus> PlaceStatuses = new(
            Phrase.Of("place status", "ortstatus"),
            ("existing", PlaceStatus.Existing),
            ("planned", PlaceStatus.Planned),
            ("closed", PlaceStatus.Closed));

        public static readonly Vocabulary<ActionStatus> ActionStatuses = new(
            Phrase.Of("action status", "åtgärdsstatus"),
            ("planned", ActionStatus.Planned),
            ("proposed", ActionStatus.Proposed),
            ("ongoing", ActionStatus.Ongoing),
            ("completed", ActionStatus.Completed),
            ("cancelled", ActionStatus.Cancelled),
            ("example", ActionStatus.Example));

        public static readonly Vocabulary<GoalKind> GoalKinds = new(
            Phrase.Of("goal kind", "måltyp"),
            ("output", GoalKind.Output),
            ("result", GoalKind.Result),
            ("effect", GoalKind.Effect));

        /// <summary>Cost units, singular and plural (the plural is used in volumes: <c>600 deliveries per year</c>).</summary>
        public static readonly Vocabulary<CostUnit> CostUnits = new(
            Phrase.Of("cost unit", "kostnadsenhet"),
            ("year", CostUnit.Year), ("years", CostUnit.Year),
            ("month", CostUnit.Month), ("months", CostUnit.Month),
            ("week", CostUnit.Week), ("weeks", CostUnit.Week),
            ("place", CostUnit.Place), ("places", CostUnit.Place),
            ("store", CostUnit.Store), ("stores", CostUnit.Store),
            ("delivery", CostUnit.Delivery), ("deliveries", CostUnit.Delivery),
            ("household", CostUnit.Household), ("households", CostUnit.Household),
            ("trip", CostUnit.Trip), ("trips", CostUnit.Trip),
            ("visit", CostUnit.Visit), ("visits", CostUnit.Visit),
            ("meeting", CostUnit.Meeting), ("meetings", CostUnit.Meeting),
            ("agreement", CostUnit.Agreement), ("agreements", CostUnit.Agreement),
            ("participant", CostUnit.Participant), ("participants", CostUnit.Participant));

        public static readonly Vocabulary<SubsidyKind> SubsidyKinds = new(
            Phrase.Of("subsidy kind", "stödtyp"),
            ("service-grant", SubsidyKind.ServiceGrant),
            ("home-delivery-grant", SubsidyKind.HomeDeliveryGrant),
            ("operating-aid", SubsidyKind.OperatingAid),
            ("investment-aid", SubsidyKind.InvestmentAid),
            ("payment-services-aid", SubsidyKind.PaymentServicesAid));

        public static readonly Vocabulary<InvestmentGround> InvestmentGrounds = new(
            Phrase.Of("investment ground", "grund för investeringsstöd"),
            ("accessibility", InvestmentGround.Accessibility),
            ("restart", InvestmentGround.Restart),
            ("environment", InvestmentGround.Environment),
            ("added-services", InvestmentGround.AddedServices),
            ("priority-area", InvestmentGround.PriorityArea));

        public static readonly Vocabulary<Seasonality> Seasonalities = new(
            Phrase.Of("seasonality", "säsongstyp"),
            ("year-round", Seasonality.YearRound),
            ("seasonal", Seasonality.Seasonal));
    }
}
