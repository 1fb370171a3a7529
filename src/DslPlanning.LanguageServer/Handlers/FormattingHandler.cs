using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Text;
using DslPlanning.LanguageServer.Features.Formatting;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>
    /// <c>textDocument/formatting</c> and <c>rangeFormatting</c>: the compiler's formatter, as the few edits it makes. A
    /// document with syntax errors gets no edits, as <c>dslplanning format</c> leaves such a file as it is.
    /// </summary>
    internal sealed class FormattingHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public FormattingHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities)
        {
            capabilities.DocumentFormattingProvider = true;
            capabilities.DocumentRangeFormattingProvider = true;
        }

        [JsonRpcMethod(Methods.Formatting, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<TextEdit> Format(DocumentFormattingParams parameters)
        {
            if (_workspace.Find(parameters.TextDocument) is not { Document: var document })
            {
                return new TextEdit[0];
            }

            var map = LineMap.Of(document.Text);
            return FormattingEdits.Of(document).Select(edit => new TextEdit(map.ToRange(edit.Span), edit.NewText)).ToList();
        }

        [JsonRpcMethod(Methods.RangeFormatting, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<TextEdit> FormatRange(DocumentRangeFormattingParams parameters)
        {
            if (_workspace.Find(parameters.TextDocument) is not { Document: var document } || parameters.Range is not { } range)
            {
                return new TextEdit[0];
            }

            var map = LineMap.Of(document.Text);
            var lines = TextSpan.FromBounds(
                map.ToOffset(new Position(range.Start.Line, 0)),
                map.ToOffset(new Position(range.End.Line, int.MaxValue)));
            return FormattingEdits.Within(FormattingEdits.Of(document), lines).Select(edit => new TextEdit(map.ToRange(edit.Span), edit.NewText)).ToList();
        }
    }
}
