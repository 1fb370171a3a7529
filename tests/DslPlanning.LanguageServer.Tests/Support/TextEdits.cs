using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>Applies the server's edits to a text, as an editor does: all against the text before them.</summary>
    internal static class TextEdits
    {
        public static string Apply(string text, IEnumerable<TextEdit> edits)
        {
            var map = LineMap.For(text);
            foreach (var (span, newText) in edits.Select(edit => (map.ToSpan(edit.Range), edit.NewText)).OrderByDescending(edit => edit.Item1.Start))
            {
                text = text.Substring(0, span.Start) + newText + text.Substring(span.End);
            }

            return text;
        }

        /// <summary>The one document's edits of a workspace edit.</summary>
        public static IReadOnlyList<TextEdit> Of(WorkspaceEdit edit, string uri) => Assert.Single(edit.Changes, change => change.Key == uri).Value;
    }
}
