using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Syntax;

namespace DslPlanning.LanguageServer.Features.Structure
{
    /// <summary>Lines an editor can fold: a block, or a run of comment lines. <see cref="EndLine"/> is the last line hidden under <see cref="StartLine"/>.</summary>
    internal readonly record struct Fold(int StartLine, int EndLine, bool IsComment);

    /// <summary>
    /// The folds of a file, from its tokens: each block <c>{ … }</c> that spans lines (its closing brace stays visible)
    /// and each run of two or more lines that hold only a comment. Line numbers are <paramref name="lineOf"/>'s, so the
    /// caller decides what a line is. Unmatched braces of a broken file fold nothing.
    /// </summary>
    internal static class Folds
    {
        public static IReadOnlyList<Fold> Of(SyntaxTree tree, Func<int, int> lineOf) =>
            Blocks(tree, lineOf).Concat(CommentRuns(tree, lineOf)).OrderBy(fold => fold.StartLine).ToList();

        private static IEnumerable<Fold> Blocks(SyntaxTree tree, Func<int, int> lineOf)
        {
            var open = new Stack<SyntaxToken>();
            foreach (var token in tree.Tokens)
            {
                if (token.Kind == SyntaxTokenKind.OpenBrace)
                {
                    open.Push(token);
                }
                else if (token.Kind == SyntaxTokenKind.CloseBrace && open.Count > 0)
                {
                    var (start, end) = (lineOf(open.Pop().Span.Start), lineOf(token.Span.Start) - 1);
                    if (end > start)
                    {
                        yield return new Fold(start, end, IsComment: false);
                    }
                }
            }
        }

        private static IEnumerable<Fold> CommentRuns(SyntaxTree tree, Func<int, int> lineOf)
        {
            var lines = tree.Tokens.Trivia
                .Where(trivia => trivia.Kind == SyntaxTriviaKind.Comment && AloneOnItsLine(tree.Text.Text, trivia.Span.Start))
                .Select(trivia => lineOf(trivia.Span.Start));
            int? first = null;
            var last = 0;
            foreach (var line in lines)
            {
                if (first is { } start && line != last + 1)
                {
                    if (last > start)
                    {
                        yield return new Fold(start, last, IsComment: true);
                    }

                    first = null;
                }

                first ??= line;
                last = line;
            }

            if (first is { } runStart && last > runStart)
            {
                yield return new Fold(runStart, last, IsComment: true);
            }
        }

        private static bool AloneOnItsLine(string text, int start)
        {
            var index = start - 1;
            while (index >= 0 && text[index] is ' ' or '\t')
            {
                index--;
            }

            return index < 0 || text[index] is '\n' or '\r';
        }
    }
}
