using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics.Queries;

namespace DslPlanning.Language.Tests.Support
{
    /// <summary>Makes a rename's edits on the files' texts, as an editor would.</summary>
    public static class RenameEdits
    {
        /// <summary>Each file's text after the edits, by path; files without edits as they were.</summary>
        public static Dictionary<string, string> Apply(IEnumerable<(string Path, string Text)> files, RenameResult result)
        {
            var texts = files.ToDictionary(file => file.Path, file => file.Text);
            foreach (var file in result.Edits)
            {
                // From the last change back, so that each change's span still holds in the text it is made on.
                texts[file.Path] = file.Changes.Reverse().Aggregate(texts[file.Path], (text, change) => change.ApplyTo(text));
            }

            return texts;
        }
    }
}
