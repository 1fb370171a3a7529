using System;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Workspaces
{
    /// <summary>
    /// An edit of a document's text: the characters of <see cref="Span"/> replaced by <see cref="NewText"/> (an insertion
    /// has an empty span, a deletion an empty new text), as an editor reports it.
    /// </summary>
    public readonly record struct TextChange(TextSpan Span, string NewText)
    {
        /// <summary>
        /// The text with the change made. A span that does not lie within the text (a start or length below zero, or an
        /// end past the text) is an error of the caller, not something to guess at: <see cref="ArgumentOutOfRangeException"/>.
        /// </summary>
        public string ApplyTo(string text)
        {
            if (Span.Start < 0 || Span.Length < 0 || Span.Start > text.Length || Span.Length > text.Length - Span.Start)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(Span), Span, $"The change {Span} does not lie within the document's {text.Length} characters [0..{text.Length}).");
            }

            return text.Substring(0, Span.Start) + (NewText ?? string.Empty) + text.Substring(Span.End);
        }
    }
}
