using System;
using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.LanguageServer.Features.Symbols
{
    /// <summary>Finding declarations across plans by a part of their name or title, as an editor's "go to symbol" asks.</summary>
    internal static class SymbolSearch
    {
        /// <summary>Enough to choose from in an editor's list; a longer list is refined by typing more.</summary>
        public const int MaxResults = 200;

        /// <summary>
        /// The declarations whose name or title contains <paramref name="query"/>, in any case (every one for an empty
        /// query): those matched by name first, then by title only, each in the order of <paramref name="files"/>.
        /// </summary>
        public static IReadOnlyList<(TFile File, OutlineEntry Entry, string? Container)> Find<TFile>(
            IEnumerable<(TFile File, IReadOnlyList<OutlineEntry> Outline)> files, string? query)
        {
            var text = query?.Trim() ?? string.Empty;
            var all = files.SelectMany(file => Outline.Flatten(file.Outline).Select(found => (file.File, found.Entry, found.Container))).ToList();
            var byName = all.Where(found => Contains(found.Entry.Name, text));
            var byTitle = all.Where(found => !Contains(found.Entry.Name, text) && Contains(found.Entry.Title, text));
            return byName.Concat(byTitle).Take(MaxResults).ToList();
        }

        private static bool Contains(string? text, string query) =>
            text is not null && text.IndexOf(query, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
