using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Figures;

namespace DslPlanning.LanguageServer.Features.Figures
{
    /// <summary>How a maximum grant reads in the editor (hover and inlay hints).</summary>
    internal static class GrantText
    {
        /// <summary>The maximum, per year or per household and delivery, or why there is none.</summary>
        public static string Maximum(GrantLimit limit) => limit switch
        {
            { Maximum: { } maximum, PerDelivery: true } => MessageText.Amount(maximum) + " per household and delivery",
            { Maximum: { } maximum } => MessageText.Amount(maximum),
            { Basis: GrantBasis.NoLawFigures } => "no law figures for the year (" + limit.Source + ")",
            { Basis: GrantBasis.NoAmountInLaw } => "the law sets no amount",
            _ => "not known: the application lacks the facts it depends on",
        };
    }
}
