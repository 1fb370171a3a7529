using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Formatting
{
    /// <summary>The result of formatting a plan file: its new text, or why it was left as it is.</summary>
    public sealed class FormattedPlan
    {
        private readonly Phrase? _problem;

        private FormattedPlan(string original, string text, Diagnostic? error, Phrase? problem)
        {
            Text = text;
            Changed = text != original;
            Error = error;
            _problem = problem;
        }

        /// <summary>The formatted text; the original text when the file was not formatted.</summary>
        public string Text { get; }

        /// <summary>Whether <see cref="Text"/> differs from the original.</summary>
        public bool Changed { get; }

        /// <summary>The first syntax error of a file that was not formatted (the parser reports one wherever it skips text).</summary>
        public Diagnostic? Error { get; }

        /// <summary>Why the file was not formatted, in a few words; null when it was.</summary>
        public string? Problem => _problem?.English;

        public bool IsFormatted => _problem is null;

        /// <summary><see cref="Problem"/> in <paramref name="language"/>.</summary>
        public string? ProblemIn(PlanLanguage language) => _problem?.In(language);

        internal static FormattedPlan NotFormatted(string original, Diagnostic? error) =>
            new(original, original, error, error is null
                ? Phrase.Of("it has text the parser skipped", "den har text som tolken hoppade över")
                : Phrase.Of($"it has syntax errors (first: {error.Id} at line {error.Location.Start.Line + 1})", $"den har syntaxfel (det första: {error.Id} på rad {error.Location.Start.Line + 1})"));

        /// <summary>
        /// The formatted text, checked: it must hold the same tokens as the original but for the ';' between statements,
        /// or formatting would change the plan (a bug of the formatter), and the file is left as it is.
        /// </summary>
        internal static FormattedPlan From(string original, string formatted) =>
            PlanFormatter.SignificantTokens(original).SequenceEqual(PlanFormatter.SignificantTokens(formatted))
                ? new FormattedPlan(original, formatted, null, null)
                : new FormattedPlan(original, original, null, Phrase.Of(
                    "the formatter would change its tokens (a bug of the formatter; please report it)",
                    "formateringen skulle ändra dess ord och tecken (ett fel i formateringen; rapportera det gärna)"));
    }
}
