using System.Collections.Generic;
using System.Text;

namespace DslPlanning.Language.Text
{
    /// <summary>
    /// Unicode normalization of names (UAX #15) with the built-in <see cref="UnicodeData"/>, the same on every machine:
    /// <c>Åsele</c> typed as A + COMBINING RING ABOVE (NFD, as macOS and some PDFs give it) and as one character (NFC)
    /// is one name.
    /// </summary>
    public static class Normalization
    {
        /// <summary>Normalization Form C: canonical decomposition, canonical order, then canonical composition.</summary>
        public static string Compose(string text)
        {
            if (IsBelow(text, '\u0300'))
            {
                // Letters before the combining marks (U+0300) are all in NFC, and nothing here can combine with them.
                return text;
            }

            var chars = DecomposeToList(text);
            if (chars.Count == 0)
            {
                return string.Empty;
            }

            var starter = 0;
            var lastClass = UnicodeData.CombiningClass(chars[0]) == 0 ? 0 : 256;
            var length = 1;
            for (var index = 1; index < chars.Count; index++)
            {
                var c = chars[index];
                var charClass = UnicodeData.CombiningClass(c);
                var composite = UnicodeData.Compose(chars[starter], c);
                if (composite != '\0' && (lastClass < charClass || lastClass == 0))
                {
                    chars[starter] = composite;
                    continue;
                }

                if (charClass == 0)
                {
                    starter = length;
                }

                lastClass = charClass;
                chars[length++] = c;
            }

            var builder = new StringBuilder(length);
            for (var index = 0; index < length; index++)
            {
                builder.Append(chars[index]);
            }

            return builder.ToString();
        }

        /// <summary>Normalization Form D: canonical decomposition in canonical order.</summary>
        public static string Decompose(string text) => IsBelow(text, '\u00C0') ? text : new string(DecomposeToList(text).ToArray());

        private static List<char> DecomposeToList(string text)
        {
            var chars = new List<char>(text.Length + 4);
            foreach (var c in text)
            {
                UnicodeData.Decompose(c, chars);
            }

            // Canonical order: marks between two starters sorted by combining class, stably.
            for (var index = 1; index < chars.Count; index++)
            {
                var charClass = UnicodeData.CombiningClass(chars[index]);
                if (charClass == 0)
                {
                    continue;
                }

                var position = index;
                while (position > 0 && UnicodeData.CombiningClass(chars[position - 1]) > charClass)
                {
                    (chars[position - 1], chars[position]) = (chars[position], chars[position - 1]);
                    position--;
                }
            }

            return chars;
        }

        /// <summary>Whether every character of <paramref name="text"/> is below <paramref name="limit"/>.</summary>
        internal static bool IsBelow(string text, char limit)
        {
            foreach (var c in text)
            {
                if (c >= limit)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
