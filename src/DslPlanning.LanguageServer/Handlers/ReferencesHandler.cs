using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>Find references: every place in every plan that names the symbol, its declaration first when asked for.</summary>
    internal sealed class ReferencesHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public ReferencesHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.ReferencesProvider = true;

        [JsonRpcMethod(Methods.References, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<Location> References(ReferenceParams parameters)
        {
            if (DocumentPosition.Find(_workspace, parameters.TextDocument, parameters.Position) is not { } at || at.Symbol is not { } occurrence)
            {
                return Array.Empty<Location>();
            }

            var includeDeclaration = parameters.Context?.IncludeDeclaration ?? false;
            return at.Symbols.References(occurrence.Symbol, includeDeclaration)
                .Select(reference => Locations.LocationOf(_workspace, at.Workspace, reference.Path, reference.Span))
                .OfType<Location>()
                .Distinct()
                .ToList();
        }
    }
}
