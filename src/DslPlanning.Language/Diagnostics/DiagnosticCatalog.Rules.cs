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
            "SP1016", "Justified exception applied",
            "Justified exception: {0} is not reported here ({1}) because: {2}", Structure, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor ExceptionUnused = new(
            "SP1017", "Exception suppresses nothing",
            "The exception names {0}, but {0} reports nothing here; remove the exception, or move it to the element the rule reports", Structure, DiagnosticSeverity.Warning);

        // SP2xxx priority levels
        public static readonly DiagnosticDescriptor AreaWithoutRank = new(
            "SP2001", "Priority area without rank",
            "Area {0} has no rank, while other areas of the plan are ranked ({1}); add 'priority <n>' to the area", Priority, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PlanWithoutRanks = new(
            "SP2002", "Areas without a priority order",
            "None of the {0} areas of plan {1} has a rank, so the plan states no priority order; add 'priority 1', 'priority 2' … to the areas if the document ranks them", Priority, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor DuplicateRank = new(
            "SP2003", "Two areas with the same rank",
            "Areas {0} and {1} both have rank {2}; give each area its own rank", Priority, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor RankGap = new(
            "SP2004", "Gap in the ranks of areas",
            "The ranks of the areas are {0}; rank {1} is missing: {2}", Priority, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ActionWithoutPriority = new(
            "SP2005", "Action without priority",
            "Action {0} has no priority, but the plan ranks its actions ({1}); add 'priority <level>'", Priority, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnknownPriority = new(
            "SP2006", "Unknown priority",
            "Priority '{0}' of action {1} is not on the plan's scale ({2}){3}; use one of them, or add it with 'priorities'", Priority, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor PlaceWithoutLevel = new(
            "SP2007", "Designated place without service level",
            "Place {0} is named by {1} but has no service level; add 'level <key>' (the plan's levels: {2})", Priority, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnknownLevel = new(
            "SP2008", "Unknown service level",
            "Place {0} has level '{1}', which the plan does not declare{2}; declare it with 'level {1} \"…\"' or use one of: {3}", Priority, DiagnosticSeverity.Error);

        // SP3xxx funding
        public static readonly DiagnosticDescriptor CostWithoutFunding = new(
            "SP3001", "Unfunded action",
            "Action {0} costs {1} but has no funding source (nor has its area); add 'funding <funder> …'", Funding, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NoFundingStated = new(
            "SP3002", "No funding stated",
            "Action {0} states neither a cost nor a funding source; add 'funding <funder>' when the document says who pays", Funding, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor SharesOverHundred = new(
            "SP3003", "Funding shares over 100 %",
            "The funding shares of action {0} add up to {1} ({2}), more than 100 %; correct the shares", Funding, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SharesUnderHundred = new(
            "SP3004", "Funding shares under 100 %",
            "The funding shares of action {0} add up to {1} ({2}), so {3} of the cost has no funder; add the missing share or source", Funding, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor AmountsBelowCost = new(
            "SP3005", "Funding does not cover the cost",
            "The funding of action {0} is {1} {2}, but the cost is {3} {2}: {4} is not covered; raise the amounts or add a source", Funding, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor OverBudget = new(
            "SP3006", "Funder committed beyond its budget",
            "Funder {0} is committed beyond its budget in {1}: in {2} it is committed {3} ({4}), {5} above its budget of {6}; lower the commitments or raise the budget", Funding, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor FundingOutsidePeriod = new(
            "SP3007", "Funding outside the period",
            "Funding from {0} is for {1}, outside the {2} {3}; correct the years", Funding, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ActionPlanWithoutFunding = new(
            "SP3008", "Action of an action plan without funding",
            "Action {0} names no funding source (nor does its area), and {1} states who pays for each of its actions; add 'funding <funder>' as the document says, or 'exception SP3008 \"…\"' where it says why none is named", Funding, DiagnosticSeverity.Warning);

        // SP4xxx subsidy preconditions
        public static readonly DiagnosticDescriptor NoCurrentPlan = new(
            "SP4001", "No current service plan with designated places",
            "The {0} application for {1} requires the municipality to have planned its goods supply (SFS 2000:284 6 §): a current service plan with designated service-strategic places; {2}", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SubsidyWithoutYear = new(
            "SP4002", "Subsidy application without year",
            "The {0} application has no year, so its legal conditions cannot be checked; write 'subsidy {0} in <year>'", Subsidy, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NoLawFigures = new(
            "SP4003", "No law figures for the year",
            "There are no figures for {0} in {1} (the table covers {2}), so these were not checked: {3}; check them by hand, or add the year's figures to the law table with their source", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor LawFiguresCarriedForward = new(
            "SP4006", "Law figures carried forward",
            "{0} checked against {1}'s amounts, the last year of {2} ({3}); check them again when the figures for {0} are known", Subsidy, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor MissingSubsidyFact = new(
            "SP4004", "Fact needed by a subsidy condition is missing",
            "The {0} application does not state {1}, so {2} cannot be checked; add '{3}'", Subsidy, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor GrantAmountMissing = new(
            "SP4005", "Amount applied for not stated",
            "The {0} application does not state the amount applied for{1}, so {2} cannot be checked; add 'amount <kr>'{3}", Subsidy, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ServiceGrantOverCap = new(
            "SP4010", "Service grant over the cap",
            "The service grant applied for is {0} per year{3}, above the cap of {1}{2} (SFS 2000:284); apply for at most {1} a year to one recipient", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ServiceGrantTooLong = new(
            "SP4011", "Service grant for more than three years",
            "The service grant is applied for {0} years ({1}){3}; it is given for at most {2} years in total (SFS 2000:284)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ServiceGrantWithoutReasons = new(
            "SP4012", "Service grant without special reasons",
            "A service grant is given only with special reasons (SFS 2000:284); state them as: exception SP4012 \"särskilda skäl: …\"", Subsidy, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ServiceGrantWithoutOtherMeasures = new(
            "SP4013", "Service grant before other measures were tried",
            "A service grant is given only after other measures were tried and found not to serve (SFS 2000:284), and the application does not state it; add 'other-measures-tried' when they were", Subsidy, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor HomeDeliveryRecipient = new(
            "SP4020", "Home-delivery grant to someone other than a municipality",
            "Home-delivery grants are given to municipalities only (SFS 2000:284 19 §), but the recipient {0} is {1}; make the municipality the recipient", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor HomeDeliveryShare = new(
            "SP4021", "Home-delivery grant over half the net cost",
            "The home-delivery grant of {0} is more than {1} of the {2}; it may be at most {3} (SFS 2000:284 20 §)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor HomeDeliveryPerDelivery = new(
            "SP4022", "Home-delivery grant over 100 kr per household and delivery",
            "The home-delivery grant is {0} per household and delivery{1}; it may be at most {2} per household and delivery (SFS 2000:284 20 §)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor HomeDeliveryMinimumCost = new(
            "SP4023", "Home delivery below half a prisbasbelopp",
            "The {0} of {1} is below half the prisbasbelopp in {2} ({3}); a home-delivery grant is given only when the net or direct cost is at least that (SFS 2000:284 20 §)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OperatingAidDistance = new(
            "SP4030", "Store too close to another store",
            "Operating aid requires the store to lie more than {0} from another store with a varied grocery range, or on an island without a fixed land connection; {1} is {2} away (SFS 2000:284)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OperatingAidSeasonal = new(
            "SP4031", "Store not open year-round",
            "Operating aid requires fixed premises open year-round; {0} is stated as {1} (SFS 2000:284)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OperatingAidHours = new(
            "SP4032", "Store open too few hours",
            "With a turnover of {0} the store must be open on average at least {1} year-round, but it is open {2} (SFS 2000:284, bilaga 1)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OperatingAidTurnover = new(
            "SP4033", "Turnover above 11 million kr",
            "Operating aid requires a net grocery turnover of at most {0}; the store's is {1} (SFS 2000:284)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OperatingAidArticles = new(
            "SP4034", "Range not varied",
            "A varied grocery range means at least {0} articles incl. dairy, charcuterie, eggs, fresh bread, fruit and vegetables; the store has {1}{2} (SFS 2000:284, bilaga 1)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OperatingAidAmount = new(
            "SP4035", "Operating aid above the amount the turnover gives",
            "The operating aid applied for is {0}, but a turnover of {1} gives at most {2} in {3} (turnover model of SFS 2000:284, bilaga 1); apply for at most {2}", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvestmentTooSmall = new(
            "SP4040", "Investment below the minimum",
            "Investment aid is given for eligible costs {0}; the costs are {1} (Landsbygdsprogrammet)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvestmentOverShare = new(
            "SP4041", "Investment aid over the share",
            "The investment aid applied for, {0}, is more than {1} of the eligible costs {2}; at most {3} may be given {4} (Landsbygdsprogrammet)", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor RegionalGroceryDistance = new(
            "SP4050", "Regional distance criterion for grocery stores not met",
            "{0} states that a grocery store must lie {1} from the nearest service place; {2} is {3} away; an exception needs special reasons", Subsidy, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor RegionalFuelDistance = new(
            "SP4051", "Regional distance criterion for fuel stations not met",
            "{0} states that a fuel station must lie {1} from the nearest other{2}; {3} is {4} away; an exception needs special reasons", Subsidy, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PaymentServicesCommercial = new(
            "SP4060", "Payment services provided commercially",
            "Support for basic payment services is not given where another actor is likely to provide them commercially within reasonable time (SFS 2014:139); the application states 'commercial-alternative'", Subsidy, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor PaymentServicesFacts = new(
            "SP4061", "Need for payment services not shown",
            "Support for basic payment services is judged by the distance to the nearest provider and the estimated number of users (SFS 2014:139); the application does not state {0}", Subsidy, DiagnosticSeverity.Warning);

        // SP5xxx goals and follow-up
        public static readonly DiagnosticDescriptor GoalNotServed = new(
            "SP5001", "Goal no action serves",
            "No action serves goal {0} ({1}); add 'serves {0}' to the actions that work towards it, or an action", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ProgrammeGoalNotServed = new(
            "SP5002", "Programme goal no plan serves",
            "No action of the plans compiled together serves goal {0} of {1} ({2})", FollowUp, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor ActionServesNoGoal = new(
            "SP5003", "Action serving no goal",
            "Action {0} serves no goal, and its area has neither goals nor 'serves'; add 'serves <goal>'", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor GoalWithoutTarget = new(
            "SP5004", "Measurable goal without target",
            "Goal {0} is {1} but has {2}; add 'target <value> in <year>' (and an 'indicator')", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor GoalWithoutIndicator = new(
            "SP5005", "Goal without indicator or target",
            "Goal {0} has neither an indicator nor a target, so its follow-up is not defined; add 'indicator \"…\"'", FollowUp, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor TargetOutsidePeriod = new(
            "SP5006", "Target year outside the plan period",
            "The target of goal {0} is for {1}, outside the plan period {2}; set the target within the period", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor AnnualPlanOutsideProgramme = new(
            "SP5007", "Annual plan outside its programme",
            "Annual plan {0} covers {1}, outside the period {2} of programme {3}; an annual action plan belongs to a year of its programme", FollowUp, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor AnnualPlanNotOneYear = new(
            "SP5008", "Annual plan not for one year",
            "Annual plan {0} covers {1}; an annual action plan is for one year: write 'period <year>'", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor CompletionOutOfRange = new(
            "SP5009", "Completion outside 0–100 %",
            "The {0} of action {1} is {2}; a completion is between 0 % and 100 %", FollowUp, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NoReviewSchedule = new(
            "SP5010", "Municipal plan without review schedule",
            "Municipal plan {0} states no review schedule; add 'review yearly' (or 'review every <n> years')", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PlanNotCurrent = new(
            "SP5011", "Plan no longer current",
            "Plan {0} covers {1} and is no longer current on {2} (DslPlanningAsOf); revise it, or replace it with a plan for the coming period", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor AnnualPlanWithoutProgramme = new(
            "SP5012", "Annual plan follows no programme",
            "Annual plan {0} follows no programme; add 'follows <regional programme>'", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PlanWithoutPeriod = new(
            "SP5013", "Plan without period",
            "Plan {0} has no period, so years and targets cannot be checked against it; add 'period <first year>..<last year>'", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ActionWithoutOwner = new(
            "SP5014", "Action without a responsible owner",
            "Action {0} is {1}, but neither it nor its area names who is responsible for carrying it out; add 'owner <actor>' (ansvarig) to the action or its area", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ActionServesOtherArea = new(
            "SP5015", "Action serves a goal of another area",
            "Action {0} of area {1}, which serves {2}, serves goal {3} of {4}'s area {5}; an area's actions serve that area's goals, so this is often a goal number copied from another area: correct the goal, or move the action to the area that serves {5}", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NearDuplicateNames = new(
            "SP5016", "Near-duplicate names",
            "{0} {1} (\"{2}\") and {7} {3} (\"{4}\", line {5}) differ only {6}; if they are one {7}, keep one declaration and use it everywhere, otherwise make the titles tell them apart", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ProgrammeGoalNotInAnnualPlan = new(
            "SP5017", "Programme goal not served by the annual plan",
            "Annual plan {0} ({1}) has no activity that serves {2} of {3}: {4}; add activities for them, or 'exception SP5017 \"…\"' where the document says why they wait", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ActionPlanEnded = new(
            "SP5018", "Action plan ended while the plan runs on",
            "The actions of plan {0} end in {1}, but the plan runs to {2}: on {3} no action covers {4}; add the actions for the remaining years ('period …' on each action)", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MunicipalPlanWithoutProgramme = new(
            "SP5019", "Municipal plan follows no regional programme",
            "Municipal plan {0} follows no regional service programme, so its areas and actions are not checked against the programme's goals, while {1} is compiled together with it; add {2} for the programme the plan is synchronised with", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MeasurementWithoutYear = new(
            "SP5020", "Target or baseline without a year",
            "The {0} of goal {1} ({2}) has no year, so the follow-up cannot compare it with the outcome of a year; add 'in <year>', {3}", FollowUp, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateActionTitle = new(
            "SP5021", "Two actions with the same title",
            "Actions {0} and {1} (line {2}) have the same title \"{3}\"; if they are one action, merge them, otherwise give each a title that tells them apart", FollowUp, DiagnosticSeverity.Warning);
    }
}
