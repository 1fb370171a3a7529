using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.LanguageServer.Features.Figures
{
    /// <summary>How a maximum grant reads in the editor (hover and inlay hints), in English and Swedish.</summary>
    internal static class GrantText
    {
        /// <summary>The maximum, per year or per household and delivery, or why there is none; a year after the law table says whose amounts it carries (SP4006).</summary>
        public static Phrase Maximum(GrantLimit limit) => limit switch
        {
            { Maximum: { } maximum, PerDelivery: true } => MessageText.Amount(maximum) + PerHouseholdAndDelivery + CarriedFrom(limit),
            { Maximum: { } maximum } => MessageText.Amount(maximum) + CarriedFrom(limit),
            { Basis: GrantBasis.NoLawFigures } => Phrase.Of("no law figures for the year (", "lagen har inga belopp för året (") + Source(limit) + ")",
            { Basis: GrantBasis.NoAmountInLaw } => Phrase.Of("the law sets no amount", "lagen anger inget belopp"),
            _ => Phrase.Of("not known: the application lacks the facts it depends on", "okänt: ansökan saknar de uppgifter beloppet beror på"),
        };

        /// <summary>" per household and delivery" / " per hushåll och hemsändning".</summary>
        private static Phrase PerHouseholdAndDelivery =>
            " per " + MessageText.UnitWord(CostUnit.Household) + Phrase.Of(" and ", " och ") + MessageText.UnitWord(CostUnit.Delivery);

        /// <summary>" (2026's amounts, the last known)" / " (2026 års belopp, de senast kända)".</summary>
        private static Phrase CarriedFrom(GrantLimit limit) =>
            limit.CarriedFrom is { } year ? Phrase.Of($" ({year}'s amounts, the last known)", $" ({year} års belopp, de senast kända)") : Phrase.Empty;

        /// <summary>The law's source of a limit, in each language.</summary>
        public static Phrase Source(GrantLimit limit) => Phrase.Of(limit.Source, limit.SwedishSource);
    }
}
