using System;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP9001, SP9002, SP9004: failures of the checker and build properties it cannot use.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP9001: <paramref name="step"/> failed with <paramref name="exception"/>, so <paramref name="scope"/> was not fully checked.</summary>
        /// <param name="step">What ran: "parsing" / "inläsningen", "the rule FundingSharesRule (SP3003, SP3004)" / "regeln FundingSharesRule (SP3003, SP3004)" ….</param>
        /// <param name="scope">What was not fully checked: "this file" / "den här filen", "plan Krokom" / "planen Krokom" ….</param>
        public static DiagnosticMessage InternalError(Phrase step, Exception exception, Phrase scope) =>
            new(DiagnosticCatalog.InternalError, step, exception.GetType().Name, exception.Message, scope);

        /// <summary>SP9004: the statement <paramref name="keyword"/> of <paramref name="block"/> was parsed, but the binder has no method for it.</summary>
        /// <param name="block">How messages name the block: "an area" (<see cref="Blocks.BlockTable.Description"/>).</param>
        public static DiagnosticMessage StatementNotBound(string keyword, Phrase block) =>
            new(DiagnosticCatalog.StatementNotBound, keyword, block);

        /// <summary>SP9002: the build property <paramref name="property"/> is <paramref name="value"/>, not <paramref name="expected"/>; <paramref name="consequence"/>.</summary>
        public static DiagnosticMessage InvalidBuildProperty(string property, string value, Phrase expected, Phrase consequence) =>
            new(DiagnosticCatalog.InvalidBuildProperty, property, value, expected, consequence);
    }
}
