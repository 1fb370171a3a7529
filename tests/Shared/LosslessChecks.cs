using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Formatting;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Tests.Shared
{
    /// <summary>
    /// What the lossless tree and the formatter promise of any text, as checks that return what is wrong (null when
    /// nothing is). Linked into the language tests (real plans, corpus, nasty inputs) and the property tests (mutated and
    /// hostile plans).
    /// </summary>
    internal static class LosslessChecks
    {
        /// <summary>Printing the tokens gives the source back, and every node starts at the start and ends at the end of a token or of skipped text (a skipped statement is skipped text).</summary>
        public static string? TreeProblem(SyntaxTree tree)
        {
            var text = tree.Text.Text;
            var printed = tree.ToFullString();
            if (printed != text)
            {
                var at = Enumerable.Range(0, System.Math.Min(text.Length, printed.Length)).FirstOrDefault(index => text[index] != printed[index]);
                return $"the tokens print {printed.Length} characters for {text.Length}, first different at {at}";
            }

            var tokens = tree.Tokens.Where(token => token.Kind != SyntaxTokenKind.EndOfFile).ToList();
            // A block left open ends where its last statement does, which may be text recovery skipped after it.
            var skipped = tree.Tokens.SkippedText.Select(trivia => trivia.Span).ToList();
            var starts = new HashSet<int>(tokens.Select(token => token.Span.Start).Concat(skipped.Select(span => span.Start)));
            var ends = new HashSet<int>(tokens.Select(token => token.Span.End).Concat(skipped.Select(span => span.End)));
            var errors = new List<DslPlanning.Language.Text.TextSpan>();
            foreach (var node in tree.Plans.SelectMany(plan => plan.DescendantNodesAndSelf()))
            {
                var span = node.Span;
                if (node is ErrorStatementSyntax)
                {
                    errors.Add(span);
                    if (span.Length > 0 && (!skipped.Any(trivia => trivia.Start == span.Start) || !skipped.Any(trivia => trivia.End == span.End)))
                    {
                        return $"the skipped statement {span} is not skipped text";
                    }
                }
                else if (!errors.Any(error => error.Contains(span))
                         && (span.Length == 0
                             ? !starts.Contains(span.Start) && !ends.Contains(span.Start) && span.Start != text.Length
                             : !starts.Contains(span.Start) || !ends.Contains(span.End)))
                {
                    return $"{node.GetType().Name} {span} '{Printable(text.Substring(span.Start, span.Length))}' does not start and end at tokens";
                }
            }

            return null;
        }

        /// <summary>
        /// Formatting leaves a file with syntax errors as it is; any other file it formats so that formatting again changes
        /// nothing, and the plans mean the same: equal bound models, and equal diagnostics (IDs, at the same tokens).
        /// </summary>
        public static string? FormatterProblem(string path, string text)
        {
            var result = PlanFormatter.Format(path, text);
            if (!result.IsFormatted)
            {
                return result.Text == text && !result.Changed && result.Error is not null ? null : "a file was left as it is without a syntax error, or changed: " + result.Problem;
            }

            var again = PlanFormatter.Format(path, result.Text);
            if (!again.IsFormatted || again.Changed)
            {
                return "formatting twice changes the text again" + (again.Problem is null ? string.Empty : ": " + again.Problem);
            }

            var (modelsBefore, diagnosticsBefore) = Meaning(path, text);
            var (modelsAfter, diagnosticsAfter) = Meaning(path, result.Text);
            if (!modelsBefore.SequenceEqual(modelsAfter))
            {
                return "formatting changed the bound model of a plan";
            }

            return diagnosticsBefore == diagnosticsAfter ? null : $"formatting changed the diagnostics:\nbefore: {diagnosticsBefore}\nafter:  {diagnosticsAfter}";
        }

        /// <summary>
        /// The bound models of a file compiled alone, and its diagnostics: each ID with the token it is reported at (its
        /// number among the tokens but ';', and the offset in it), so that a diagnostic stays the same when formatting moves its line.
        /// </summary>
        public static (IReadOnlyList<ServicePlan> Models, string Diagnostics) Meaning(string path, string text)
        {
            var compilation = PlanCompilation.Create(new[] { (path, text) });
            var tokens = compilation.SyntaxTrees.Single().Tokens.Where(token => token.Kind != SyntaxTokenKind.Semicolon).Select(token => token.Span).ToList();
            string At(int position)
            {
                var index = tokens.FindIndex(span => span.End > position || (span.Length == 0 && span.Start == position));
                return index < 0 ? "end" : position >= tokens[index].Start ? $"{index}+{position - tokens[index].Start}" : $"before {index}";
            }

            var diagnostics = string.Join(" ", compilation.Diagnostics.Select(diagnostic => $"{diagnostic.Id}@{At(diagnostic.Location.Span.Start)}"));
            return (compilation.Plans.Select(plan => plan.Model).ToList(), diagnostics);
        }

        private static string Printable(string text) => string.Concat(text.Take(60).Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
    }
}
