using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of a subsidy scheme: <c>scheme kind "title" { term … }</c>.</summary>
    internal sealed class SchemeStatements : StatementTable<SchemeBlock>
    {
        public static readonly BlockTable<SchemeBlock> Table = new("scheme", Phrase.Of("a scheme", "en stödform"), new[]
        {
            Statement("source", Shape.Text, Occurs.Once, (scheme, source) => scheme.Source(source),
                "where the terms come from", "source \"SFS 2000:284; RSP bilaga 1\""),
            Statement("description", Shape.Text, Occurs.Once, (scheme, description) => scheme.Description(description),
                "a description of the scheme", "description \"…\""),
            Statement("note", Shape.Text, Occurs.Many, (scheme, note) => scheme.Note(note),
                "a remark that reports show", "note \"Vid särskilda skäl kan undantag från avståndskriteriet göras.\""),
        },
        Facts("<fact>", "[<comparison>] <value> [\"condition\"]", Occurs.Many, (scheme, term) => scheme.Term(term),
            "a term: a fact of the subsidy table, `share` or `years`; with a condition it applies only under that condition", "amount at most 250 000 kr per year"),
        Phrase.Of("the term", "villkoret"));

        private SchemeStatements()
        {
        }
    }
}
