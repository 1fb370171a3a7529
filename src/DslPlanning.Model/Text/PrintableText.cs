using System.Globalization;
using System.Text;

namespace DslPlanning.Model
{
    /// <summary>
    /// The one policy for plan text that reaches a console or a build log: characters that a terminal acts on or that
    /// hide or reorder text are shown as <c>\uXXXX</c>, so that a plan cannot clear the screen, plant a fake line or a
    /// link in a CI log, or make a message read differently from what it says.
    /// </summary>
    public static class PrintableText
    {
        /// <summary>The text with every control, invisible format, line-separator and lone-surrogate character escaped.</summary>
        public static string Escape(string text)
        {
            var index = 0;
            while (index < text.Length && !MustEscape(text, index))
            {
                index++;
            }

            if (index == text.Length)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16);
            builder.Append(text, 0, index);
            for (; index < text.Length; index++)
            {
                if (MustEscape(text, index))
                {
                    builder.Append("\\u").Append(((int)text[index]).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(text[index]);
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// C0 and C1 controls (escape sequences, newlines, tabs) and DEL; the bidirectional controls and marks (Trojan
        /// Source); zero-width and other invisible format characters; line and paragraph separators; and surrogates that
        /// are not part of a pair, which no encoder can print.
        /// </summary>
        private static bool MustEscape(string text, int index)
        {
            var c = text[index];
            if (c < ' ' || (c >= '\u007F' && c <= '\u009F'))
            {
                return true;
            }

            if (c < '\u0600')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
            }

            if (char.IsLowSurrogate(c))
            {
                return index == 0 || !char.IsHighSurrogate(text[index - 1]);
            }

            return c == '\u061C'
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u2028' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u206F')
                || c == '\uFEFF'
                || (c >= '\uFFF9' && c <= '\uFFFB');
        }
    }
}
