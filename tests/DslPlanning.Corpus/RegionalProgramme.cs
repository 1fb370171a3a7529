using System.Globalization;

namespace DslPlanning.Corpus
{
    /// <summary>A regional service programme shaped like Västerbotten's: four ranked areas, numbered goals, output/result goals, proposed actions, subsidy terms.</summary>
    internal static class RegionalProgramme
    {
        public static readonly string[] Areas =
        {
            "Stöd till kommersiell service",
            "Samordnings- och samverkanslösningar",
            "Ny teknik och innovativa servicelösningar",
            "Ny kunskap och kompetensutveckling",
        };

        public static string Name(int region) => "Region" + region.ToString("00", CultureInfo.InvariantCulture) + "RSP";

        public static int GoalsPerArea => 3;

        public static string Write(int region, Names names)
        {
            var plan = new PlanWriter();
            var number = region.ToString("00", CultureInfo.InvariantCulture);
            plan.Line($"# Regionalt serviceprogram för län {number} (genererat, korpus i nationell skala)");
            plan.Open($"regional plan {Name(region)} \"Regionalt serviceprogram för län {number} 2023–2030\"");
            plan.Line("owner Länsstyrelsen")
                .Line("period 2023..2030")
                .Line("review yearly")
                .Line("report to Tillväxtverket yearly by 01-31 from 2024")
                .Line("aim \"Skapa förutsättningar för människor och företag att bo och verka i alla delar av länet.\"")
                .Line("indicator \"Tillgänglighet till dagligvarubutik och drivmedel samt aktuella serviceplaner i alla kommuner\"")
                .Line()
                .Line($"actor Länsstyrelsen \"Länsstyrelsen i län {number}\" county-board")
                .Line("actor Tillväxtverket \"Tillväxtverket\" agency")
                .Line("actor Kommunerna \"Länets kommuner\" municipality")
                .Line("actor Regionen \"Regionen\" region")
                .Line($"funder Anslag11 \"1:1-anslaget Regionala tillväxtåtgärder\" appropriation budget {PlanWriter.Kronor(names.Next(40, 80) * 1_000_000L)} per year")
                .Line("funder Landsbygdsprogrammet \"Landsbygdsprogrammet\" programme")
                .Line("funder Strukturfonden \"Regionalt strukturfondsprogram\" eu-fund")
                .Line()
                .Line("level serviceort \"Serviceort\" { description \"Centralorten i kommunen med centrala samhällsfunktioner.\" }")
                .Line("level servicenod \"Servicenod\" { description \"Strategiskt viktig ort som kommunen pekat ut.\" }")
                .Line("level servicepunkt \"Servicepunkt\" { description \"Lokalt serviceställe med ett mindre utbud.\" }")
                .Line()
                .Line("exception SP5004 \"Programmet anger inga målvärden för resultatmålen\"");

            for (var area = 1; area <= Areas.Length; area++)
            {
                plan.Line();
                plan.Open($"area IO{area} \"{Areas[area - 1]}\" priority {area}");
                plan.Line("owner Kommunerna, Länsstyrelsen, Regionen")
                    .Line("funding Anslag11, Landsbygdsprogrammet, Strukturfonden")
                    .Line($"description \"Insatsområde {area} i länets serviceprogram.\"");
                for (var goal = 1; goal <= GoalsPerArea; goal++)
                {
                    plan.Line($"# Mål enligt programmet, insatsområde {area}")
                        .Open($"goal {area}.{goal} \"Mål {area}.{goal} för {Areas[area - 1].ToLowerInvariant()}\"")
                        .Line($"indicator \"Andel kommuner med insatser inom mål {area}.{goal}\"")
                        .Line($"description \"Målet följs upp årligen i delredovisningen till Tillväxtverket ({names.Place()}).\"")
                        .Close();
                }

                plan.Open($"goal IO{area}.Insats \"Minst {names.Next(3, 16)} insatser per år inom området\" output");
                plan.Line("indicator \"Antal genomförda insatser\"")
                    .Line($"target at least {names.Next(3, 16)} per year in 2030")
                    .Close();
                plan.Line($"goal IO{area}.Resultat \"Ett bibehållande av försäljningsställen med förutsättningar att bli lönsamma\" result");
                for (var example = 1; example <= names.Next(4, 7); example++)
                {
                    plan.Open($"action Exempel{area}_{example} \"Exempel på åtgärd {example} inom {Areas[area - 1].ToLowerInvariant()}\"");
                    plan.Line("status proposed")
                        .Line($"description \"Samordnas av kommunen eller i samverkan mellan närliggande kommuner ({names.Place()}).\"")
                        .Line("note \"Exempel på åtgärd ur programmet; genomförs i årliga handlingsplaner.\"")
                        .Close();
                }

                plan.Close();
            }

            plan.Line();
            plan.Open("scheme operating-aid \"Avståndskriterier\"");
            plan.Line("nearest-store more than 10 km")
                .Line("nearest-fuel more than 20 km")
                .Line("nearest-fuel at least 15 km \"om det inte finns en dagligvarubutik på orten\"")
                .Line("note \"Vid särskilda skäl kan undantag från avståndskriteriet göras.\"")
                .Close();
            plan.Open("scheme service-grant \"Servicebidrag\"");
            plan.Line("amount at most 250 000 kr per year")
                .Line("amount at most 300 000 kr per year \"väl utbyggt utbud eller servicestrategiskt betydelsefull\"")
                .Line("years at most 3 years")
                .Close();
            return plan.Close().ToString();
        }
    }
}
