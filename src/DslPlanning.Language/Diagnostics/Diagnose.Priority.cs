using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP2xxx: priority levels of areas, actions and places.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP2001: <paramref name="area"/> has no rank, while <paramref name="ranked"/> have.</summary>
        public static DiagnosticMessage AreaWithoutRank(string area, IEnumerable<(string Area, int Rank)> ranked)
        {
            var list = ranked.ToList();
            return new(DiagnosticCatalog.AreaWithoutRank, area,
                Phrase.Of(
                    MessageText.List(list.Select(entry => entry.Area + " " + MessageText.Number(entry.Rank))),
                    MessageText.Joined(list.Select((entry, index) => entry.Area + (index == 0 ? " har rang " : " rang ") + MessageText.Number(entry.Rank)), " och ")));
        }

        /// <summary>SP2002: none of the <paramref name="areas"/> areas of <paramref name="plan"/> has a rank.</summary>
        public static DiagnosticMessage PlanWithoutRanks(int areas, string plan) =>
            new(DiagnosticCatalog.PlanWithoutRanks, MessageText.Number(areas), plan);

        /// <summary>SP2003: <paramref name="first"/> and <paramref name="second"/> both have <paramref name="rank"/>.</summary>
        public static DiagnosticMessage DuplicateRank(string first, string second, int rank) =>
            new(DiagnosticCatalog.DuplicateRank, first, second, MessageText.Number(rank));

        /// <summary>SP2004: the distinct <paramref name="ranks"/> of the plan's <paramref name="rankedAreas"/> ranked areas lack <paramref name="missing"/>.</summary>
        public static DiagnosticMessage RankGap(IEnumerable<int> ranks, int missing, int rankedAreas) =>
            new(DiagnosticCatalog.RankGap, MessageText.AllOf(ranks.Select(rank => MessageText.Number(rank))), MessageText.Number(missing),
                rankedAreas == 1
                    ? Phrase.Of("give the only ranked area rank 1", "ge det enda rangordnade insatsområdet rang 1")
                    : Phrase.Of(
                        $"number the {MessageText.Number(rankedAreas)} areas 1 to {MessageText.Number(rankedAreas)} without gaps",
                        $"numrera de {MessageText.Number(rankedAreas)} insatsområdena från 1 till {MessageText.Number(rankedAreas)} utan luckor"));

        /// <summary>SP2005: <paramref name="action"/> has no priority on the plan's <paramref name="scale"/>.</summary>
        public static DiagnosticMessage ActionWithoutPriority(string action, IEnumerable<string> scale) =>
            new(DiagnosticCatalog.ActionWithoutPriority, action, MessageText.AllOf(scale));

        /// <summary>SP2006: <paramref name="priority"/> of <paramref name="action"/> is not on <paramref name="scale"/>.</summary>
        public static DiagnosticMessage UnknownPriority(string priority, string action, IEnumerable<string> scale, string? didYouMean) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownPriority, priority, action, MessageText.AllOf(scale), MessageText.DidYouMean(didYouMean)).Suggesting(priority, didYouMean);

        /// <summary>
        /// SP2007: <paramref name="place"/>, named by <paramref name="namedBy"/> ("action Hemsändning" / "åtgärden Hemsändning"),
        /// has no level of <paramref name="levels"/>.
        /// </summary>
        public static DiagnosticMessage PlaceWithoutLevel(string place, Phrase namedBy, IReadOnlyCollection<string> levels) =>
            new(DiagnosticCatalog.PlaceWithoutLevel, place, namedBy, Levels(levels, " och "));

        /// <summary>SP2008: <paramref name="place"/> has <paramref name="level"/>, which is none of <paramref name="levels"/>.</summary>
        public static DiagnosticMessage UnknownLevel(string place, string level, string? didYouMean, IReadOnlyCollection<string> levels) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownLevel, place, level, MessageText.DidYouMean(didYouMean), Levels(levels, " eller ")).Suggesting(level, didYouMean);

        /// <summary>The plan's level keys, "3, 4" / "3 och 4" (or "3 eller 4"), or "none declared" / "den anger inga".</summary>
        private static Phrase Levels(IReadOnlyCollection<string> levels, string swedishLast) =>
            levels.Count == 0 ? Phrase.Of("none declared", "den anger inga") : Phrase.Of(MessageText.List(levels), MessageText.Joined(levels, swedishLast));
    }
}
