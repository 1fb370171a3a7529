using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>
    /// Another place a finding involves (as Roslyn's additional locations), with what it has to do with the finding:
    /// e.g. an action of another plan that commits the funder over its budget. Made by the factories of <see cref="Diagnose"/>.
    /// </summary>
    public sealed record RelatedLocation(SourceLocation Location, Phrase Message);
}
