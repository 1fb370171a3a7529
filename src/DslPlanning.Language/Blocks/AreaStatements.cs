using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of a priority area: <c>area Name "title" priority 1 serves … { … }</c>.</summary>
    internal sealed class AreaStatements : StatementTable<AreaBlock>
    {
        public static readonly BlockTable<AreaBlock> Table = new("area", Phrase.Of("an area", "ett insatsområde"), new[]
        {
            Statement("description", Shape.Text, Occurs.Once, (area, description) => area.Description(description),
                "a description of the area", "description \"…\""),
            Statement("owner", Shape.Names("<actor>, …", "the performers"), Occurs.Many, (area, owner) => area.Owner(owner),
                "the performers (utförare)", "owner Kommuner, Företag, Länsstyrelsen"),
            Statement("funding", Shape.Funding, Occurs.Many, (area, funding) => area.Funding(funding),
                "funding sources (finansiering)", "funding Anslag11, Landsbygdsprogrammet"),
            Statement("priority", Shape.Value("<n>", "a rank (e.g. 1)"), Occurs.Once, (area, priority) => area.Priority(priority),
                "the area's rank, 1 for the first (also in the header)", "priority 1"),
            Statement("serves", Shape.Names("<goal or area>, …", "the goals or areas it serves"), Occurs.Once, (area, serves) => area.Serves(serves),
                "goals or areas of another plan (or of this one) the area contributes to (also in the header)", "serves JämtlandRSP.IO1"),
            Statement("goal", Shape.GoalDeclaration, Occurs.Many, (area, goal) => area.Goal(goal),
                "a goal of the area, see [Goals](#goals)", "goal G1.1 \"Servicepunkterna finns kvar\" result"),
            Statement("action", Shape.ActionDeclaration, Occurs.Many, (area, action) => area.Action(action),
                "an action of the area, see [Actions](#actions)", "action Serviceavtal \"Avtal med lokala servicepunkter\""),
            Statement("exception", Shape.Exception, Occurs.Many, (area, exception) => area.Exception(exception),
                "a justified exception for the area and everything in it", "exception SP5001 \"Målen följs upp i det regionala programmet\""),
            Statement("note", Shape.Text, Occurs.Many, (area, note) => area.Note(note),
                "a remark that reports show", "note \"…\""),
        });

        private AreaStatements()
        {
        }
    }
}
