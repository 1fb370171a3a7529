using System;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Diagnostics
{
    /// <summary>
    /// The Swedish messages of the structure and internal diagnostics (SP1001–SP1027, SP9001–SP9004) that the docs'
    /// examples do not cause: Swedish grammar (en- and ett-words, definite forms) and the words the callers pass.
    /// </summary>
    public class StructureSwedishMessageTests
    {
        public static TheoryData<DiagnosticMessage, string> Messages => new()
        {
            { Diagnose.DuplicateName(KindNouns.BeforeName(SymbolKind.Goal), "IO1", "Krokom", 9, earlierKind: KindNouns.WithArticle(SymbolKind.Area)),
                "Målet 'IO1' finns redan i planen Krokom på rad 9 (som ett insatsområde); byt namn på en av dem" },
            { Diagnose.UnknownReference(KindNouns.BeforeName(new[] { SymbolKind.Goal, SymbolKind.Area }), "G9", inPlan: "JämtlandRSP", didYouMean: "G1"),
                "Målet eller insatsområdet 'G9' finns inte i planen JämtlandRSP (menade du 'G1'?); deklarera elementet eller rätta namnet" },
            { Diagnose.UnknownPlan("VästerbottenRS", didYouMean: "VästerbottenRSP"),
                "Planen 'VästerbottenRS' finns inte (menade du 'VästerbottenRSP'?); ta med planens fil i kontrollen eller rätta namnet" },
            { Diagnose.MoreThanOneName("serves", KindNouns.One(SymbolKind.Goal), 3), "'serves' ska ange ett enda mål, men 3 namn har angetts; behåll ett och ta bort de andra" },
            { Diagnose.WrongSymbolKind("Kluk", KindNouns.WithArticle(SymbolKind.Place), KindNouns.WithArticle(new[] { SymbolKind.Goal, SymbolKind.Area }), "Kluk"),
                "'Kluk' är en ort, men här väntas ett mål eller insatsområde; ange ett mål eller insatsområde här, eller deklarera 'Kluk' även som ett mål eller insatsområde" },
            { Diagnose.NumberOutOfRange("200 h/week", QuantityUnit.HoursPerWeek),
                "Värdet 200 h/week ligger utanför det tillåtna intervallet: öppettiden får vara högst 168 timmar per vecka, veckans alla timmar; kontrollera siffrorna" },
            { Diagnose.ExtensionNotAfterPeriod(2024, period: null),
                "Satsen 'extended-to 2024' förlänger en giltighetstid som planen inte anger; lägg till den beslutade giltighetstiden (t.ex. 'period 2019..2022')" },
            { Diagnose.ExceptionApplied("SP4030", findings: 2, "särskilda skäl"), "Motiverat undantag: SP4030 rapporteras inte här (2 fynd) med motiveringen: särskilda skäl" },
            { Diagnose.InternalError(Phrase.Of("binding", "bindningen"), new InvalidOperationException("boom"), Phrase.Of("plan ", "planen ") + "Krokom"),
                "Internt fel: bindningen misslyckades (InvalidOperationException: boom); planen Krokom kontrollerades inte helt, rapportera gärna felet" },
            { Diagnose.ValuesOnPlanIndicator(),
                "Ett utgångsläge eller målvärde hör inte till planens 'indicator', som bara är en text; utgångslägen och målvärden hör till mål ('goal … { indicator \"…\" baseline … target … }')" },
        };

        [Theory]
        [MemberData(nameof(Messages))]
        public void A_message_reads_in_Swedish(DiagnosticMessage message, string swedish) =>
            Assert.Equal(swedish, message.TextIn(PlanLanguage.Swedish));

        [Fact]
        public void The_kind_nouns_agree_in_gender()
        {
            Assert.Equal("ett insatsområde", KindNouns.WithArticle(SymbolKind.Area).Swedish);
            Assert.Equal("en servicenivå", KindNouns.WithArticle(SymbolKind.Level).Swedish);
            Assert.Equal("an action", KindNouns.WithArticle(SymbolKind.Action).English);
            Assert.Equal("åtgärden", KindNouns.BeforeName(SymbolKind.Action).Swedish);
            Assert.Equal("den kommunala serviceplanen", KindNouns.BeforeName(PlanKind.Municipal).Swedish);
            Assert.Equal("municipal", KindNouns.BeforeName(PlanKind.Municipal).English);
        }
    }
}
