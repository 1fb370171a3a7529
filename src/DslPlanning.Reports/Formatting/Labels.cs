namespace DslPlanning.Reports.Formatting
{
    /// <summary>The Swedish headings and labels of the reports, in the words of the planning documents.</summary>
    public static class Labels
    {
        // Sections
        public const string Overview = "Översikt";
        public const string Areas = "Prioriterade områden";
        public const string ActionPlan = "Handlingsplan";
        public const string Funding = "Finansiering";
        public const string PlacesAndLevels = "Orter och servicenivåer";
        public const string Subsidies = "Stöd";
        public const string FollowUp = "Uppföljning";
        public const string RegionalGoals = "Mål enligt RSP";
        public const string Completeness = "Fullständighet";
        public const string Findings = "Särskilda skäl och anmärkningar";
        public const string Contents = "Innehåll";

        // Overview
        public const string Plan = "Plan";
        public const string Kind = "Typ";
        public const string Name = "Namn";
        public const string Owner = "Ägare";
        public const string Period = "Giltighetstid";
        public const string Review = "Översyn";
        public const string Revision = "Revidering";
        public const string Adopted = "Beslutad";
        public const string AdoptedBy = "Antagen av";
        public const string MinuteParagraph = "Paragraf";
        public const string DiaryNumber = "Diarienummer";
        public const string PreparedBy = "Framtagen av";
        public const string RevisionOwner = "Ansvarig för revidering";
        public const string InForce = "Gäller från";
        public const string ExtendedTo = "Förlängd till";
        public const string Follows = "Följer";
        public const string FollowedBy = "Följs av";
        public const string Reporting = "Rapportering";
        public const string Source = "Källa";
        public const string Excerpt = "Utdrag";
        public const string Aim = "Övergripande mål";
        public const string Purpose = "Syfte";
        public const string Scope = "Avgränsningar";
        public const string Indicators = "Indikatorer";
        public const string Notes = "Noteringar";

        // Areas, goals, actions
        public const string Area = "Insatsområde";
        public const string Priority = "Prioritet";
        public const string Goal = "Mål";
        public const string Goals = "Mål";
        public const string Actions = "Insatser";
        public const string Action = "Insats";
        public const string PlannedAction = "Planerad insats";
        public const string Number = "Nr";
        public const string SubGoal = "Delmål";
        public const string GoalsInRsp = "Mål enligt RSP";
        public const string GoalsInOtherPlans = "Mål i andra planer";
        public const string Serves = "Tjänar";
        public const string Description = "Beskrivning";
        public const string ActionDescription = "Beskrivning av aktivitet";
        public const string Responsible = "Ansvarig utförare";
        public const string Performers = "Utförare";
        public const string Status = "Status";
        public const string OutsideAreas = "Utanför insatsområden";
        public const string OtherRoles = "Övriga aktörer";
        public const string ExampleMeasures = "Exempel på åtgärder";
        public const string ExampleMeasure = "Åtgärd";

        // Funding
        public const string Funder = "Finansiär";
        public const string Cost = "Kostnad";
        public const string CostPerYear = "Kostnad per år";
        public const string Share = "Andel";
        public const string Amount = "Belopp";
        public const string PerYear = "Per år";
        public const string Year = "År";
        public const string Years = "År";
        public const string Comment = "Kommentar";
        public const string Budget = "Budget";
        public const string Committed = "Åtagande";
        public const string CommittedInPlan = "Åtagande i planen";
        public const string CommittedInAllPlans = "Åtagande i alla planer";
        public const string OverBudget = "Över budget";
        public const string TooLarge = "för stort för att räknas";

        // Places
        public const string ServiceLevel = "Servicenivå";
        public const string ServiceLevels = "Servicenivåer";
        public const string Level = "Nivå";
        public const string Places = "Orter";
        public const string Place = "Ort";
        public const string ServicesPresent = "Service som finns";
        public const string Missing = "Saknas";
        public const string Store = "Butik";
        public const string Nearest = "Närmaste service";
        public const string Municipality = "Kommun";
        public const string WithoutLevel = "Utan servicenivå";

        // Subsidies
        public const string Subsidy = "Stöd";
        public const string Schemes = "Stödformer";
        public const string Condition = "Villkor";
        public const string Limit = "Gräns";
        public const string AppliesWhen = "Gäller när";
        public const string Recipient = "Mottagare";
        public const string AmountApplied = "Sökt belopp";
        public const string MaximumAmount = "Högsta belopp";
        public const string AmountPer = "Avser";
        public const string Basis = "Grund";
        public const string Reasons = "Skäl";

        // Follow-up
        public const string Indicator = "Indikator";
        public const string Baseline = "Utgångsläge";
        public const string Target = "Målvärde";
        public const string Actual = "Utfall";
        public const string Assessment = "Bedömning";
        public const string Progress = "Genomfört";
        public const string Reached = "uppnått";
        public const string NotReached = "ej uppnått";

        // Regional goals
        public const string RegionalGoal = "Mål i RSP";
        public const string ServedBy = "Tjänas av";
        public const string Served = "tjänas";
        public const string NotServed = "tjänas inte";

        // Findings
        public const string JustifiedExceptions = "Särskilda skäl";
        public const string Warnings = "Varningar";
        public const string Information = "Information";
        public const string AppliesTo = "Gäller";
        public const string Rule = "Regel";
        public const string Severity = "Allvarlighet";
        public const string Message = "Meddelande";
        public const string Location = "Plats i planen";
    }
}
