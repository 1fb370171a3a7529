namespace DslPlanning.Model
{
    /// <summary>The four kinds of plan in Swedish service planning.</summary>
    public enum PlanKind
    {
        /// <summary>A national programme (e.g. Tillväxtverket's pilot programme).</summary>
        National,

        /// <summary>A regional service programme (regionalt serviceprogram, RSP).</summary>
        Regional,

        /// <summary>An annual action plan (handlingsplan) of a regional programme.</summary>
        Annual,

        /// <summary>A municipal service plan or commercial service programme.</summary>
        Municipal,
    }

    /// <summary>What kind of organisation an actor or funder is.</summary>
    public enum OrganisationKind
    {
        Municipality,
        Region,
        CountyBoard,
        Agency,
        Department,
        Business,
        Association,
        Network,
        Appropriation,
        Programme,
        EuFund,
        Other,
    }

    /// <summary>Basic commercial services and the other service functions the documents name.</summary>
    public enum ServiceKind
    {
        Groceries,
        Fuel,
        Post,
        Parcels,
        Pharmacy,
        Payments,
        Cash,
        Charging,
        Infopoint,
        SafetyPoint,
        MeetingPlace,
        Internet,
        UnmannedStore,
        ServiceOffice,
        HomeDelivery,
    }

    public enum PlaceStatus
    {
        Existing,
        Planned,
        Closed,
    }

    public enum Seasonality
    {
        YearRound,
        Seasonal,
    }

    /// <summary>Goal kinds: insatsmål, resultatmål, effektmål.</summary>
    public enum GoalKind
    {
        Output,
        Result,
        Effect,
    }

    public enum ActionStatus
    {
        Planned,
        Proposed,
        Ongoing,
        Completed,
        Cancelled,

        /// <summary>An example of what could be done (exempel på åtgärder), listed beside the planned actions.</summary>
        Example,
    }

    public static class ActionStatusFacts
    {
        /// <summary>
        /// Planned, ongoing or completed: what the plan commits to. Proposals, examples and cancelled actions serve no
        /// goal, commit no funder and need no priority.
        /// </summary>
        public static bool CountsAsPlanned(this ActionStatus status) => status is not (ActionStatus.Proposed or ActionStatus.Cancelled or ActionStatus.Example);
    }

    /// <summary>The units a cost or a funding amount can be stated per.</summary>
    public enum CostUnit
    {
        Year,
        Month,
        Week,
        Place,
        Store,
        Delivery,
        Household,
        Trip,
        Visit,
        Meeting,
        Agreement,
        Participant,
    }

    /// <summary>The state subsidies to commercial service.</summary>
    public enum SubsidyKind
    {
        /// <summary>Servicebidrag (SFS 2000:284).</summary>
        ServiceGrant,

        /// <summary>Hemsändningsbidrag (SFS 2000:284 19–21 §§).</summary>
        HomeDeliveryGrant,

        /// <summary>Särskilt driftstöd (SFS 2000:284).</summary>
        OperatingAid,

        /// <summary>Investeringsstöd in the rural development programme.</summary>
        InvestmentAid,

        /// <summary>Stöd till grundläggande betaltjänster (SFS 2014:139).</summary>
        PaymentServicesAid,
    }

    /// <summary>The grounds that raise investment aid from 50 % to 90 %.</summary>
    public enum InvestmentGround
    {
        Accessibility,
        Restart,
        Environment,
        AddedServices,
        PriorityArea,
    }
}
