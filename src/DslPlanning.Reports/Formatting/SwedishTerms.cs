using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Reports.Formatting
{
    /// <summary>The Swedish words of the planning documents for the model's kinds (see the glossary of docs/language.md).</summary>
    public static class SwedishTerms
    {
        public static string Of(PlanKind kind) => kind switch
        {
            PlanKind.National => "Nationellt program",
            PlanKind.Regional => "Regionalt serviceprogram",
            PlanKind.Annual => "Handlingsplan",
            _ => "Kommunal serviceplan",
        };

        public static string Of(ServiceKind service) => service switch
        {
            ServiceKind.Groceries => "dagligvaror",
            ServiceKind.Fuel => "drivmedel",
            ServiceKind.Post => "postombud",
            ServiceKind.Parcels => "paketombud",
            ServiceKind.Pharmacy => "apoteksombud",
            ServiceKind.Payments => "grundläggande betaltjänster",
            ServiceKind.Cash => "kontantuttag",
            ServiceKind.Charging => "snabbladdning",
            ServiceKind.Infopoint => "Infopoint",
            ServiceKind.SafetyPoint => "SOT-punkt",
            ServiceKind.MeetingPlace => "mötesplats",
            ServiceKind.Internet => "internet",
            ServiceKind.UnmannedStore => "obemannad butik",
            ServiceKind.ServiceOffice => "servicekontor",
            _ => "hemsändning",
        };

        public static string Of(PlaceStatus status) => status switch
        {
            PlaceStatus.Planned => "planerad",
            PlaceStatus.Closed => "nedlagd",
            _ => "befintlig",
        };

        public static string Of(Seasonality seasonality) => seasonality == Seasonality.Seasonal ? "säsongsbutik" : "öppen året runt";

        public static string Of(GoalKind kind) => kind switch
        {
            GoalKind.Output => "insatsmål",
            GoalKind.Result => "resultatmål",
            _ => "effektmål",
        };

        /// <summary>What an action or goal lacks, as the report's list of gaps says it.</summary>
        public static string Of(CompletenessGap gap) => gap switch
        {
            CompletenessGap.Owner => "ansvarig utförare",
            CompletenessGap.Funding => "finansiering",
            CompletenessGap.Goals => "mål som insatsen tjänar",
            CompletenessGap.Indicator => "indikator",
            _ => "målvärde",
        };

        public static string Of(ActionStatus status) => status switch
        {
            ActionStatus.Proposed => "föreslagen",
            ActionStatus.Ongoing => "pågående",
            ActionStatus.Completed => "genomförd",
            ActionStatus.Cancelled => "avbruten",
            ActionStatus.Example => "exempel på åtgärd",
            _ => "planerad",
        };

        /// <summary>A kind of subsidy as a label: <c>Hemsändningsbidrag</c>, from the one home of the names (<see cref="SubsidyNames"/>).</summary>
        public static string Of(SubsidyKind kind)
        {
            var name = SubsidyNames.Swedish(kind);
            return char.ToUpperInvariant(name[0]) + name.Substring(1);
        }

        public static string Of(InvestmentGround ground) => ground switch
        {
            InvestmentGround.Accessibility => "förbättrad tillgänglighet",
            InvestmentGround.Restart => "uppstart av en nedlagd butik",
            InvestmentGround.Environment => "miljö och klimat",
            InvestmentGround.AddedServices => "kompletterande servicefunktioner",
            _ => "prioriterat område",
        };

        /// <summary>The comparison word before a value; empty for an exact value.</summary>
        public static string Of(Comparison comparison) => comparison switch
        {
            Comparison.AtLeast => "minst",
            Comparison.MoreThan => "mer än",
            Comparison.AtMost => "högst",
            Comparison.LessThan => "mindre än",
            Comparison.About => "ca",
            _ => string.Empty,
        };

        public static string Of(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "fel",
            FindingSeverity.Warning => "varning",
            _ => "information",
        };

        /// <summary>A cost unit after "per": <c>per hemsändning</c>, <c>per ort</c>.</summary>
        public static string Singular(CostUnit unit) => unit switch
        {
            CostUnit.Year => "år",
            CostUnit.Month => "månad",
            CostUnit.Week => "vecka",
            CostUnit.Place => "ort",
            CostUnit.Store => "butik",
            CostUnit.Delivery => "hemsändning",
            CostUnit.Household => "hushåll",
            CostUnit.Trip => "inköpstur",
            CostUnit.Visit => "besök",
            CostUnit.Meeting => "möte",
            CostUnit.Agreement => "avtal",
            _ => "deltagare",
        };

        /// <summary>A counted cost unit: <c>600 hemsändningar</c>.</summary>
        public static string Plural(CostUnit unit) => unit switch
        {
            CostUnit.Year => "år",
            CostUnit.Month => "månader",
            CostUnit.Week => "veckor",
            CostUnit.Place => "orter",
            CostUnit.Store => "butiker",
            CostUnit.Delivery => "hemsändningar",
            CostUnit.Household => "hushåll",
            CostUnit.Trip => "inköpsturer",
            CostUnit.Visit => "besök",
            CostUnit.Meeting => "möten",
            CostUnit.Agreement => "avtal",
            _ => "deltagare",
        };

        /// <summary>What a scheme term or application fact is about, e.g. <c>nearest-store</c> → <c>avstånd till närmaste butik</c>.</summary>
        public static string Fact(string fact) => fact switch
        {
            "amount" => "belopp",
            "share" => "andel av kostnaden",
            "years" => "antal år",
            "recipient" => "mottagare",
            "paid-by" => "betalas genom",
            "place" => "ort",
            "net-cost" => "nettoutgift",
            "direct-cost" => "direkta kostnader",
            "households" => "hushåll",
            "deliveries" => "hemsändningar",
            "trips" => "inköpsturer",
            "turnover" => "nettoomsättning av dagligvaror",
            "articles" => "artiklar",
            "open" => "öppettid",
            "year-round" => "öppen året runt",
            "seasonal" => "säsongsbutik",
            "nearest-store" => "avstånd till närmaste butik",
            "nearest-fuel" => "avstånd till närmaste drivmedel",
            "nearest-provider" => "avstånd till närmaste betaltjänst",
            "island" => "ö utan fast landförbindelse",
            "eligible-cost" => "stödberättigande utgifter",
            "grounds" => "grunder för högre stöd",
            "well-developed-range" => "väl utbyggt utbud",
            "service-strategic" => "servicestrategiskt betydelsefull",
            "other-measures-tried" => "andra åtgärder prövade",
            "users" => "användare",
            "commercial-alternative" => "kommersiellt alternativ",
            _ => fact,
        };

        /// <summary>The investment grounds of a scheme term, written as keywords (<c>accessibility, restart</c>), in Swedish.</summary>
        public static string Grounds(string keywords)
        {
            var words = keywords.Split(new[] { ", " }, System.StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = words[i] switch
                {
                    "accessibility" => Of(InvestmentGround.Accessibility),
                    "restart" => Of(InvestmentGround.Restart),
                    "environment" => Of(InvestmentGround.Environment),
                    "added-services" => Of(InvestmentGround.AddedServices),
                    "priority-area" => Of(InvestmentGround.PriorityArea),
                    _ => words[i],
                };
            }

            return string.Join(", ", words);
        }

        /// <summary>How often a plan is reviewed: <c>årligen</c>, <c>vartannat år</c>, <c>vart 3:e år</c>.</summary>
        public static string Interval(int years) => years switch
        {
            1 => "årligen",
            2 => "vartannat år",
            _ => "vart " + years.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":e år",
        };

        /// <summary>What a maximum grant rests on, in a few words.</summary>
        public static string Of(GrantBasis basis) => basis switch
        {
            GrantBasis.ServiceGrantCap => "Högsta servicebidrag per år och mottagare",
            GrantBasis.ServiceGrantRaisedCap => "Högre tak: väl utbyggt utbud av grundläggande servicefunktioner eller servicestrategiskt betydelsefull",
            GrantBasis.HomeDeliveryLimits => "Hälften av kostnaden, högst beloppet per hushåll och hemsändning",
            GrantBasis.OperatingAidModel => "Beräkningsmodellen efter nettoomsättning av dagligvaror",
            GrantBasis.InvestmentShare => "Andel av stödberättigande utgifter",
            GrantBasis.InvestmentRaisedShare => "Högre andel av stödberättigande utgifter",
            GrantBasis.NoLawFigures => "Lagtabellen har inga belopp för året",
            GrantBasis.MissingFacts => "Ansökan anger inte de uppgifter beloppet beror på",
            _ => "Förordningen anger inget belopp",
        };
    }
}
