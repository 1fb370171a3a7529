using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of a service level: <c>level 1 "Centralort" { … }</c>.</summary>
    internal sealed class LevelStatements : StatementTable<TextBlock>
    {
        public static readonly BlockTable<TextBlock> Table = new("level", Phrase.Of("a level", "en servicenivå"), new[]
        {
            Statement("description", Shape.Text, Occurs.Once, (level, description) => level.Description(description),
                "what the level means for the places at it", "description \"Bevara och utveckla i centralorten\""),
            Statement("note", Shape.Text, Occurs.Many, (level, note) => level.Note(note),
                "a remark that reports show", "note \"…\""),
        });

        private LevelStatements()
        {
        }
    }
}
