using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using DslPlanning.Model;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>
    /// Rename across plans: <c>prepareRename</c> says which name would change (or why none can), <c>rename</c> edits the
    /// declaration and every reference. A refusal is an error response whose message is the symbol queries' reason,
    /// which the editor shows to the plan author as it is, in the server's language (as is this handler's own reason).
    /// </summary>
    internal sealed class RenameHandler : IServerFeature
    {
        private static readonly Phrase NoNameHere = Phrase.Of(
            "There is nothing to rename here: put the cursor on the name of a declared plan, actor, funder, place, level, area, goal or action.",
            "Här finns inget att byta namn på: ställ markören på namnet på en deklarerad plan, aktör, finansiär, ort, servicenivå, insatsområde, mål eller åtgärd.");

        private readonly ServerWorkspace _workspace;

        public RenameHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) => capabilities.RenameProvider = new RenameOptions(PrepareProvider: true);

        /// <summary>Null for a document the server does not have.</summary>
        [JsonRpcMethod(Methods.PrepareRename, UseSingleObjectParameterDeserialization = true)]
        public PrepareRenameResult? PrepareRename(TextDocumentPositionParams parameters)
        {
            if (DocumentPosition.Find(_workspace, parameters.TextDocument, parameters.Position) is not { } at)
            {
                return null;
            }

            var occurrence = Renamable(at, _workspace.Language);
            var name = at.Document.Text.ToString(occurrence.Span);
            return new PrepareRenameResult(LineMap.Of(at.Document.Text).ToRange(occurrence.Span), name);
        }

        /// <summary>Null for a document the server does not have.</summary>
        [JsonRpcMethod(Methods.Rename, UseSingleObjectParameterDeserialization = true)]
        public WorkspaceEdit? Rename(RenameParams parameters)
        {
            if (DocumentPosition.Find(_workspace, parameters.TextDocument, parameters.Position) is not { } at)
            {
                return null;
            }

            var result = at.Symbols.Rename(Renamable(at, _workspace.Language).Symbol, parameters.NewName ?? string.Empty);
            if (result.Refusal is { } refusal)
            {
                throw Refused(refusal.In(_workspace.Language));
            }

            var changes = new Dictionary<string, IReadOnlyList<TextEdit>>();
            foreach (var file in result.Edits)
            {
                var lines = at.Workspace.GetDocument(file.Path) is { } document ? LineMap.Of(document.Text) : null;
                if (lines is not null)
                {
                    changes[_workspace.UriOf(file.Path)] = file.Changes.Select(change => new TextEdit(lines.ToRange(change.Span), change.NewText)).ToList();
                }
            }

            return new WorkspaceEdit(changes);
        }

        /// <summary>The name at the position, when it names a symbol a plan could rename; otherwise the error response that says why not.</summary>
        private static SymbolOccurrence Renamable(DocumentPosition at, PlanLanguage language)
        {
            if (at.Symbol is not { } occurrence)
            {
                throw Refused(NoNameHere.In(language));
            }

            // Renaming a symbol to the name it has changes nothing, so what remains to be said is why it cannot be renamed at all.
            var current = at.Document.Text.ToString(occurrence.Span);
            if (at.Symbols.Rename(occurrence.Symbol, current).Refusal is { } refusal)
            {
                throw Refused(refusal.In(language));
            }

            return occurrence;
        }

        private static LocalRpcException Refused(string reason) => new(reason) { ErrorCode = ErrorCodes.RequestFailed };
    }
}
