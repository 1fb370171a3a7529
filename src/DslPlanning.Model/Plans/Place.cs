namespace DslPlanning.Model
{
    /// <summary>A village or town of the plan, with its service level and the facts that subsidy rules need.</summary>
    public sealed record Place
    {
        public string Name { get; init; } = "";
        public string? Title { get; init; }
        public string? Level { get; init; }
        public PlaceStatus Status { get; init; }
        public string? Municipality { get; init; }
        public ValueList<ServiceKind> Services { get; init; } = ValueList<ServiceKind>.Empty;

        /// <summary>Services the document says are missing or wanted here (gaps).</summary>
        public ValueList<ServiceKind> Needs { get; init; } = ValueList<ServiceKind>.Empty;
        public ValueList<Store> Stores { get; init; } = ValueList<Store>.Empty;

        /// <summary>Distance from here to the nearest other place offering a service.</summary>
        public ValueList<ServiceDistance> Nearest { get; init; } = ValueList<ServiceDistance>.Empty;

        /// <summary>On an island without a fixed land connection.</summary>
        public bool Island { get; init; }
        public string? Description { get; init; }
        public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;
        public ValueList<JustifiedException> Exceptions { get; init; } = ValueList<JustifiedException>.Empty;
    }

    /// <summary>A store at a place, with the facts that operating aid depends on.</summary>
    public sealed record Store(string? Title, Money? Turnover, int? Articles, WeeklyHours? Open, Seasonality? Seasonality);

    /// <summary>Distance to the nearest other provider of a service.</summary>
    public sealed record ServiceDistance(ServiceKind Service, Distance Distance);
}
