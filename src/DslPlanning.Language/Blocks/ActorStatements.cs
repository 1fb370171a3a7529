using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of an actor: <c>actor Name "title" [kind] { … }</c>.</summary>
    internal sealed class ActorStatements : StatementTable<TextBlock>
    {
        public static readonly BlockTable<TextBlock> Table = new("actor", Phrase.Of("an actor", "en aktör"), new[]
        {
            Statement("description", Shape.Text, Occurs.Once, (actor, description) => actor.Description(description),
                "a description of the actor", "description \"Kommunens näringslivskontor\""),
            Statement("note", Shape.Text, Occurs.Many, (actor, note) => actor.Note(note),
                "a remark that reports show", "note \"…\""),
        });

        private ActorStatements()
        {
        }
    }
}
