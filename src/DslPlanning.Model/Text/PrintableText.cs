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
        /// <summary>The text with every control, invisible or line-separating character, and every lone surrogate, escaped.</summary>
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
        /// What a terminal acts on or what cannot be seen: controls (C0 with tab, CR and LF; DEL; C1, whose CSI and OSC
        /// start escape sequences as ESC does), format characters (bidirectional controls and marks as in Trojan Source,
        /// zero-width characters, the soft hyphen, the byte order mark, tag characters), the line and paragraph
        /// separators, the other default-ignorable characters that draw nothing (the combining grapheme joiner, the Hangul
        /// fillers, variation selectors), and surrogates that are not part of a pair, which no encoder can print.
        /// </summary>
        private static bool MustEscape(string text, int index)
        {
            var c = text[index];
            if (c >= ' ' && c < '\u007F')
            {
                return false;
            }

            if (char.IsSurrogate(c))
            {
                var pairStart = char.IsHighSurrogate(c) ? index : index - 1;
                if (pairStart < 0 || pairStart + 1 >= text.Length || !char.IsSurrogatePair(text[pairStart], text[pairStart + 1]))
                {
                    return true;
                }

                var codePoint = char.ConvertToUtf32(text[pairStart], text[pairStart + 1]);
                return CharUnicodeInfo.GetUnicodeCategory(text, pairStart) == UnicodeCategory.Format || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return true;
            }

            return IsInvisibleLetterOrMark(c);
        }

        /// <summary>
        /// Letters and marks that draw nothing (default-ignorable in Unicode): the combining grapheme joiner, the Hangul
        /// fillers, the Khmer inherent vowels, the Mongolian variation selectors and the variation selectors. A name can
        /// hold them, since they are letters and marks, so they are both escaped here and ignored when names are compared.
        /// </summary>
        public static bool IsInvisibleLetterOrMark(char c) =>
            c == '\u034F'
            || c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0'
            || c == '\u17B4' || c == '\u17B5'
            || (c >= '\u180B' && c <= '\u180F')
            || (c >= '\uFE00' && c <= '\uFE0F');
    }
}
