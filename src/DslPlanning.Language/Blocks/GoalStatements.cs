using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of a goal: <c>goal Name "title" [output | result | effect] serves … { … }</c>.</summary>
    internal sealed class GoalStatements : StatementTable<GoalBlock>
    {
        public static readonly BlockTable<GoalBlock> Table = new("goal", Phrase.Of("a goal", "ett mål"), new[]
        {
            Statement("indicator", Shape.Indicator, Occurs.Once, (goal, indicator) => goal.Indicator(indicator),
                "what is measured; baseline and target may follow on the same line", "indicator \"butiker som använder bidraget\" baseline 1 in 2023 target 3 in 2026"),
            Statement("baseline", Shape.Measure("<value> [in <year>]"), Occurs.Once, (goal, baseline) => goal.Measure(baseline),
                "starting value (utgångsläge)", "baseline 0 % in 2012"),
            Statement("target", Shape.Measure("[<comparison>] <value> [in <year> | by <date>]"), Occurs.Once, (goal, target) => goal.Measure(target),
                "target value (målvärde); `by` may be written for `in`, and a target may be reached by a date", "target at least 80 % in 2015"),
            Statement("actual", Shape.Measure("<value> in <year> [\"note\"]"), Occurs.Many, (goal, actual) => goal.Measure(actual),
                "a recorded value (utfall), one per year", "actual 83 % in 2015 \"Drygt 83 procent anser att samordningen har ökat\""),
            Statement("serves", Shape.Names("<goal>, …", "the goals it serves"), Occurs.Once, (goal, serves) => goal.Serves(serves),
                "goals of this or another plan this goal contributes to (also in the header)", "serves VästerbottenRSP.1.1"),
            Statement("owner", Shape.Names("<actor>, …", "who is responsible"), Occurs.Many, (goal, owner) => goal.Owner(owner),
                "who is responsible", "owner Tillvaxtverket"),
            Statement("description", Shape.Text, Occurs.Once, (goal, description) => goal.Description(description),
                "a description of the goal", "description \"…\""),
            Statement("exception", Shape.Exception, Occurs.Many, (goal, exception) => goal.Exception(exception),
                "a justified exception for the goal", "exception SP5003 \"Målet följs upp kvalitativt\""),
            Statement("note", Shape.Text, Occurs.Many, (goal, note) => goal.Note(note),
                "a remark that reports show", "note \"…\""),
        });

        private GoalStatements()
        {
        }
    }
}
