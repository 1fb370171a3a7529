using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>Go to definition: from a name to where it is declared, also in another plan's file; a plan named in <c>follows</c> to that plan's header.</summary>
    internal sealed class DefinitionHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public DefinitionHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.DefinitionProvider = true;

        /// <summary>Null where no declared name stands (a keyword, a number, a rule's ID, which no plan declares).</summary>
        [JsonRpcMethod(Methods.Definition, UseSingleObjectParameterDeserialization = true)]
        public Location? Definition(TextDocumentPositionParams parameters)
        {
            if (DocumentPosition.Find(_workspace, parameters.TextDocument, parameters.Position) is not { } at
                || at.Symbol is not { } occurrence
                || at.Symbols.Declaration(occurrence.Symbol) is not { } declaration)
            {
                return null;
            }

            return Locations.LocationOf(_workspace, at.Workspace, declaration.Path, declaration.Span);
        }
    }
}
