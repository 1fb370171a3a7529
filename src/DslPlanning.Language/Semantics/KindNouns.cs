using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// The one home of the words messages name the kinds of elements and plans with, in English and Swedish: the noun
    /// ("goal" / "mål"), with its article ("a goal" / "ett mål": Swedish nouns are en- or ett-words) and in its definite
    /// form ("the goal" / "målet").
    /// </summary>
    public static class KindNouns
    {
        /// <summary>"goal" / "mål".</summary>
        public static Phrase Noun(SymbolKind kind) => Phrase.Of(Symbol.Describe(kind), Swedish(kind).Noun);

        /// <summary>"a goal" / "ett mål", "an actor" / "en aktör".</summary>
        public static Phrase WithArticle(SymbolKind kind) => Phrase.Of(Symbol.WithArticle(kind), Swedish(kind).Article + " " + Swedish(kind).Noun);

        /// <summary>"the goal" / "målet".</summary>
        public static Phrase Definite(SymbolKind kind) => Phrase.Of("the " + Symbol.Describe(kind), Swedish(kind).Definite);

        /// <summary>The kind as it stands before a name: "place" (Place 'Kluk') / "orten" (Orten 'Kluk').</summary>
        public static Phrase BeforeName(SymbolKind kind) => Phrase.Of(Symbol.Describe(kind), Swedish(kind).Definite);

        /// <summary>One element of the kind: "actor" (names one actor) / "en enda aktör", "ett enda mål".</summary>
        public static Phrase One(SymbolKind kind) => Phrase.Of(Symbol.Describe(kind), Swedish(kind).Article + " enda " + Swedish(kind).Noun);

        /// <summary>"goal or area" / "mål eller insatsområde".</summary>
        public static Phrase Nouns(IEnumerable<SymbolKind> kinds) => Or(kinds.Select(Noun));

        /// <summary>"a goal or area" / "ett mål eller insatsområde": the article of the first kind.</summary>
        public static Phrase WithArticle(IReadOnlyList<SymbolKind> kinds) =>
            kinds.Count == 1 ? WithArticle(kinds[0]) : Or(kinds.Select((kind, index) => index == 0 ? WithArticle(kind) : Noun(kind)));

        /// <summary>The kinds as they stand before a name: "goal or area" / "målet eller insatsområdet".</summary>
        public static Phrase BeforeName(IEnumerable<SymbolKind> kinds) => Or(kinds.Select(BeforeName));

        /// <summary>A kind of plan as it stands before the plan's name: "regional" (regional plan X) / "det regionala serviceprogrammet".</summary>
        public static Phrase BeforeName(PlanKind kind) => Phrase.Of(Vocabularies.PlanKinds.WordFor(kind), kind switch
        {
            PlanKind.National => "det nationella programmet",
            PlanKind.Regional => "det regionala serviceprogrammet",
            PlanKind.Annual => "handlingsplanen",
            _ => "den kommunala serviceplanen",
        });

        private static Phrase Or(IEnumerable<Phrase> words) => Phrase.Join(Phrase.Of(" or ", " eller "), words);

        private static (string Article, string Noun, string Definite) Swedish(SymbolKind kind) => kind switch
        {
            SymbolKind.Actor => ("en", "aktör", "aktören"),
            SymbolKind.Funder => ("en", "finansiär", "finansiären"),
            SymbolKind.Place => ("en", "ort", "orten"),
            SymbolKind.Level => ("en", "servicenivå", "servicenivån"),
            SymbolKind.Area => ("ett", "insatsområde", "insatsområdet"),
            SymbolKind.Goal => ("ett", "mål", "målet"),
            _ => ("en", "åtgärd", "åtgärden"),
        };
    }
}
