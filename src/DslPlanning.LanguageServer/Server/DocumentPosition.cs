using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Workspaces;
using DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// The place a request points at: the snapshot, the document and the offset of the position (clamped to the text,
    /// as <see cref="LineMap"/> reads positions). Null for a document the server does not have, or no position.
    /// </summary>
    internal sealed record DocumentPosition(PlanWorkspace Workspace, PlanDocument Document, int Offset)
    {
        public static DocumentPosition? Find(ServerWorkspace server, TextDocumentIdentifier? document, Position? position)
        {
            if (position is null || server.Find(document) is not { } found)
            {
                return null;
            }

            return new DocumentPosition(found.Workspace, found.Document, LineMap.Of(found.Document.Text).ToOffset(position));
        }

        public SymbolQueries Symbols => SymbolQueries.Of(Workspace.Compilation);

        /// <summary>The plan, element or rule named at the position, or null.</summary>
        public SymbolOccurrence? Symbol => Symbols.SymbolAt(Document.Path, Offset);
    }
}
