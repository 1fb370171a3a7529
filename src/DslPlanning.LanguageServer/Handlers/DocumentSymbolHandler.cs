using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Features.Symbols;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>The document's outline: each plan with its declarations, nested as their blocks are, titled by their titles.</summary>
    internal sealed class DocumentSymbolHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public DocumentSymbolHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.DocumentSymbolProvider = true;

        [JsonRpcMethod(Methods.DocumentSymbol, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<DocumentSymbol> DocumentSymbol(DocumentSymbolParams parameters)
        {
            if (_workspace.Find(parameters.TextDocument) is not { } found)
            {
                return Array.Empty<DocumentSymbol>();
            }

            var lines = LineMap.Of(found.Document.Text);
            return Outline.Of(found.Document.SyntaxTree).Select(entry => Symbol(entry, lines)).ToList();
        }

        private static DocumentSymbol Symbol(OutlineEntry entry, LineMap lines) => new(
            entry.Name,
            entry.Title,
            OutlineKinds.Of(entry),
            lines.ToRange(entry.Span),
            lines.ToRange(entry.NameSpan),
            entry.Children.Select(child => Symbol(child, lines)).ToList());
    }
}
