namespace DslPlanning.Language.Diagnostics
{
    /// <summary>The rule families: priority levels, funding, subsidy preconditions, goals and follow-up.</summary>
    public static partial class DiagnosticCatalog
    {
        private const string Priority = "Priority";
        private const string Funding = "Funding";
        private const string Subsidy = "Subsidy";
        private const string FollowUp = "FollowUp";

        public static readonly DiagnosticDescriptor ExceptionApplied = new(
            "SP1016", Structure, DiagnosticSeverity.Info,
            english: new("Justified exception applied",
                "Justified exception: {0} is not reported here ({1}) because: {2}"),
            swedish: new("Motiverat undantag tillämpat",
                "Motiverat undantag: {0} rapporteras inte här ({1}) med motiveringen: {2}"));

        public static readonly DiagnosticDescriptor ExceptionUnused = new(
            "SP1017", Structure, DiagnosticSeverity.Warning,
            english: new("Exception suppresses nothing",
                "The exception names {0}, but {0} reports nothing here; remove the exception, or move it to the element the rule reports"),
            swedish: new("Undantag som inte åsidosätter något",
                "Undantaget anger {0}, men {0} rapporterar ingenting här; ta bort undantaget, eller flytta det till det element som regeln rapporterar"));

        // SP2xxx priority levels
        public static readonly DiagnosticDescriptor AreaWithoutRank = new(
            "SP2001", Priority, DiagnosticSeverity.Warning,
            english: new("Priority area without rank",
                "Area {0} has no rank, while other areas of the plan are ranked ({1}); add 'priority <n>' to the area"),
            swedish: new("Insatsområde utan rang",
                "Insatsområdet {0} har ingen rang, men planens andra insatsområden är rangordnade ({1}); lägg till 'priority <n>' på insatsområdet"));

        public static readonly DiagnosticDescriptor PlanWithoutRanks = new(
            "SP2002", Priority, DiagnosticSeverity.Info,
            english: new("Areas without a priority order",
                "None of the {0} areas of plan {1} has a rank, so the plan states no priority order; add 'priority 1', 'priority 2' … to the areas if the document ranks them"),
            swedish: new("Insatsområden utan prioriteringsordning",
                "Inget av de {0} insatsområdena i planen {1} har en rang, så planen anger ingen prioriteringsordning; lägg till 'priority 1', 'priority 2' … på insatsområdena om dokumentet rangordnar dem"));

        public static readonly DiagnosticDescriptor DuplicateRank = new(
            "SP2003", Priority, DiagnosticSeverity.Error,
            english: new("Two areas with the same rank",
                "Areas {0} and {1} both have rank {2}; give each area its own rank"),
            swedish: new("Två insatsområden med samma rang",
                "Insatsområdena {0} och {1} har båda rang {2}; ge varje insatsområde en egen rang"));

        public static readonly DiagnosticDescriptor RankGap = new(
            "SP2004", Priority, DiagnosticSeverity.Warning,
            english: new("Gap in the ranks of areas",
                "The ranks of the areas are {0}; rank {1} is missing: {2}"),
            swedish: new("Lucka i insatsområdenas rangordning",
                "Insatsområdena har rang {0}; rang {1} saknas: {2}"));

        public static readonly DiagnosticDescriptor ActionWithoutPriority = new(
            "SP2005", Priority, DiagnosticSeverity.Warning,
            english: new("Action without priority",
                "Action {0} has no priority, but the plan ranks its actions ({1}); add 'priority <level>'"),
            swedish: new("Åtgärd utan prioritet",
                "Åtgärden {0} har ingen prioritet, men planen prioriterar sina åtgärder ({1}); lägg till 'priority <nivå>'"));

        public static readonly DiagnosticDescriptor UnknownPriority = new(
            "SP2006", Priority, DiagnosticSeverity.Error,
            english: new("Unknown priority",
                "Priority '{0}' of action {1} is not on the plan's scale ({2}){3}; use one of them, or add it with 'priorities'"),
            swedish: new("Okänd prioritet",
                "Prioriteten '{0}' för åtgärden {1} finns inte på planens skala ({2}){3}; använd en av nivåerna på skalan, eller lägg till den med 'priorities'"));

        public static readonly DiagnosticDescriptor PlaceWithoutLevel = new(
            "SP2007", Priority, DiagnosticSeverity.Warning,
            english: new("Designated place without service level",
                "Place {0} is named by {1} but has no service level; add 'level <key>' (the plan's levels: {2})"),
            swedish: new("Utpekad ort utan servicenivå",
                "Orten {0} nämns i {1} men har ingen servicenivå; lägg till 'level <nyckel>' (planens nivåer: {2})"));

        public static readonly DiagnosticDescriptor UnknownLevel = new(
            "SP2008", Priority, DiagnosticSeverity.Error,
            english: new("Unknown service level",
                "Place {0} has level '{1}', which the plan does not declare{2}; declare it with 'level {1} \"…\"' or use one of: {3}"),
            swedish: new("Okänd servicenivå",
                "Orten {0} har nivån '{1}', som planen inte anger{2}; ange nivån med 'level {1} \"…\"' eller använd en nivå som planen anger ({3})"));

        // SP3xxx funding
        public static readonly DiagnosticDescriptor CostWithoutFunding = new(
            "SP3001", Funding, DiagnosticSeverity.Warning,
            english: new("Unfunded action",
                "Action {0} costs {1} but has no funding source (nor has its area); add 'funding <funder> …'"),
            swedish: new("Ofinansierad åtgärd",
                "Åtgärden {0} kostar {1} men har ingen finansieringskälla (inte heller dess insatsområde); lägg till 'funding <finansiär> …'"));

        public static readonly DiagnosticDescriptor NoFundingStated = new(
            "SP3002", Funding, DiagnosticSeverity.Info,
            english: new("No funding stated",
                "Action {0} states neither a cost nor a funding source; add 'funding <funder>' when the document says who pays"),
            swedish: new("Ingen finansiering angiven",
                "Åtgärden {0} anger varken kostnad eller finansieringskälla; lägg till 'funding <finansiär>' när dokumentet säger vem som betalar"));

        public static readonly DiagnosticDescriptor SharesOverHundred = new(
            "SP3003", Funding, DiagnosticSeverity.Error,
            english: new("Funding shares over 100 %",
                "The funding shares of {0} add up to {1} ({2}), more than 100 %; correct the shares"),
            swedish: new("Finansieringsandelar över 100 %",
                "Finansieringsandelarna för {0} blir tillsammans {1} ({2}), mer än 100 %; rätta andelarna"));

        public static readonly DiagnosticDescriptor SharesUnderHundred = new(
            "SP3004", Funding, DiagnosticSeverity.Warning,
            english: new("Funding shares under 100 %",
                "The funding shares of {0} add up to {1} ({2}), so {3} of the cost has no funder; add the missing share or source"),
            swedish: new("Finansieringsandelar under 100 %",
                "Finansieringsandelarna för {0} blir tillsammans {1} ({2}), så {3} av kostnaden saknar finansiär; lägg till den andel eller finansieringskälla som saknas"));

        public static readonly DiagnosticDescriptor AmountsBelowCost = new(
            "SP3005", Funding, DiagnosticSeverity.Warning,
            english: new("Funding does not cover the cost",
                "The funding of action {0} is {1} {2}, but the cost is {3} {2}: {4} is not covered; raise the amounts or add a source"),
            swedish: new("Finansieringen täcker inte kostnaden",
                "Finansieringen av åtgärden {0} är {1} {2}, men kostnaden är {3} {2}: {4} täcks inte; höj beloppen eller lägg till en finansieringskälla"));

        public static readonly DiagnosticDescriptor OverBudget = new(
            "SP3006", Funding, DiagnosticSeverity.Warning,
            english: new("Funder committed beyond its budget",
                "Funder {0} is committed beyond its budget in {1}: in {2} it is committed {3} ({4}), {5} above its budget of {6}; lower the commitments or raise the budget"),
            swedish: new("Finansiärens åtaganden överstiger budgeten",
                "Finansiären {0} har åtaganden utöver sin budget under {1}: år {2} är åtagandena {3} ({4}), {5} över budgeten på {6}; minska åtagandena eller höj budgeten"));

        public static readonly DiagnosticDescriptor FundingOutsidePeriod = new(
            "SP3007", Funding, DiagnosticSeverity.Error,
            english: new("Funding outside the period",
                "Funding from {0} is for {1}, outside the {2} {3}; correct the years"),
            swedish: new("Finansiering utanför perioden",
                "Finansieringen från {0} gäller {1}, vilket ligger utanför {2} {3}; rätta åren"));

        public static readonly DiagnosticDescriptor ActionPlanWithoutFunding = new(
            "SP3008", Funding, DiagnosticSeverity.Warning,
            english: new("Action of an action plan without funding",
                "Action {0} names no funding source (nor does its area), and {1} states who pays for each of its actions; add 'funding <funder>' as the document says, or 'exception SP3008 \"…\"' where it says why none is named"),
            swedish: new("Åtgärd i en handlingsplan utan finansiering",
                "Åtgärden {0} anger ingen finansieringskälla (inte heller dess insatsområde), och i {1} ska det stå vem som betalar för varje åtgärd; lägg till 'funding <finansiär>' så som dokumentet anger det, eller 'exception SP3008 \"…\"' där dokumentet säger varför ingen anges"));

        // SP4xxx subsidy preconditions
        public static readonly DiagnosticDescriptor NoCurrentPlan = new(
            "SP4001", Subsidy, DiagnosticSeverity.Error,
            english: new("No current service plan with designated places",
                "The {0} application for {1} requires the municipality to have planned its goods supply (SFS 2000:284 6 §): a current service plan with designated service-strategic places; {2}"),
            swedish: new("Ingen aktuell serviceplan med utpekade orter",
                "Ansökan om {0} för {1} kräver enligt 6 § förordningen (2000:284) om stöd till kommersiell service att kommunen har planerat varuförsörjningen: en aktuell serviceplan med utpekade servicestrategiska orter; {2}"));

        public static readonly DiagnosticDescriptor SubsidyWithoutYear = new(
            "SP4002", Subsidy, DiagnosticSeverity.Warning,
            english: new("Subsidy application without year",
                "The {0} application has no year, so its legal conditions cannot be checked; write 'subsidy {0} in <year>'"),
            swedish: new("Stödansökan utan år",
                "Stödansökan saknar år, så lagens villkor kan inte kontrolleras; skriv 'subsidy {0} in <år>'"));

        public static readonly DiagnosticDescriptor NoLawFigures = new(
            "SP4003", Subsidy, DiagnosticSeverity.Error,
            english: new("No law figures for the year",
                "There are no figures for {0} in {1} (the table covers {2}), so these were not checked: {3}; check them by hand, or add the year's figures to the law table with their source"),
            swedish: new("Lagtabellen saknar värden för året",
                "Lagtabellen saknar {0} för år {1} (tabellen omfattar {2}), så följande har inte kontrollerats: {3}; kontrollera det för hand, eller lägg till årets värden i lagtabellen med källa"));

        public static readonly DiagnosticDescriptor LawFiguresCarriedForward = new(
            "SP4006", Subsidy, DiagnosticSeverity.Info,
            english: new("Law figures carried forward",
                "{0} checked against {1}'s amounts, the last year of {2} ({3}); check them again when the figures for {0} are known"),
            swedish: new("Lagtabellens värden förs vidare",
                "{0} har kontrollerats mot {2} {1}, det sista året i lagtabellen ({3}); gör om kontrollen när värdena för {0} är kända"));

        public static readonly DiagnosticDescriptor MissingSubsidyFact = new(
            "SP4004", Subsidy, DiagnosticSeverity.Warning,
            english: new("Fact needed by a subsidy condition is missing",
                "The {0} application does not state {1}, so {2} cannot be checked; add '{3}'"),
            swedish: new("Uppgift som ett stödvillkor behöver saknas",
                "Ansökan om {0} anger inte {1}, så {2} kan inte kontrolleras; lägg till '{3}'"));

        public static readonly DiagnosticDescriptor GrantAmountMissing = new(
            "SP4005", Subsidy, DiagnosticSeverity.Warning,
            english: new("Amount applied for not stated",
                "The {0} application does not state the amount applied for{1}, so {2} cannot be checked; add 'amount <kr>'{3}"),
            swedish: new("Sökt belopp anges inte",
                "Ansökan om {0} anger inte sökt belopp{1}, så {2} kan inte kontrolleras; lägg till 'amount <kr>'{3}"));

        public static readonly DiagnosticDescriptor ServiceGrantOverCap = new(
            "SP4010", Subsidy, DiagnosticSeverity.Error,
            english: new("Service grant over the cap",
                "The service grant applied for is {0} per year{3}, above the cap of {1}{2} (SFS 2000:284); apply for at most {1} a year to one recipient"),
            swedish: new("Servicebidrag över högsta beloppet",
                "Sökt servicebidrag är {0} per år{3}, över högsta beloppet {1}{2} enligt förordningen (2000:284) om stöd till kommersiell service; sök högst {1} per år till en och samma mottagare"));

        public static readonly DiagnosticDescriptor ServiceGrantTooLong = new(
            "SP4011", Subsidy, DiagnosticSeverity.Error,
            english: new("Service grant for more than three years",
                "The service grant is applied for {0} years ({1}){3}; it is given for at most {2} years in total (SFS 2000:284)"),
            swedish: new("Servicebidrag för mer än tre år",
                "Servicebidraget söks för {0} år ({1}){3}; enligt förordningen (2000:284) om stöd till kommersiell service lämnas det för högst {2} år sammanlagt"));

        public static readonly DiagnosticDescriptor ServiceGrantWithoutReasons = new(
            "SP4012", Subsidy, DiagnosticSeverity.Warning,
            english: new("Service grant without special reasons",
                "A service grant is given only with special reasons (SFS 2000:284); state them as: exception SP4012 \"särskilda skäl: …\""),
            swedish: new("Servicebidrag utan särskilda skäl",
                "Servicebidrag lämnas enligt förordningen (2000:284) om stöd till kommersiell service bara om det finns särskilda skäl; ange dem så här: 'exception SP4012 \"särskilda skäl: …\"'"));

        public static readonly DiagnosticDescriptor ServiceGrantWithoutOtherMeasures = new(
            "SP4013", Subsidy, DiagnosticSeverity.Warning,
            english: new("Service grant before other measures were tried",
                "A service grant is given only after other measures were tried and found not to serve (SFS 2000:284), and the application does not state it; add 'other-measures-tried' when they were"),
            swedish: new("Servicebidrag innan andra åtgärder har prövats",
                "Servicebidrag lämnas enligt förordningen (2000:284) om stöd till kommersiell service bara om andra åtgärder har prövats men inte visat sig vara ändamålsenliga, och ansökan anger inte det; lägg till 'other-measures-tried' om de har prövats"));

        public static readonly DiagnosticDescriptor HomeDeliveryRecipient = new(
            "SP4020", Subsidy, DiagnosticSeverity.Error,
            english: new("Home-delivery grant to someone other than a municipality",
                "Home-delivery grants are given to municipalities only (SFS 2000:284 19 §), but the recipient {0} is {1}; make the municipality the recipient"),
            swedish: new("Hemsändningsbidrag till någon annan än en kommun",
                "Hemsändningsbidrag lämnas enligt 19 § förordningen (2000:284) om stöd till kommersiell service bara till kommuner, men mottagaren {0} är {1}; gör kommunen till mottagare"));

        public static readonly DiagnosticDescriptor HomeDeliveryShare = new(
            "SP4021", Subsidy, DiagnosticSeverity.Error,
            english: new("Home-delivery grant over half the net cost",
                "The home-delivery grant of {0} is more than {1} of the {2}; it may be at most {3} (SFS 2000:284 20 §)"),
            swedish: new("Hemsändningsbidrag över halva nettoutgiften",
                "Hemsändningsbidraget på {0} är mer än {1} av {2}; enligt 20 § förordningen (2000:284) om stöd till kommersiell service får det vara högst {3}"));

        public static readonly DiagnosticDescriptor HomeDeliveryPerDelivery = new(
            "SP4022", Subsidy, DiagnosticSeverity.Error,
            english: new("Home-delivery grant over 100 kr per household and delivery",
                "The home-delivery grant is {0} per household and delivery{1}; it may be at most {2} per household and delivery (SFS 2000:284 20 §)"),
            swedish: new("Hemsändningsbidrag över 100 kr per hushåll och hemsändningstillfälle",
                "Hemsändningsbidraget är {0} per hushåll och hemsändningstillfälle{1}; enligt 20 § förordningen (2000:284) om stöd till kommersiell service får det vara högst {2} per hushåll och hemsändningstillfälle"));

        public static readonly DiagnosticDescriptor HomeDeliveryMinimumCost = new(
            "SP4023", Subsidy, DiagnosticSeverity.Error,
            english: new("Home delivery below half a prisbasbelopp",
                "The {0} of {1} is below half the prisbasbelopp in {2} ({3}); a home-delivery grant is given only when the net or direct cost is at least that (SFS 2000:284 20 §)"),
            swedish: new("Hemsändning under ett halvt prisbasbelopp",
                "{0} på {1} är lägre än ett halvt prisbasbelopp för {2} ({3}); enligt 20 § förordningen (2000:284) om stöd till kommersiell service lämnas hemsändningsbidrag bara när nettoutgiften eller de direkta kostnaderna uppgår till minst så mycket"));

        public static readonly DiagnosticDescriptor OperatingAidDistance = new(
            "SP4030", Subsidy, DiagnosticSeverity.Error,
            english: new("Store too close to another store",
                "Operating aid requires the store to lie more than {0} from another store with a varied grocery range, or on an island without a fixed land connection; {1} is {2} away (SFS 2000:284)"),
            swedish: new("Butiken ligger för nära en annan butik",
                "Enligt förordningen (2000:284) om stöd till kommersiell service kräver särskilt driftstöd att butiken ligger mer än {0} från ett annat försäljningsställe med ett mångsidigt utbud av dagligvaror, eller i ett skärgårdsområde utan fast landförbindelse; {1} ligger {2} bort"));

        public static readonly DiagnosticDescriptor OperatingAidSeasonal = new(
            "SP4031", Subsidy, DiagnosticSeverity.Error,
            english: new("Store not open year-round",
                "Operating aid requires fixed premises open year-round; {0} is stated as {1} (SFS 2000:284)"),
            swedish: new("Butiken är inte öppen året runt",
                "Enligt förordningen (2000:284) om stöd till kommersiell service kräver särskilt driftstöd fasta lokaler som är öppna året runt; {0} anges som {1}"));

        public static readonly DiagnosticDescriptor OperatingAidHours = new(
            "SP4032", Subsidy, DiagnosticSeverity.Error,
            english: new("Store open too few hours",
                "With a turnover of {0} the store must be open on average at least {1} year-round, but it is open {2} (SFS 2000:284, bilaga 1)"),
            swedish: new("Butiken har för kort öppettid",
                "Med en nettoomsättning på {0} ska butiken vara öppen i genomsnitt minst {1} året runt, men den är öppen {2} (förordningen (2000:284) om stöd till kommersiell service, bilaga 1)"));

        public static readonly DiagnosticDescriptor OperatingAidTurnover = new(
            "SP4033", Subsidy, DiagnosticSeverity.Error,
            english: new("Turnover above 11 million kr",
                "Operating aid requires a net grocery turnover of at most {0}; the store's is {1} (SFS 2000:284)"),
            swedish: new("Nettoomsättning över 11 miljoner kr",
                "Enligt förordningen (2000:284) om stöd till kommersiell service kräver särskilt driftstöd en nettoomsättning av dagligvaror på högst {0}; butikens är {1}"));

        public static readonly DiagnosticDescriptor OperatingAidArticles = new(
            "SP4034", Subsidy, DiagnosticSeverity.Error,
            english: new("Range not varied",
                "A varied grocery range means at least {0} articles incl. dairy, charcuterie, eggs, fresh bread, fruit and vegetables; the store has {1}{2} (SFS 2000:284, bilaga 1)"),
            swedish: new("Utbudet är inte mångsidigt",
                "Ett mångsidigt utbud av dagligvaror är minst {0} artiklar, bland annat mejerivaror, charkvaror, ägg, färskt bröd, frukt och grönsaker; butiken har {1} artiklar{2} (förordningen (2000:284) om stöd till kommersiell service, bilaga 1)"));

        public static readonly DiagnosticDescriptor OperatingAidAmount = new(
            "SP4035", Subsidy, DiagnosticSeverity.Error,
            english: new("Operating aid above the amount the turnover gives",
                "The operating aid applied for is {0}, but a turnover of {1} gives at most {2} in {3} (turnover model of SFS 2000:284, bilaga 1); apply for at most {2}"),
            swedish: new("Driftstöd över det belopp som omsättningen ger",
                "Sökt särskilt driftstöd är {0}, men en nettoomsättning på {1} ger högst {2} för {3} (omsättningsmodellen i förordningen (2000:284) om stöd till kommersiell service, bilaga 1); sök högst {2}"));

        public static readonly DiagnosticDescriptor InvestmentTooSmall = new(
            "SP4040", Subsidy, DiagnosticSeverity.Error,
            english: new("Investment below the minimum",
                "Investment aid is given for eligible costs {0}; the costs are {1} (Landsbygdsprogrammet)"),
            swedish: new("Investeringen når inte upp till lägsta belopp",
                "Investeringsstöd lämnas för stödberättigande utgifter {0}; utgifterna är {1} (Landsbygdsprogrammet)"));

        public static readonly DiagnosticDescriptor InvestmentOverShare = new(
            "SP4041", Subsidy, DiagnosticSeverity.Error,
            english: new("Investment aid over the share",
                "The investment aid applied for, {0}, is more than {1} of the eligible costs {2}; at most {3} may be given {4} (Landsbygdsprogrammet)"),
            swedish: new("Investeringsstöd över den tillåtna andelen",
                "Sökt investeringsstöd, {0}, är mer än {1} av de stödberättigande utgifterna på {2}; högst {3} får lämnas {4} (Landsbygdsprogrammet)"));

        public static readonly DiagnosticDescriptor RegionalGroceryDistance = new(
            "SP4050", Subsidy, DiagnosticSeverity.Warning,
            english: new("Regional distance criterion for grocery stores not met",
                "{0} states that a grocery store must lie {1} from the nearest service place; {2} is {3} away; an exception needs special reasons"),
            swedish: new("Det regionala avståndskriteriet för dagligvarubutiker är inte uppfyllt",
                "{0} anger att en dagligvarubutik ska ligga {1} från närmaste serviceställe; {2} ligger {3} bort; undantag kräver särskilda skäl"));

        public static readonly DiagnosticDescriptor RegionalFuelDistance = new(
            "SP4051", Subsidy, DiagnosticSeverity.Warning,
            english: new("Regional distance criterion for fuel stations not met",
                "{0} states that a fuel station must lie {1} from the nearest other{2}; {3} is {4} away; an exception needs special reasons"),
            swedish: new("Det regionala avståndskriteriet för drivmedelsstationer är inte uppfyllt",
                "{0} anger att en drivmedelsstation ska ligga {1} från närmaste andra{2}; {3} ligger {4} bort; undantag kräver särskilda skäl"));

        public static readonly DiagnosticDescriptor PaymentServicesCommercial = new(
            "SP4060", Subsidy, DiagnosticSeverity.Error,
            english: new("Payment services provided commercially",
                "Support for basic payment services is not given where another actor is likely to provide them commercially within reasonable time (SFS 2014:139); the application states 'commercial-alternative'"),
            swedish: new("Betaltjänsterna tillhandahålls på kommersiell grund",
                "Enligt förordningen (2014:139) om statligt stöd till tillhandahållare av grundläggande betaltjänster lämnas inte stöd till grundläggande betaltjänster där det är sannolikt att någon annan aktör inom rimlig tid kommer att tillhandahålla dem på kommersiell grund; ansökan anger 'commercial-alternative'"));

        public static readonly DiagnosticDescriptor PaymentServicesFacts = new(
            "SP4061", Subsidy, DiagnosticSeverity.Warning,
            english: new("Need for payment services not shown",
                "Support for basic payment services is judged by the distance to the nearest provider and the estimated number of users (SFS 2014:139); the application does not state {0}"),
            swedish: new("Behovet av betaltjänster är inte visat",
                "Enligt förordningen (2014:139) om statligt stöd till tillhandahållare av grundläggande betaltjänster bedöms stöd till grundläggande betaltjänster efter avståndet till närmaste tillhandahållare och det uppskattade antalet användare; ansökan anger inte {0}"));

        // SP5xxx goals and follow-up
        public static readonly DiagnosticDescriptor GoalNotServed = new(
            "SP5001", FollowUp, DiagnosticSeverity.Warning,
            english: new("Goal no action serves",
                "No action serves goal {0} ({1}); add 'serves {0}' to the actions that work towards it, or an action"),
            swedish: new("Mål som ingen åtgärd bidrar till",
                "Ingen åtgärd bidrar till målet {0} ({1}); lägg till 'serves {0}' i de åtgärder som arbetar mot målet, eller lägg till en åtgärd för det"));

        public static readonly DiagnosticDescriptor ProgrammeGoalNotServed = new(
            "SP5002", FollowUp, DiagnosticSeverity.Info,
            english: new("Programme goal no plan serves",
                "No action of the plans compiled together serves goal {0} of {1} ({2})"),
            swedish: new("Programmål som ingen plan bidrar till",
                "Ingen åtgärd i de planer som kontrolleras tillsammans bidrar till målet {0} i programmet {1} ({2})"));

        public static readonly DiagnosticDescriptor ActionServesNoGoal = new(
            "SP5003", FollowUp, DiagnosticSeverity.Warning,
            english: new("Action serving no goal",
                "Action {0} serves no goal, and its area has neither goals nor 'serves'; add 'serves <goal>'"),
            swedish: new("Åtgärd som inte bidrar till något mål",
                "Åtgärden {0} bidrar inte till något mål, och dess insatsområde har varken mål eller 'serves'; lägg till 'serves <mål>'"));

        public static readonly DiagnosticDescriptor GoalWithoutTarget = new(
            "SP5004", FollowUp, DiagnosticSeverity.Warning,
            english: new("Measurable goal without target",
                "Goal {0} is {1} but has {2}; add 'target <value> in <year>' (and an 'indicator')"),
            swedish: new("Mätbart mål utan målvärde",
                "Målet {0} är {1} men saknar {2}; lägg till 'target <värde> in <år>' (och en 'indicator')"));

        public static readonly DiagnosticDescriptor GoalWithoutIndicator = new(
            "SP5005", FollowUp, DiagnosticSeverity.Info,
            english: new("Goal without indicator or target",
                "Goal {0} has neither an indicator nor a target, so its follow-up is not defined; add 'indicator \"…\"'"),
            swedish: new("Mål utan indikator och målvärde",
                "Målet {0} har varken indikator eller målvärde, så planen anger inte hur målet ska följas upp; lägg till 'indicator \"…\"'"));

        public static readonly DiagnosticDescriptor TargetOutsidePeriod = new(
            "SP5006", FollowUp, DiagnosticSeverity.Warning,
            english: new("Target year outside the plan period",
                "The target of goal {0} is for {1}, outside the plan period {2}; set the target within the period"),
            swedish: new("Målår utanför planens giltighetstid",
                "Målvärdet för målet {0} gäller {1}, utanför planens giltighetstid {2}; ange ett år inom giltighetstiden för målvärdet"));

        public static readonly DiagnosticDescriptor AnnualPlanOutsideProgramme = new(
            "SP5007", FollowUp, DiagnosticSeverity.Error,
            english: new("Annual plan outside its programme",
                "Annual plan {0} covers {1}, outside the period {2} of programme {3}; an annual action plan belongs to a year of its programme"),
            swedish: new("Handlingsplan utanför programmets period",
                "Handlingsplanen {0} gäller {1}, utanför perioden {2} för programmet {3}; en årlig handlingsplan gäller ett av programmets år"));

        public static readonly DiagnosticDescriptor AnnualPlanNotOneYear = new(
            "SP5008", FollowUp, DiagnosticSeverity.Warning,
            english: new("Annual plan not for one year",
                "Annual plan {0} covers {1}; an annual action plan is for one year: write 'period <year>'"),
            swedish: new("Handlingsplan för mer än ett år",
                "Handlingsplanen {0} gäller {1}; en årlig handlingsplan gäller ett år: skriv 'period <år>'"));

        public static readonly DiagnosticDescriptor CompletionOutOfRange = new(
            "SP5009", FollowUp, DiagnosticSeverity.Error,
            english: new("Completion outside 0–100 %",
                "The {0} of action {1} is {2}; a completion is between 0 % and 100 %"),
            swedish: new("Genomförandegrad utanför 0–100 %",
                "{0} för åtgärden {1} är {2}; en genomförandegrad ligger mellan 0 % och 100 %"));

        public static readonly DiagnosticDescriptor NoReviewSchedule = new(
            "SP5010", FollowUp, DiagnosticSeverity.Warning,
            english: new("Municipal plan without review schedule",
                "Municipal plan {0} states no review schedule; add 'review yearly' (or 'review every <n> years')"),
            swedish: new("Kommunal serviceplan utan angiven översyn",
                "Den kommunala serviceplanen {0} anger inte hur ofta den ses över; lägg till 'review yearly' (eller 'review every <n> years')"));

        public static readonly DiagnosticDescriptor PlanNotCurrent = new(
            "SP5011", FollowUp, DiagnosticSeverity.Warning,
            english: new("Plan no longer current",
                "Plan {0} covers {1} and is no longer current on {2} (DslPlanningAsOf); revise it, or replace it with a plan for the coming period"),
            swedish: new("Plan som inte längre är aktuell",
                "Planen {0} gäller {1} och är inte längre aktuell på kontrolldatumet {2} (DslPlanningAsOf); revidera planen, eller ersätt den med en plan för den kommande perioden"));

        public static readonly DiagnosticDescriptor AnnualPlanWithoutProgramme = new(
            "SP5012", FollowUp, DiagnosticSeverity.Warning,
            english: new("Annual plan follows no programme",
                "Annual plan {0} follows no programme; add 'follows <regional programme>'"),
            swedish: new("Handlingsplan som inte följer något program",
                "Handlingsplanen {0} följer inget program; lägg till 'follows <regionalt serviceprogram>'"));

        public static readonly DiagnosticDescriptor PlanWithoutPeriod = new(
            "SP5013", FollowUp, DiagnosticSeverity.Warning,
            english: new("Plan without period",
                "Plan {0} has no period, so years and targets cannot be checked against it; add 'period <first year>..<last year>'"),
            swedish: new("Plan utan giltighetstid",
                "Planen {0} saknar giltighetstid, så år och målvärden kan inte kontrolleras mot den; lägg till 'period <första år>..<sista år>'"));

        public static readonly DiagnosticDescriptor ActionWithoutOwner = new(
            "SP5014", FollowUp, DiagnosticSeverity.Warning,
            english: new("Action without a responsible owner",
                "Action {0} is {1}, but neither it nor its area names who is responsible for carrying it out; add 'owner <actor>' (ansvarig) to the action or its area"),
            swedish: new("Åtgärd utan ansvarig",
                "Åtgärden {0} är {1}, men varken åtgärden eller dess insatsområde anger vem som ansvarar för att genomföra den; lägg till 'owner <aktör>' i åtgärden eller i insatsområdet"));

        public static readonly DiagnosticDescriptor ActionServesOtherArea = new(
            "SP5015", FollowUp, DiagnosticSeverity.Warning,
            english: new("Action serves a goal of another area",
                "Action {0} of area {1}, which serves {2}, serves goal {3} of {4}'s area {5}; an area's actions serve that area's goals, so this is often a goal number copied from another area: correct the goal, or move the action to the area that serves {5}"),
            swedish: new("Åtgärd som bidrar till ett mål i ett annat insatsområde",
                "Åtgärden {0} i insatsområdet {1}, som bidrar till {2}, bidrar till målet {3} i insatsområdet {5} i programmet {4}; ett insatsområdes åtgärder bidrar till det områdets mål, så det är ofta ett målnummer som har kopierats från ett annat område: rätta målet, eller flytta åtgärden till det insatsområde som bidrar till {5}"));

        public static readonly DiagnosticDescriptor NearDuplicateNames = new(
            "SP5016", FollowUp, DiagnosticSeverity.Warning,
            english: new("Near-duplicate names",
                "{0} {1} (\"{2}\") and {7} {3} (\"{4}\", line {5}) differ only {6}; if they are one {7}, keep one declaration and use it everywhere, otherwise make the titles tell them apart"),
            swedish: new("Nästan likadana namn",
                "{0} {1} (\"{2}\") och {3} (\"{4}\", rad {5}) skiljer sig bara åt {6}; om de är samma {7}, behåll en deklaration och använd den överallt, annars ge dem benämningar som skiljer dem åt"));

        public static readonly DiagnosticDescriptor ProgrammeGoalNotInAnnualPlan = new(
            "SP5017", FollowUp, DiagnosticSeverity.Warning,
            english: new("Programme goal not served by the annual plan",
                "Annual plan {0} ({1}) has no activity that serves {2} of {3}: {4}; add activities for them, or 'exception SP5017 \"…\"' where the document says why they wait"),
            swedish: new("Programmål som handlingsplanen inte bidrar till",
                "Handlingsplanen {0} ({1}) har ingen aktivitet som bidrar till {2} i programmet {3}: {4}; lägg till aktiviteter, eller 'exception SP5017 \"…\"' om dokumentet förklarar varför arbetet väntar"));

        public static readonly DiagnosticDescriptor ActionPlanEnded = new(
            "SP5018", FollowUp, DiagnosticSeverity.Warning,
            english: new("Action plan ended while the plan runs on",
                "The actions of plan {0} end in {1}, but the plan runs to {2}: on {3} no action covers {4}; add the actions for the remaining years ('period …' on each action)"),
            swedish: new("Handlingsplanen har löpt ut men planen gäller fortfarande",
                "Åtgärderna i planen {0} slutar {1}, men planen gäller till och med {2}: på kontrolldatumet {3} täcker ingen åtgärd {4}; lägg till åtgärder för de återstående åren ('period …' på varje åtgärd)"));

        public static readonly DiagnosticDescriptor MunicipalPlanWithoutProgramme = new(
            "SP5019", FollowUp, DiagnosticSeverity.Warning,
            english: new("Municipal plan follows no regional programme",
                "Municipal plan {0} follows no regional service programme, so its areas and actions are not checked against the programme's goals, while {1} is compiled together with it; add {2} for the programme the plan is synchronised with"),
            swedish: new("Kommunal serviceplan som inte följer något regionalt serviceprogram",
                "Den kommunala serviceplanen {0} följer inget regionalt serviceprogram, så dess insatsområden och åtgärder kontrolleras inte mot programmets mål, trots att {1} kontrolleras tillsammans med den; lägg till {2} för det program som planen är synkroniserad med"));

        public static readonly DiagnosticDescriptor MeasurementWithoutYear = new(
            "SP5020", FollowUp, DiagnosticSeverity.Warning,
            english: new("Target or baseline without a year",
                "The {0} of goal {1} ({2}) has no year, so the follow-up cannot compare it with the outcome of a year; add 'in <year>', {3}"),
            swedish: new("Målvärde eller utgångsläge utan år",
                "{0} för målet {1} ({2}) anger inget år, så uppföljningen kan inte jämföra det med utfallet för ett visst år; lägg till 'in <år>', {3}"));

        public static readonly DiagnosticDescriptor DuplicateActionTitle = new(
            "SP5021", FollowUp, DiagnosticSeverity.Warning,
            english: new("Two actions with the same title",
                "Actions {0} and {1} (line {2}) have the same title \"{3}\"; if they are one action, merge them, otherwise give each a title that tells them apart"),
            swedish: new("Två åtgärder med samma benämning",
                "Åtgärderna {0} och {1} (rad {2}) har samma benämning \"{3}\"; om de är samma åtgärd, slå ihop dem, annars ge dem benämningar som skiljer dem åt"));
    }
}
