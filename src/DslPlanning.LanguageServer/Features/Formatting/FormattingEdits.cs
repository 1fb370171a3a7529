using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Formatting;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.LanguageServer.Features.Formatting
{
    /// <summary>
    /// What the formatter changes in a document, as small edits. The formatter keeps every token but the ';' between
    /// statements and changes only what stands between them, so the two texts are compared gap by gap, token by token,
    /// and each gap that differs is one edit (without what the two gaps start and end with alike).
    /// </summary>
    internal static class FormattingEdits
    {
        /// <summary>The edits that format the document; none when it is formatted or has syntax errors.</summary>
        public static IReadOnlyList<PlanEdit> Of(PlanDocument document)
        {
            var formatted = PlanFormatter.Format(document.SyntaxTree);
            if (!formatted.IsFormatted || !formatted.Changed)
            {
                return new PlanEdit[0];
            }

            var original = document.Text.Text;
            var before = Kept(document.SyntaxTree);
            var after = Kept(PlanParser.Parse(document.Path, formatted.Text));
            if (before.Count != after.Count)
            {
                // Not expected: the formatter checks that it keeps the tokens. One edit is still right.
                return new[] { new PlanEdit(new TextSpan(0, original.Length), formatted.Text) };
            }

            var edits = new List<PlanEdit>();
            int oldGapStart = 0, newGapStart = 0;
            for (var index = 0; index < before.Count; index++)
            {
                var oldGap = TextSpan.FromBounds(oldGapStart, before[index].Start);
                var newGap = TextSpan.FromBounds(newGapStart, after[index].Start);
                if (Changed(original, oldGap, formatted.Text, newGap) is { } edit)
                {
                    edits.Add(edit);
                }

                oldGapStart = before[index].End;
                newGapStart = after[index].End;
            }

            return edits;
        }

        /// <summary>The edits within whole lines of <paramref name="lines"/>: formatting a selection changes nothing outside it.</summary>
        public static IReadOnlyList<PlanEdit> Within(IReadOnlyList<PlanEdit> edits, TextSpan lines) =>
            edits.Where(edit => edit.Span.Start >= lines.Start && edit.Span.End <= lines.End).ToList();

        /// <summary>The spans of the tokens formatting keeps, and the end of the file.</summary>
        private static List<TextSpan> Kept(SyntaxTree tree) =>
            tree.Tokens.Where(token => token.Kind != SyntaxTokenKind.Semicolon).Select(token => token.Span).ToList();

        private static PlanEdit? Changed(string oldText, TextSpan oldGap, string newText, TextSpan newGap)
        {
            int start = 0, oldLength = oldGap.Length, newLength = newGap.Length;
            while (start < oldLength && start < newLength && oldText[oldGap.Start + start] == newText[newGap.Start + start])
            {
                start++;
            }

            while (oldLength > start && newLength > start && oldText[oldGap.Start + oldLength - 1] == newText[newGap.Start + newLength - 1])
            {
                oldLength--;
                newLength--;
            }

            return start == oldLength && start == newLength
                ? null
                : new PlanEdit(TextSpan.FromBounds(oldGap.Start + start, oldGap.Start + oldLength), newText.Substring(newGap.Start + start, newLength - start));
        }
    }
}
