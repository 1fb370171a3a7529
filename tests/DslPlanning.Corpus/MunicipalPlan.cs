using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DslPlanning.Corpus
{
    /// <summary>A municipal service plan shaped like Krokom's: service levels with places and stores, three areas serving the regional programme, funded actions, subsidy applications.</summary>
    internal static class MunicipalPlan
    {
        private static readonly string[] Measures =
        {
            "Informationsträffar med servicegivare", "Företagsbesök hos lanthandlare", "Kommunikationsinsatser om lokal service",
            "Samverkan i det regionala nätverket", "Utveckling av mötesplatser i butikerna", "Upphandling med lokala butiker",
            "Arbete med service- och trygghetspunkter", "Kartläggning av servicebehov",
        };

        public static string Name(int municipality) => "Kommun" + municipality.ToString("000", CultureInfo.InvariantCulture);

        public static string Write(int municipality, int region, Names names, int areas = 3, int actionsPerArea = 7, int placesPerLevel = 6)
        {
            var programme = RegionalProgramme.Name(region);
            var plan = new PlanWriter();
            plan.Line($"# Kommunalt serviceprogram {municipality:000} (genererat, korpus i nationell skala)");
            plan.Open($"municipal plan {Name(municipality)} \"Kommersiellt serviceprogram för kommun {municipality:000} 2023–2030\"");
            plan.Line("owner Kommunen")
                .Line("period 2023..2030")
                .Line("review yearly")
                .Line("revision 2028")
                .Line($"follows {programme}")
                .Line("report to Kommunstyrelsen yearly")
                .Line("aim \"Bevarad eller ökad tillgänglighet till basservice i hela kommunen.\"")
                .Line()
                .Line($"actor Kommunen \"Kommun {municipality:000}\" municipality")
                .Line("actor Kommunstyrelsen \"Kommunstyrelsen\" department")
                .Line("actor Näringslivskontoret \"Näringslivskontoret\" department")
                .Line("funder Kommunstyrelsen \"Kommunstyrelsen\" municipality budget 3 000 000 kr per year")
                .Line("funder Regionbidrag \"Regionens hemsändningsbidrag\" region")
                .Line()
                .Line("level 1 \"Centralort\" { description \"Bevara och utveckla i centralorten.\" }")
                .Line("level 2 \"Serviceort med servicekontor\"")
                .Line("level 3 \"Lokal servicepunkt\"")
                .Line("level 4 \"Lokal utvecklingsnod\"");

            var servicePoints = WritePlaces(plan, names, placesPerLevel);

            for (var area = 1; area <= areas; area++)
            {
                var regionalArea = (area - 1) % RegionalProgramme.Areas.Length + 1;
                plan.Line();
                plan.Open($"area IO{area} \"{RegionalProgramme.Areas[regionalArea - 1]} i kommunen\" priority {area} serves {programme}.IO{regionalArea}");
                plan.Line("owner Näringslivskontoret");
                for (var goal = 1; goal <= 2; goal++)
                {
                    plan.Line($"goal M{area}.{goal} \"Delmål {area}.{goal}\" serves {programme}.{regionalArea}.{goal} {{ indicator \"Antal genomförda insatser för delmål {area}.{goal}\" }}");
                }

                for (var action = 1; action <= actionsPerArea; action++)
                {
                    WriteAction(plan, names, area, action, servicePoints);
                }

                plan.Close();
            }

            return plan.Close().ToString();
        }

        private static List<string> WritePlaces(PlanWriter plan, Names names, int placesPerLevel)
        {
            var used = new HashSet<string>();
            string Unique()
            {
                var name = names.Place();
                for (var suffix = 2; !used.Add(name); suffix++)
                {
                    name = names.Place() + suffix.ToString(CultureInfo.InvariantCulture);
                }

                return name;
            }

            plan.Line();
            plan.Line($"place {Unique()} level 1 {{ services groceries, fuel, post, pharmacy, payments }}");
            for (var i = 0; i < Math.Max(1, placesPerLevel / 2); i++)
            {
                plan.Line($"place {Unique()} level 2 {{ services groceries, fuel, post, service-office }}");
            }

            var servicePoints = new List<string>();
            for (var i = 0; i < placesPerLevel; i++)
            {
                var name = Unique();
                servicePoints.Add(name);
                var turnover = names.Next(20, 60) * 100_000L;
                plan.Open($"place {name} level 3");
                plan.Line($"description \"Lokal servicepunkt med dagligvarubutik i {name}.\"")
                    .Line("services groceries, " + (names.Chance(0.5) ? "fuel, " : string.Empty) + "post, infopoint")
                    .Line($"store turnover {PlanWriter.Kronor(turnover)}, articles {names.Next(11, 30) * 100}, open {names.Next(40, 61)} h/week, year-round")
                    .Line($"nearest groceries {names.Next(11, 46)} km, fuel {names.Next(5, 30)} km")
                    .Close();
            }

            for (var i = 0; i < Math.Max(1, placesPerLevel / 2); i++)
            {
                plan.Line($"place {Unique()} level 4 {{ needs groceries }}");
            }

            plan.Line($"place {Unique()} {{ needs {names.Pick(new[] { "pharmacy", "charging", "payments" })} }}");
            return servicePoints;
        }

        private static void WriteAction(PlanWriter plan, Names names, int area, int action, List<string> servicePoints)
        {
            var goal = action % 2 + 1;
            var name = $"Insats{area}_{action}";
            if (area == 2 && action == 1)
            {
                plan.Open($"action Hemsändning{area} \"Hemsändningsbidrag\" serves M{area}.{goal}");
                plan.Line("owner Näringslivskontoret")
                    .Line("status ongoing")
                    .Line("cost 200 kr per delivery")
                    .Line("funding Kommunstyrelsen 50 %, Regionbidrag 50 %");
                plan.Open("subsidy home-delivery-grant in 2024..2026");
                plan.Line("recipient Kommunen")
                    .Line("paid-by Regionbidrag")
                    .Line("exception SP4004 \"Programmet anger inte kommunens nettoutgift per år\"")
                    .Close();
                plan.Close();
                return;
            }

            if (area == 2 && action == 2)
            {
                plan.Open($"action Serviceavtal{area} \"Avtal med lokala servicepunkter om serviceuppdrag\" serves M{area}.{goal}");
                plan.Line("owner Näringslivskontoret")
                    .Line("cost at most 50 000 kr per place per year")
                    .Line("funding Kommunstyrelsen")
                    .Line("places " + string.Join(", ", servicePoints))
                    .Close();
                return;
            }

            if (area == 1 && action == 1 && names.Chance(0.5))
            {
                var place = servicePoints[0];
                plan.Open($"action Driftstöd{area} \"Särskilt driftstöd till butiken i {place}\" serves M{area}.{goal}");
                plan.Line("owner Näringslivskontoret")
                    .Line("funding Kommunstyrelsen")
                    .Open($"subsidy operating-aid in 2024 for {place}")
                    .Line("recipient Kommunen")
                    .Close()
                    .Close();
                return;
            }

            plan.Line($"# §2.4.{area}: {names.Pick(Measures).ToLowerInvariant()}");
            plan.Open($"action {name} \"{names.Pick(Measures)}\" serves M{area}.{goal}");
            plan.Line($"description \"{names.Pick(Measures)} i {names.Place()}.\"")
                .Line("note \"Ansvar för åtgärd: Näringslivskontoret; följs upp vid den årliga översynen.\"")
                .Line(names.Chance(0.6) ? "owner Näringslivskontoret" : "owner Näringslivskontoret, Kommunstyrelsen");
            if (names.Chance(0.6))
            {
                plan.Line($"cost {PlanWriter.Kronor(names.Next(2, 10) * 10_000L)} per year")
                    .Line(names.Chance(0.5) ? "funding Kommunstyrelsen" : "funding Kommunstyrelsen 50 %, Regionbidrag 50 %");
            }
            else
            {
                plan.Line("funding Kommunstyrelsen");
            }

            plan.Close();
        }
    }
}
