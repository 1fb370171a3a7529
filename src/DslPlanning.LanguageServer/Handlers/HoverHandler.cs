using DslPlanning.LanguageServer.Features.Hover;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary><c>textDocument/hover</c>: elements, plans, rules and subsidy applications (<see cref="PlanHover"/>); null elsewhere.</summary>
    internal sealed class HoverHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public HoverHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.HoverProvider = true;

        [JsonRpcMethod(Methods.Hover, UseSingleObjectParameterDeserialization = true)]
        public Hover? Hover(TextDocumentPositionParams parameters)
        {
            if (_workspace.Find(parameters?.TextDocument) is not var (workspace, document) || parameters!.Position is null)
            {
                return null;
            }

            var map = LineMap.Of(document.Text);
            return PlanHover.At(workspace.Compilation, document.Path, map.ToOffset(parameters.Position), _workspace.Language) is { } hover
                ? new Hover(new MarkupContent(MarkupKind.Markdown, hover.Markdown), map.ToRange(hover.Span))
                : null;
        }
    }
}
