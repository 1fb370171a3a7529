using System.Collections.Generic;

namespace DslPlanning.LanguageServer.Protocol
{
    // Document symbols (the outline) and workspace symbols (LSP 3.17 "Language Features").

    public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

    public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol> Children);

    public sealed record WorkspaceSymbolParams(string? Query);

    public sealed record WorkspaceSymbol(string Name, int Kind, Location Location, string? ContainerName);

    /// <summary>The specification's symbol kinds that plans use.</summary>
    public static class SymbolKind
    {
        public const int Module = 2;
        public const int Namespace = 3;
        public const int Class = 5;
        public const int Property = 7;
        public const int Function = 12;
        public const int Constant = 14;
        public const int Object = 19;
        public const int EnumMember = 22;
        public const int Struct = 23;
        public const int Event = 24;
    }
}
