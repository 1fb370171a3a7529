using System.Linq;
using DslPlanning.LanguageServer.Features.SemanticTokens;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary><c>textDocument/semanticTokens/full</c> and <c>/range</c>: keywords, literals, comments and names by what they name.</summary>
    internal sealed class SemanticTokensHandler : IServerFeature
    {
        private static readonly SemanticTokens None = new(new int[0]);

        private readonly ServerWorkspace _workspace;

        public SemanticTokensHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.SemanticTokensProvider =
            new SemanticTokensOptions(new SemanticTokensLegend(SemanticTokenTypes.Types, SemanticTokenTypes.Modifiers), Range: true, Full: true);

        [JsonRpcMethod(Methods.SemanticTokensFull, UseSingleObjectParameterDeserialization = true)]
        public SemanticTokens Full(SemanticTokensParams parameters)
        {
            if (_workspace.Find(parameters.TextDocument) is not { } found)
            {
                return None;
            }

            return new SemanticTokens(SemanticTokenEncoder.Encode(PlanClassifier.Classify(found.Workspace, found.Document), LineMap.Of(found.Document.Text)));
        }

        [JsonRpcMethod(Methods.SemanticTokensRange, UseSingleObjectParameterDeserialization = true)]
        public SemanticTokens Range(SemanticTokensRangeParams parameters)
        {
            if (_workspace.Find(parameters.TextDocument) is not { } found || parameters.Range is null)
            {
                return None;
            }

            var map = LineMap.Of(found.Document.Text);
            var range = map.ToSpan(parameters.Range);
            var spans = PlanClassifier.Classify(found.Workspace, found.Document).Where(span => span.Span.End > range.Start && span.Span.Start < range.End);
            return new SemanticTokens(SemanticTokenEncoder.Encode(spans, map));
        }
    }
}
