using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.LanguageServer.Features.Formatting;

namespace DslPlanning.LanguageServer.Features.CodeActions
{
    /// <summary>A quick fix of one diagnostic: its title as the editor lists it, and the edits of the plan file.</summary>
    internal sealed record PlanFix(string Title, Diagnostic Diagnostic, IReadOnlyList<PlanEdit> Edits, bool IsPreferred = false);
}
