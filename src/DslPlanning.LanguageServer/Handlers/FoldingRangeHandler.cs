using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Features.Structure;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>Folding ranges: blocks and runs of comment lines.</summary>
    internal sealed class FoldingRangeHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public FoldingRangeHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.FoldingRangeProvider = true;

        [JsonRpcMethod(Methods.FoldingRange, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<FoldingRange> FoldingRange(FoldingRangeParams parameters)
        {
            if (_workspace.Find(parameters.TextDocument) is not { } found)
            {
                return Array.Empty<FoldingRange>();
            }

            var lines = LineMap.Of(found.Document.Text);
            return Folds.Of(found.Document.SyntaxTree, offset => lines.ToPosition(offset).Line)
                .Select(fold => new FoldingRange(fold.StartLine, fold.EndLine, fold.IsComment ? FoldingRangeKind.Comment : null))
                .ToList();
        }
    }
}
