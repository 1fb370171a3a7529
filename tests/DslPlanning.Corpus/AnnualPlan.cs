using System.Globalization;

namespace DslPlanning.Corpus
{
    /// <summary>An annual action plan shaped like Västerbotten's 2018 plan: activities with completion targets serving the programme's goals.</summary>
    internal static class AnnualPlan
    {
        public static string Name(int region, int year) => "Region" + region.ToString("00", CultureInfo.InvariantCulture) + "HP" + year.ToString(CultureInfo.InvariantCulture);

        public static string Write(int region, int year, Names names)
        {
            var programme = RegionalProgramme.Name(region);
            var plan = new PlanWriter();
            plan.Open($"annual plan {Name(region, year)} \"Handlingsplan {year} för det regionala serviceprogrammet, län {region:00}\"");
            plan.Line($"follows {programme}")
                .Line($"period {year}")
                .Line($"owner {programme}.Länsstyrelsen")
                .Line("purpose \"Konkreta insatser för att arbetet inom serviceprogrammet ska leda till uppsatta mål.\"")
                .Line("exception SP3008 \"Handlingsplanen anger finansiering bara för en del av aktiviteterna\"");
            for (var area = 1; area <= RegionalProgramme.Areas.Length; area++)
            {
                plan.Line();
                plan.Open($"area PO{area} \"{RegionalProgramme.Areas[area - 1]}\" priority {area} serves {programme}.IO{area}");
                for (var activity = 1; activity <= names.Next(3, 6); activity++)
                {
                    var goal = names.Next(1, RegionalProgramme.GoalsPerArea + 1);
                    plan.Open($"action Aktivitet{area}_{activity} \"{names.Pick(Activities)} i {names.Place()}\"");
                    plan.Line(names.Chance(0.2) ? "completion > 50 %" : $"completion {names.Pick(Completions)} %")
                        .Line($"serves {programme}.{area}.{goal}")
                        .Line($"description \"{names.Pick(Activities)} enligt handlingsplanen {year}.\"")
                        .Line("note \"Följs upp i slutet av året enligt Tillväxtverkets riktlinjer.\"")
                        .Line(names.Chance(0.5) ? $"owner {programme}.Kommunerna, {programme}.Länsstyrelsen" : $"owner {programme}.Länsstyrelsen");
                    if (names.Chance(0.4))
                    {
                        plan.Line($"funding {programme}.Anslag11 {PlanWriter.Kronor(names.Next(5, 40) * 10_000L)} in {year}");
                    }

                    plan.Close();
                }

                plan.Close();
            }

            return plan.Close().ToString();
        }

        private static readonly string[] Activities = { "Företagsbesök", "Informationsträffar", "Serviceverkstad", "Handlardag", "Studieresa", "Servicekonferens", "Kartläggning av servicenivån", "Webbuppdateringar" };
        private static readonly string[] Completions = { "100", "100", "100", "50", "75" };
    }
}
