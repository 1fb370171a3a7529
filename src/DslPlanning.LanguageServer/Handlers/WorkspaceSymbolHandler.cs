using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Features.Symbols;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>Workspace symbols: the declarations of every plan whose name or title contains what the author typed.</summary>
    internal sealed class WorkspaceSymbolHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public WorkspaceSymbolHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.WorkspaceSymbolProvider = true;

        [JsonRpcMethod(Methods.WorkspaceSymbol, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<WorkspaceSymbol> WorkspaceSymbol(WorkspaceSymbolParams parameters)
        {
            var documents = _workspace.Snapshot().Documents
                .OrderBy(document => document.Path, StringComparer.Ordinal)
                .Select(document => (document, Outline.Of(document.SyntaxTree)));
            return SymbolSearch.Find(documents, parameters.Query)
                .Select(found => new WorkspaceSymbol(
                    found.Entry.Name,
                    OutlineKinds.Of(found.Entry),
                    new Location(_workspace.UriOf(found.File.Path), LineMap.Of(found.File.Text).ToRange(found.Entry.NameSpan)),
                    found.Container))
                .ToList();
        }
    }
}
