using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Semantics
{
    public enum SymbolKind
    {
        Actor,
        Funder,
        Place,
        Level,
        Area,
        Goal,
        Action,
    }

    /// <summary>A named element declared in a plan, with the syntax that declares it.</summary>
    public sealed record Symbol(SymbolKind Kind, string Plan, string Name, DeclarationSyntax Declaration, SourceText Source)
    {
        /// <summary>How the kind is named in messages: "actor", "goal" …</summary>
        public static string Describe(SymbolKind kind) => kind switch
        {
            SymbolKind.Actor => "actor",
            SymbolKind.Funder => "funder",
            SymbolKind.Place => "place",
            SymbolKind.Level => "level",
            SymbolKind.Area => "area",
            SymbolKind.Goal => "goal",
            _ => "action",
        };

        /// <summary>"an area", "a goal" …</summary>
        public static string WithArticle(SymbolKind kind)
        {
            var word = Describe(kind);
            return ("aeiou".IndexOf(word[0]) >= 0 ? "an " : "a ") + word;
        }

        /// <summary>Areas and goals share a namespace, since <c>serves</c> may name either.</summary>
        /// <summary>The kind an element declaration's keyword declares ("goal" → <see cref="SymbolKind.Goal"/>), or null for a keyword that declares no element.</summary>
        public static SymbolKind? KindOfKeyword(string keyword) => keyword switch
        {
            "actor" => SymbolKind.Actor,
            "funder" => SymbolKind.Funder,
            "place" => SymbolKind.Place,
            "level" => SymbolKind.Level,
            "area" => SymbolKind.Area,
            "goal" => SymbolKind.Goal,
            "action" => SymbolKind.Action,
            _ => null,
        };

        public static string Namespace(SymbolKind kind) => kind is SymbolKind.Area or SymbolKind.Goal ? "objective" : Describe(kind);
    }
}
