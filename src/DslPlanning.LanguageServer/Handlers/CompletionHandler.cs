using System.Linq;
using DslPlanning.LanguageServer.Features.Completion;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary><c>textDocument/completion</c>: keywords, names, words, units and rules (<see cref="PlanCompletion"/>).</summary>
    internal sealed class CompletionHandler : IServerFeature
    {
        /// <summary>A space starts a statement's value, a dot the member of another plan (<c>JämtlandRSP.</c>).</summary>
        private static readonly string[] TriggerCharacters = { " ", "." };

        private static readonly CompletionList Empty = new(false, System.Array.Empty<CompletionItem>());

        private readonly ServerWorkspace _workspace;

        public CompletionHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) =>
            capabilities.CompletionProvider = new CompletionOptions(TriggerCharacters, ResolveProvider: false);

        [JsonRpcMethod(Methods.Completion, UseSingleObjectParameterDeserialization = true)]
        public CompletionList Complete(CompletionParams parameters)
        {
            if (_workspace.Find(parameters?.TextDocument) is not var (workspace, document) || parameters!.Position is null)
            {
                return Empty;
            }

            var text = document.Text;
            var map = LineMap.Of(text);
            var offset = map.ToOffset(parameters.Position);
            var site = CompletionSite.At(text.Text, offset);
            if (IsTypedSpace(parameters.Context) && site.AtStatementStart)
            {
                return Empty;
            }

            var suggestions = PlanCompletion.At(workspace.Compilation, text, offset, site, _workspace.Language);
            var replaced = map.ToRange(Language.Text.TextSpan.FromBounds(site.PrefixStart, offset));
            var items = suggestions.Select((suggestion, index) => Item(suggestion, replaced, index)).ToList();
            return new CompletionList(false, items);
        }

        /// <summary>A space typed in the indentation of a line asks for nothing.</summary>
        private static bool IsTypedSpace(CompletionContext? context) =>
            context is { TriggerKind: CompletionTriggerKind.TriggerCharacter, TriggerCharacter: " " };

        private static CompletionItem Item(Suggestion suggestion, Range replaced, int index) => new(
            suggestion.Label,
            suggestion.Kind switch
            {
                SuggestionKind.Keyword => CompletionItemKind.Keyword,
                SuggestionKind.Declaration => CompletionItemKind.Snippet,
                SuggestionKind.Reference => CompletionItemKind.Reference,
                SuggestionKind.Unit => CompletionItemKind.Unit,
                SuggestionKind.Rule => CompletionItemKind.Constant,
                _ => CompletionItemKind.Enum,
            },
            suggestion.Detail,
            suggestion.Documentation is { } documentation ? new MarkupContent(MarkupKind.Markdown, documentation) : null,
            suggestion.Snippet is null ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
            new TextEdit(replaced, suggestion.Snippet ?? suggestion.Label),
            SortText: index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
    }
}
