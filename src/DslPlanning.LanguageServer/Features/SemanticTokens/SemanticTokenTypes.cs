using System.Collections.Generic;
using DslPlanning.Language.Semantics;

namespace DslPlanning.LanguageServer.Features.SemanticTokens
{
    /// <summary>The legend: the standard token types and modifiers this server uses, and which a plan's names get.</summary>
    internal static class SemanticTokenTypes
    {
        public const int Namespace = 0;
        public const int Class = 1;
        public const int Enum = 2;
        public const int EnumMember = 3;
        public const int Property = 4;
        public const int Variable = 5;
        public const int Function = 6;
        public const int Keyword = 7;
        public const int String = 8;
        public const int Number = 9;
        public const int Comment = 10;
        public const int Operator = 11;

        /// <summary>Bits of the modifiers, in the order of <see cref="Modifiers"/>.</summary>
        public const int Declaration = 1;

        /// <summary>A name of another plan's element: this file cannot change it.</summary>
        public const int Readonly = 2;

        public static IReadOnlyList<string> Types { get; } = new[]
        {
            "namespace", "class", "enum", "enumMember", "property", "variable", "function", "keyword", "string", "number", "comment", "operator",
        };

        public static IReadOnlyList<string> Modifiers { get; } = new[] { "declaration", "readonly" };

        /// <summary>Plans are namespaces of names; areas group goals and actions; actions are what is done; levels and goals are the values others pick.</summary>
        public static int Of(SymbolKind kind) => kind switch
        {
            SymbolKind.Area => Class,
            SymbolKind.Goal => EnumMember,
            SymbolKind.Level => Enum,
            SymbolKind.Action => Function,
            SymbolKind.Place => Property,
            _ => Variable,
        };
    }
}
