using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Features.InlayHints;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary><c>textDocument/inlayHint</c>: computed figures (<see cref="PlanFigureHints"/>), only when the editor's setting turns them on.</summary>
    internal sealed class InlayHintHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public InlayHintHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.InlayHintProvider = new InlayHintOptions(ResolveProvider: false);

        [JsonRpcMethod(Methods.InlayHint, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<InlayHint> InlayHints(InlayHintParams parameters)
        {
            if (_workspace.Find(parameters?.TextDocument) is not var (workspace, document) || parameters!.Range is null || !_workspace.Settings.InlayHints)
            {
                return Array.Empty<InlayHint>();
            }

            var map = LineMap.Of(document.Text);
            return PlanFigureHints.In(workspace.Compilation, document.Path, map.ToSpan(parameters.Range), _workspace.Language)
                .Select(hint => new InlayHint(map.ToPosition(hint.Offset), hint.Label, null, hint.Tooltip, PaddingLeft: true, PaddingRight: false))
                .ToList();
        }
    }
}
