using DslPlanning.LanguageServer.Features.Symbols;
using DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// The LSP symbol kind an editor shows for each kind of declaration. The specification's kinds are a programmer's;
    /// each is chosen for the icon that reads closest: a plan holds everything (module), areas group goals (namespace),
    /// actions are what is done (function), levels are a scale (enum member).
    /// </summary>
    internal static class OutlineKinds
    {
        public static int Of(OutlineEntry entry) => entry.Keyword switch
        {
            Outline.PlanKeyword => SymbolKind.Module,
            "area" => SymbolKind.Namespace,
            "goal" => SymbolKind.Event,
            "action" => SymbolKind.Function,
            "actor" => SymbolKind.Class,
            "funder" => SymbolKind.Constant,
            "place" => SymbolKind.Object,
            "level" => SymbolKind.EnumMember,
            "scheme" => SymbolKind.Struct,
            _ => SymbolKind.Property,
        };
    }
}
