using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;
using DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>Spans in the workspace's files as the editor's locations: the URI it knows the file by, and a range.</summary>
    internal static class Locations
    {
        /// <summary>The range of <paramref name="span"/> in the file <paramref name="path"/>, or null when the snapshot has no such file.</summary>
        public static Range? RangeOf(PlanWorkspace workspace, string path, TextSpan span) =>
            workspace.GetDocument(path) is { } document ? LineMap.Of(document.Text).ToRange(span) : null;

        public static Location? LocationOf(ServerWorkspace server, PlanWorkspace workspace, string path, TextSpan span) =>
            RangeOf(workspace, path, span) is { } range ? new Location(server.UriOf(path), range) : null;
    }
}
