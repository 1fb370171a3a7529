using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Figures;

namespace DslPlanning.LanguageServer.Features.Figures
{
    /// <summary>How a maximum grant reads in the editor (hover and inlay hints).</summary>
    internal static class GrantText
    {
        /// <summary>The maximum, per year or per household and delivery, or why there is none; a year after the law table says whose amounts it carries (SP4006).</summary>
        public static string Maximum(GrantLimit limit) => limit switch
        {
            { Maximum: { } maximum, PerDelivery: true } => MessageText.Amount(maximum).English + " per household and delivery" + CarriedFrom(limit),
            { Maximum: { } maximum } => MessageText.Amount(maximum).English + CarriedFrom(limit),
            { Basis: GrantBasis.NoLawFigures } => "no law figures for the year (" + limit.Source + ")",
            { Basis: GrantBasis.NoAmountInLaw } => "the law sets no amount",
            _ => "not known: the application lacks the facts it depends on",
        };

        private static string CarriedFrom(GrantLimit limit) => limit.CarriedFrom is { } year ? $" ({year}'s amounts, the last known)" : string.Empty;
    }
}
