using DslPlanning.Model;

namespace DslPlanning.Model.Law
{
    /// <summary>The terms of servicebidrag (SFS 2000:284).</summary>
    public sealed record ServiceGrantTerms(Money Cap, Money RaisedCap, int MaxYears);

    /// <summary>The terms of hemsändningsbidrag (SFS 2000:284 19–21 §§).</summary>
    public sealed record HomeDeliveryTerms(Percent MaxShareOfNetCost, Money MaxPerHouseholdAndDelivery, decimal MinNetCostInPriceBaseAmounts);

    /// <summary>The terms of särskilt driftstöd (SFS 2000:284), with the turnover model of the amount.</summary>
    public sealed record OperatingAidTerms(
        Money Cap,
        Distance MinDistance,
        Money MaxTurnover,
        Money LowTurnover,
        WeeklyHours MinHours,
        WeeklyHours MinHoursLowTurnover,
        int MinArticles,
        Money ModelStart,
        Money ModelPlateauStart,
        Money ModelPlateauEnd);

    /// <summary>The terms of investeringsstöd in the rural development programme.</summary>
    public sealed record InvestmentAidTerms(Percent Share, Money ShareAboveCost, Percent RaisedShare, Money RaisedMinCost);

    /// <summary>
    /// The law tables. Every figure names its source and whether the wording of its years was checked; a year no entry
    /// covers has no figure, except a year after the last entry of a table that carries forward (no later change known). Sources: [003] Länsstyrelsen
    /// Västerbotten, Regionalt serviceprogram 2014–2020, bilaga 1 and 2 (quoting SFS 2000:284 as amended by SFS 2016:126);
    /// prisbasbelopp as set by the government (DOMAIN.md).
    /// </summary>
    public static class SubsidyLaw
    {
        private const string Rsp = "SFS 2000:284 as amended by SFS 2016:126, quoted in RSP Västerbotten 2014–2020, bilaga 1–2";

        /// <summary>
        /// <see cref="Rsp"/> as Swedish texts cite it (the reports, the Swedish messages), with the ordinance's Swedish title
        /// and the programme's: the one place this citation is worded.
        /// </summary>
        private const string RspSwedish = "Förordning (2000:284) om stöd till kommersiell service i lydelsen enligt SFS 2016:126, "
            + "citerad i Regionalt serviceprogram för Västerbottens län 2014–2020, bilaga 1–2";

        /// <summary>The source of basic payment services, whose ordinance sets no amount, as English texts cite it.</summary>
        public const string PaymentServices = "SFS 2014:139";

        /// <summary><see cref="PaymentServices"/> as Swedish texts cite it, with the ordinance's Swedish title.</summary>
        public const string PaymentServicesSwedish = "Förordning (2014:139) om stöd till grundläggande betaltjänster";

        /// <summary>Prisbasbelopp (2 kap. 6–7 §§ socialförsäkringsbalken), kr per year.</summary>
        public static readonly YearTable<Money> PriceBaseAmount = new(
            "the prisbasbelopp",
            Amount(2014, 44_400m, "prisbasbelopp 2014"),
            Amount(2015, 44_500m, "prisbasbelopp 2015"),
            Amount(2016, 44_300m, "prisbasbelopp 2016"),
            Amount(2017, 44_800m, "prisbasbelopp 2017"),
            Amount(2018, 45_500m, "prisbasbelopp 2018"),
            Amount(2019, 46_500m, "prisbasbelopp 2019"),
            Amount(2020, 47_300m, "prisbasbelopp 2020"),
            Amount(2021, 47_600m, "SFS 2020:764"),
            Amount(2022, 48_300m, "SFS 2021:866"),
            Amount(2023, 52_500m, "prisbasbelopp 2023"),
            Amount(2024, 57_300m, "prisbasbelopp 2024"),
            Amount(2025, 58_800m, "prisbasbelopp 2025"),
            Amount(2026, 59_200m, "SFS 2025:872"))
        {
            SwedishName = "prisbasbeloppet",
            CarriesForward = true,
        };

        /// <summary>
        /// The wording of 18 § (service grant) and 20 § (home delivery) is checked as in force in mid-2020; from 2021 the
        /// project assumes the last known wording (DOMAIN.md: from 2020 the regions decide, SFS 2019:1037).
        /// </summary>
        private static readonly YearRange CheckedWording = new(2016, 2020);

        private static readonly YearRange LastKnownWording = new(2021, 2026);

        // Declared before the tables that use them: static fields are set in the order of the text.
        private static readonly ServiceGrantTerms ServiceGrantTerms = new(new Money(250_000m), new Money(300_000m), 3);

        private static readonly HomeDeliveryTerms HomeDeliveryTerms = new(new Percent(50m), new Money(100m), 0.5m);

        /// <summary>
        /// Servicebidrag: at most 250 000 kr per year and recipient, 300 000 kr for a store with a well-developed range of
        /// basic service or of service-strategic importance, at most three years in total. No later change of these
        /// amounts is known to the project: later years are checked against the last known wording.
        /// </summary>
        public static readonly YearTable<ServiceGrantTerms> ServiceGrant = new(
            "the service grant terms",
            new LawFigure<ServiceGrantTerms>(CheckedWording, ServiceGrantTerms, Rsp) { SwedishSource = RspSwedish },
            new LawFigure<ServiceGrantTerms>(LastKnownWording, ServiceGrantTerms, Rsp, LawWording.LastKnown) { SwedishSource = RspSwedish })
        {
            SwedishName = "villkoren för servicebidrag",
            CarriesForward = true,
        };

        /// <summary>
        /// Hemsändningsbidrag: at most 50 % of the municipality's net cost and at most 100 kr per household and delivery;
        /// only if the net (or direct) cost is at least half a prisbasbelopp.
        /// </summary>
        public static readonly YearTable<HomeDeliveryTerms> HomeDelivery = new(
            "the home-delivery grant terms",
            new LawFigure<HomeDeliveryTerms>(CheckedWording, HomeDeliveryTerms, Rsp + " (19–21 §§)") { SwedishSource = RspSwedish + " (19–21 §§)" },
            new LawFigure<HomeDeliveryTerms>(LastKnownWording, HomeDeliveryTerms, Rsp + " (19–21 §§)", LawWording.LastKnown) { SwedishSource = RspSwedish + " (19–21 §§)" })
        {
            SwedishName = "villkoren för hemsändningsbidrag",
            CarriesForward = true,
        };

        /// <summary>
        /// Särskilt driftstöd from 2016: at most 300 000 kr per year and store. Later years are left out on purpose: the cap
        /// was raised after 2024 (350 000 kr is reported for 2025), and the new figures are not verified.
        /// </summary>
        public static readonly YearTable<OperatingAidTerms> OperatingAid = new(
            "the operating aid terms",
            new LawFigure<OperatingAidTerms>(
                new YearRange(2016, 2024),
                new OperatingAidTerms(
                    Cap: new Money(300_000m),
                    MinDistance: new Distance(10m),
                    MaxTurnover: new Money(11_000_000m),
                    LowTurnover: new Money(2_000_000m),
                    MinHours: new WeeklyHours(40m),
                    MinHoursLowTurnover: new WeeklyHours(20m),
                    MinArticles: 1_000,
                    ModelStart: new Money(500_000m),
                    ModelPlateauStart: new Money(5_000_000m),
                    ModelPlateauEnd: new Money(7_000_000m)),
                Rsp + " (särskilt driftstöd)") { SwedishSource = RspSwedish + " (särskilt driftstöd)" })
        {
            SwedishName = "villkoren för särskilt driftstöd",
        };

        /// <summary>
        /// Investeringsstöd in Landsbygdsprogrammet 2014–2020: up to 50 % of eligible costs above 50 000 kr; up to 90 % with
        /// one of the listed grounds when the costs are at least 30 000 kr.
        /// </summary>
        public static readonly YearTable<InvestmentAidTerms> InvestmentAid = new(
            "the investment aid terms",
            new LawFigure<InvestmentAidTerms>(
                new YearRange(2014, 2020),
                new InvestmentAidTerms(new Percent(50m), new Money(50_000m), new Percent(90m), new Money(30_000m)),
                "Landsbygdsprogrammet 2014–2020, investeringsstöd till kommersiell service, quoted in RSP Västerbotten 2014–2020, bilaga 1")
            {
                SwedishSource = "Landsbygdsprogrammet 2014–2020, investeringsstöd till kommersiell service, "
                    + "citerat i Regionalt serviceprogram för Västerbottens län 2014–2020, bilaga 1",
            })
        {
            SwedishName = "villkoren för investeringsstöd",
        };

        private static LawFigure<Money> Amount(int year, decimal kronor, string source) =>
            new(YearRange.Single(year), new Money(kronor), source);
    }
}
