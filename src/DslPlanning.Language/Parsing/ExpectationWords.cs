using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// What the grammar expects where a statement fails ("a name", "a number of years"), as SP0001 says it, in both
    /// languages. The grammar names its expectations in English (Sprache's failures carry strings); this table gives
    /// each its Swedish reading. A quoted keyword or symbol ("'per'", "'{'") reads the same in both. Every expectation
    /// passes <see cref="Expected"/> as the grammar is built, so a test can check that each one has a Swedish reading.
    /// </summary>
    internal static class ExpectationWords
    {
        private static readonly Dictionary<string, string> SwedishReadings = new(StringComparer.Ordinal)
        {
            // The tokens (Tokens).
            ["a name"] = "ett namn",
            ["a string"] = "en text inom citattecken",
            ["a comparison (at least, at most, more than, less than, about)"] = "en jämförelse ('at least', 'at most', 'more than', 'less than' eller 'about')",
            ["a number"] = "ett tal",
            ["the last year of the range (e.g. 2023..2030)"] = "intervallets sista år (t.ex. 2023..2030)",
            ["something"] = "något",

            // The declarations and the file (PlanGrammar).
            ["a priority (a rank such as 1, or a level such as high)"] = "en prioritet (en rangordning som 1, eller en nivå som 'high')",
            ["the goals or areas it serves"] = "ett eller flera mål eller insatsområden",
            ["a level key (e.g. 1 or servicenod)"] = "servicenivåns nyckel (t.ex. 1 eller servicenod)",
            ["the actor's name"] = "aktörens namn",
            ["the funder's name"] = "finansiärens namn",
            ["an amount (e.g. 400 000 kr per year)"] = "ett belopp (t.ex. '400 000 kr per year')",
            ["a year or year range"] = "ett år eller ett årsintervall",
            ["the place's name"] = "ortens namn",
            ["a service level (e.g. 1 or servicenod)"] = "en servicenivå (t.ex. 1 eller servicenod)",
            ["the area's name"] = "insatsområdets namn",
            ["the goal's name (e.g. 1.1)"] = "målets namn (t.ex. 1.1)",
            ["the action's name"] = "åtgärdens namn",
            ["a subsidy kind (e.g. service-grant)"] = "en stödform (t.ex. service-grant)",
            ["a subsidy kind (e.g. home-delivery-grant)"] = "en stödform (t.ex. home-delivery-grant)",
            ["the year applied for"] = "året som ansökan gäller",
            ["the place"] = "orten",
            ["a plan kind (national, regional, annual or municipal)"] = "ett slags plan ('national', 'regional', 'annual' eller 'municipal')",
            ["the plan's name"] = "planens namn",

            // The statements (StatementGrammar, ValueGrammar).
            ["a year or year range (e.g. 2023..2030)"] = "ett år eller ett årsintervall (t.ex. 2023..2030)",
            ["a unit (year, place, delivery, household …)"] = "en enhet ('year', 'place', 'delivery', 'household' …)",
            ["a text in quotes"] = "en text inom citattecken",
            ["a number of years"] = "ett antal år",
            ["'yearly' or 'every <n> years'"] = "'yearly' eller 'every <n> years'",
            ["who the report goes to"] = "mottagaren av rapporten",
            ["a day of the year (e.g. 01-31)"] = "en dag på året (t.ex. 01-31)",
            ["a fact (e.g. turnover)"] = "en uppgift (t.ex. 'turnover')",
            ["a value (e.g. 80 %, 15 per year, 2 000 000 kr)"] = "ett värde (t.ex. 80 %, '15 per year', 2 000 000 kr)",
            ["what the indicator measures, in quotes"] = "det som indikatorn mäter, inom citattecken",
            ["a count (e.g. 600 deliveries per year)"] = "ett antal (t.ex. '600 deliveries per year')",
            ["a unit (e.g. deliveries)"] = "en enhet (t.ex. 'deliveries')",
            ["an amount (e.g. 200 kr)"] = "ett belopp (t.ex. 200 kr)",
            ["a funder"] = "en finansiär",
            ["the ID of the rule it suppresses (e.g. SP4012)"] = "ID för regeln som undantaget gäller (t.ex. SP4012)",
            ["the reason in quotes (särskilda skäl)"] = "skälet inom citattecken (särskilda skäl)",
            ["the last name of the range"] = "intervallets sista namn",

            // The values of the statements of each block (Blocks).
            ["a date (e.g. 2023-03-01)"] = "ett datum (t.ex. 2023-03-01)",
            ["a date (e.g. 2025-04-30)"] = "ett datum (t.ex. 2025-04-30)",
            ["a date (e.g. 2025-07-01)"] = "ett datum (t.ex. 2025-07-01)",
            ["a priority (e.g. high)"] = "en prioritet (t.ex. 'high')",
            ["a rank (e.g. 1)"] = "en rangordning (t.ex. 1)",
            ["existing, planned or closed"] = "'existing', 'planned' eller 'closed'",
            ["planned, proposed, ongoing, completed, cancelled or example"] = "'planned', 'proposed', 'ongoing', 'completed', 'cancelled' eller 'example'",
            ["services (e.g. groceries, fuel)"] = "tjänster (t.ex. groceries, fuel)",
            ["services (e.g. pharmacy)"] = "tjänster (t.ex. pharmacy)",
            ["the actors consulted"] = "de aktörer som åtgärden genomförs i samråd med",
            ["the body that adopted the plan"] = "det organ som antog planen",
            ["the co-financiers"] = "medfinansiärerna",
            ["the goals it serves"] = "ett eller flera mål",
            ["the last year of the extended period"] = "det sista året i den förlängda giltighetstiden",
            ["the owning actor"] = "den ansvariga aktören",
            ["the partners"] = "samverkanspartnerna",
            ["the performers"] = "utförarna",
            ["the places it concerns"] = "en eller flera orter",
            ["the plans it follows"] = "en eller flera planer",
            ["the priority scale, highest first (e.g. high, medium, low)"] = "prioritetsskalan, högsta först (t.ex. 'high', 'medium', 'low')",
            ["the year revision starts"] = "året då revideringen inleds",
            ["the years of the action plan (e.g. 2020..2022)"] = "handlingsplanens år (t.ex. 2020..2022)",
            ["who is responsible"] = "den eller de ansvariga",
            ["who is responsible for revision"] = "den eller de som ansvarar för revideringen",
            ["who prepared the plan"] = "den eller de som tog fram planen",
        };

        private static readonly ConcurrentDictionary<string, bool> Made = new(StringComparer.Ordinal);

        /// <summary>Every expectation the grammar has made so far (all of them once the block tables and the grammar are built).</summary>
        public static IEnumerable<string> All => Made.Keys;

        /// <summary><paramref name="expectation"/>, noted as one the grammar makes; called once per parser, as the grammar is built.</summary>
        public static string Expected(string expectation)
        {
            Made.TryAdd(expectation, true);
            return expectation;
        }

        /// <summary>Whether SP0001 can say <paramref name="expectation"/> in Swedish.</summary>
        public static bool HasSwedish(string expectation) => IsQuotedToken(expectation) || SwedishReadings.ContainsKey(expectation);

        /// <summary>The expectation in both languages; one without a Swedish reading (a test keeps that from happening) reads as in English.</summary>
        public static Phrase Of(string expectation) =>
            Phrase.Of(expectation, SwedishReadings.TryGetValue(expectation, out var swedish) ? swedish : expectation);

        /// <summary>A keyword or symbol in quotes, such as <c>'per'</c> or <c>'{'</c>: the same in both languages.</summary>
        private static bool IsQuotedToken(string expectation) =>
            expectation.Length >= 3 && expectation[0] == '\'' && expectation[expectation.Length - 1] == '\'' && expectation.IndexOf('\'', 1) == expectation.Length - 1;
    }
}
