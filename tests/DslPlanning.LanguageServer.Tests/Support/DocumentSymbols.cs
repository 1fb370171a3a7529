using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Tests.Support
{
    internal static class DocumentSymbols
    {
        /// <summary>Every symbol of an outline, each before its children.</summary>
        public static IEnumerable<DocumentSymbol> Flatten(IEnumerable<DocumentSymbol> symbols) =>
            symbols.SelectMany(symbol => Flatten(symbol.Children).Prepend(symbol));
    }
}
