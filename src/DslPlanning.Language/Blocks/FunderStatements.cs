using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of a funder: <c>funder Name "title" [kind] [budget …] { … }</c>.</summary>
    internal sealed class FunderStatements : StatementTable<FunderBlock>
    {
        public static readonly BlockTable<FunderBlock> Table = new("funder", Phrase.Of("a funder", "en finansiär"), new[]
        {
            Statement("budget", Shape.Budget, Occurs.Many, (funder, budget) => funder.Budget(budget),
                "a budget: with `per year` available each year of the range (the plan period when none is given), otherwise the total for the range or year", "budget 2 000 000 kr per year in 2014..2020"),
            Statement("description", Shape.Text, Occurs.Once, (funder, description) => funder.Description(description),
                "a description of the funder", "description \"…\""),
            Statement("note", Shape.Text, Occurs.Many, (funder, note) => funder.Note(note),
                "a remark that reports show", "note \"…\""),
        });

        private FunderStatements()
        {
        }
    }
}
