using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics;

namespace DslPlanning.LanguageServer.Features.Completion
{
    /// <summary>
    /// The skeleton of a new declaration, by its keyword, with the statements a plan author fills in first (an action's
    /// <c>owner</c>, <c>funding</c> and <c>serves</c>). Offered only where the block's table has the keyword.
    /// </summary>
    internal static class DeclarationSnippets
    {
        private static readonly Dictionary<string, string> ByKeyword = new(System.StringComparer.Ordinal)
        {
            ["level"] = "level ${1:1} \"${2:title}\"",
            ["actor"] = "actor ${1:Name} \"${2:title}\" " + Choice(3, Vocabularies.OrganisationKinds.Words),
            ["funder"] = "funder ${1:Name} \"${2:title}\" " + Choice(3, Vocabularies.OrganisationKinds.Words) + " budget ${4:100 000} kr per year",
            ["place"] = "place ${1:Name} level ${2:1} {\n\tservices " + Choice(3, Vocabularies.Services.Words) + "$0\n}",
            ["area"] = "area ${1:Name} \"${2:title}\" priority ${3:1} {\n\t$0\n}",
            ["goal"] = "goal ${1:Name} \"${2:title}\" {\n\tindicator \"${3:what is measured}\" baseline ${4:0} in ${5:2025} target ${6:1} in ${7:2030}$0\n}",
            ["action"] = "action ${1:Name} \"${2:title}\" serves ${3:goal} {\n\towner ${4:actor}\n\tfunding ${5:funder}\n\t$0\n}",
            ["subsidy"] = "subsidy " + Choice(1, Vocabularies.SubsidyKinds.Words) + " in ${2:2025} {\n\t$0\n}",
            ["scheme"] = "scheme " + Choice(1, Vocabularies.SubsidyKinds.Words) + " \"${2:title}\" {\n\t$0\n}",
        };

        public static string? For(string keyword) => ByKeyword.TryGetValue(keyword, out var snippet) ? snippet : null;

        private static string Choice(int tabStop, IEnumerable<string> words) => "${" + tabStop + "|" + string.Join(",", words.Distinct()) + "|}";
    }
}
