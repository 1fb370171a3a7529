using DslPlanning.Model;
namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP1016, SP1017: justified exceptions.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP1016: the exception to <paramref name="ruleId"/> suppressed <paramref name="findings"/> findings because of <paramref name="reason"/>.</summary>
        public static DiagnosticMessage ExceptionApplied(string ruleId, int findings, string reason) =>
            new(DiagnosticCatalog.ExceptionApplied, ruleId, MessageText.Counted(findings, Phrase.Of("finding", "fynd"), Phrase.Of("findings", "fynd")), reason);

        /// <summary>SP1017: the exception to <paramref name="ruleId"/> suppressed nothing.</summary>
        public static DiagnosticMessage ExceptionUnused(string ruleId) => new(DiagnosticCatalog.ExceptionUnused, ruleId);
    }
}
