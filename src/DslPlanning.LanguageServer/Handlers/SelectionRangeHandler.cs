using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Features.Structure;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>Selection ranges ("expand selection"): for each position, the word, its statement, its block, the declarations around it, the plan.</summary>
    internal sealed class SelectionRangeHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public SelectionRangeHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.SelectionRangeProvider = true;

        /// <summary>One answer per position, in their order; empty for a document the server does not have.</summary>
        [JsonRpcMethod(Methods.SelectionRange, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<SelectionRange> SelectionRange(SelectionRangeParams parameters)
        {
            if (_workspace.Find(parameters.TextDocument) is not { } found)
            {
                return Array.Empty<SelectionRange>();
            }

            var lines = LineMap.Of(found.Document.Text);
            var tree = found.Document.SyntaxTree;
            return (parameters.Positions ?? Array.Empty<Position>())
                .Select(position => Nested(SelectionChain.At(tree, lines.ToOffset(position ?? new Position(0, 0))).Select(lines.ToRange)))
                .ToList();
        }

        /// <summary>The innermost range, with each larger one as the parent of the one inside it.</summary>
        private static SelectionRange Nested(IEnumerable<Protocol.Range> innermostFirst) =>
            innermostFirst.Reverse().Aggregate((SelectionRange?)null, (parent, range) => new SelectionRange(range, parent))!;
    }
}
