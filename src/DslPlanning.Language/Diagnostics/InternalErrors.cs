using System;
using System.Collections.Generic;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>
    /// Contains a failure of the checker itself (a bug, SP9001) to the step it happened in: parsing a file, binding a
    /// plan, one rule on one plan, a check across plans. The failure is reported once, at that plan (or file), naming the
    /// step and the exception; every other step reports as usual. Cancellation is no failure: it propagates.
    /// </summary>
    public static class InternalErrors
    {
        /// <summary>Runs a step; if it fails, reports SP9001 at <paramref name="location"/> and returns null.</summary>
        /// <param name="step">What runs, for the message: "parsing" / "inläsningen", "the rule FundingSharesRule (SP3003, SP3004)" / "regeln …" …</param>
        /// <param name="scope">What is not fully checked when it fails: "this file" / "den här filen", "plan Krokom" / "planen Krokom" …</param>
        internal static T? Run<T>(Phrase step, Phrase scope, SourceLocation location, ICollection<Diagnostic> diagnostics, Func<T> function)
            where T : class
        {
            try
            {
                return function();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(Diagnostic.Create(Diagnose.InternalError(step, exception, scope), location));
                return null;
            }
        }

        internal static void Run(Phrase step, Phrase scope, SourceLocation location, ICollection<Diagnostic> diagnostics, Action action) =>
            Run(step, scope, location, diagnostics, () =>
            {
                action();
                return string.Empty;
            });
    }
}
