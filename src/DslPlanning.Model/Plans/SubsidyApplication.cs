namespace DslPlanning.Model
{
    /// <summary>An application for a state subsidy with the facts its legal preconditions are judged by.</summary>
    public sealed record SubsidyApplication
    {
        public SubsidyKind Kind { get; init; }

        /// <summary>The year applied for, or the years of a grant applied for every year (paid yearly in arrears).</summary>
        public YearRange? Years { get; init; }
        public SymbolRef? Place { get; init; }
        public SymbolRef? Recipient { get; init; }

        /// <summary>The funder through which the grant is paid, when the action's funding states the grant's part.</summary>
        public SymbolRef? PaidBy { get; init; }

        /// <summary>The amount applied for.</summary>
        public Money? Amount { get; init; }
        public Money? NetCost { get; init; }
        public Money? DirectCost { get; init; }
        public decimal? Households { get; init; }
        public decimal? Deliveries { get; init; }
        public decimal? Trips { get; init; }
        public Money? Turnover { get; init; }
        public int? Articles { get; init; }
        public WeeklyHours? Open { get; init; }
        public Seasonality? Seasonality { get; init; }

        /// <summary>Distance to the nearest other store with a varied grocery assortment.</summary>
        public Distance? NearestStore { get; init; }

        /// <summary>Distance to the nearest other fuel station.</summary>
        public Distance? NearestFuel { get; init; }

        /// <summary>Distance to the nearest provider of basic payment services.</summary>
        public Distance? NearestPaymentProvider { get; init; }
        public bool Island { get; init; }
        public Money? EligibleCost { get; init; }
        public ValueList<InvestmentGround> Grounds { get; init; } = ValueList<InvestmentGround>.Empty;

        /// <summary>Years the grant is applied for (servicebidrag: at most three in total).</summary>
        public YearRange? GrantYears { get; init; }
        public bool WellDevelopedRange { get; init; }
        public bool ServiceStrategic { get; init; }
        public bool OtherMeasuresTried { get; init; }
        public decimal? Users { get; init; }
        public bool CommercialAlternative { get; init; }
        public ValueList<JustifiedException> Exceptions { get; init; } = ValueList<JustifiedException>.Empty;
        public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;
    }
}
