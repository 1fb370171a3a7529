using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DslPlanning.Tests.Shared
{
    /// <summary>
    /// The <c># expect: SP4021, SP4022</c> comments at the end of a plan's lines: the diagnostics a test input expects to
    /// start on each line. Linked into the test projects that read them (golden files, the analyzer's weak plans).
    /// </summary>
    internal static class ExpectComments
    {
        public static readonly Regex Comment = new(@"#\s*expect:\s*(?<ids>[^#]*)$", RegexOptions.Compiled);

        /// <summary>The IDs a line's comment names, in its order; none without a comment.</summary>
        public static IReadOnlyList<string> IdsOf(string line)
        {
            var match = Comment.Match(line.TrimEnd('\r'));
            return match.Success ? match.Groups["ids"].Value.Split(',').Select(id => id.Trim()).ToList() : Array.Empty<string>();
        }

        /// <summary>The (one-based line, ID) pairs the comments of a text name.</summary>
        public static HashSet<(int Line, string Id)> Of(string text) =>
            text.Split('\n').SelectMany((line, index) => IdsOf(line).Select(id => (index + 1, id))).ToHashSet();
    }
}
