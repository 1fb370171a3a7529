using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of a subsidy application: <c>subsidy kind in 2024 for Kluk { fact value … }</c>.</summary>
    internal sealed class SubsidyStatements : StatementTable<SubsidyBlock>
    {
        public static readonly BlockTable<SubsidyBlock> Table = new("subsidy", Phrase.Of("a subsidy", "ett stöd"), new[]
        {
            Statement("exception", Shape.Exception, Occurs.Many, (subsidy, exception) => subsidy.Exception(exception),
                "a justified exception (särskilda skäl) for the application", "exception SP4030 \"särskilda skäl: närmaste butik ligger över fjället\""),
            Statement("note", Shape.Text, Occurs.Many, (subsidy, note) => subsidy.Note(note),
                "a remark that reports show", "note \"…\""),
        },
        Facts("<fact>", "<value>", Occurs.Once, (subsidy, fact) => subsidy.Fact(fact),
            "a fact of the application (see the table of facts below)", "net-cost 120 000 kr"),
        Phrase.Of("the fact", "uppgiften"));

        private SubsidyStatements()
        {
        }
    }
}
