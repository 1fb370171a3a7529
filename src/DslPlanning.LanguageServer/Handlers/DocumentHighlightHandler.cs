using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>Document highlight: the symbol's declaration (written) and references (read) in the document at hand.</summary>
    internal sealed class DocumentHighlightHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public DocumentHighlightHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.DocumentHighlightProvider = true;

        [JsonRpcMethod(Methods.DocumentHighlight, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<DocumentHighlight> DocumentHighlight(TextDocumentPositionParams parameters)
        {
            if (DocumentPosition.Find(_workspace, parameters.TextDocument, parameters.Position) is not { } at || at.Symbol is not { } occurrence)
            {
                return Array.Empty<DocumentHighlight>();
            }

            var lines = LineMap.Of(at.Document.Text);
            return at.Symbols.Highlights(occurrence.Symbol, at.Document.Path)
                .Select(highlight => new DocumentHighlight(
                    lines.ToRange(highlight.Span),
                    highlight.IsDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
                .Distinct()
                .ToList();
        }
    }
}
