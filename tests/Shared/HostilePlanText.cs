using System.Globalization;
using System.Text;

namespace DslPlanning.Tests.Shared
{
    /// <summary>
    /// A plan whose title, texts and source carry terminal escape sequences (clear screen, OSC 8 link), a fake
    /// "Build succeeded" line, CR/LF, bidirectional controls and NUL, both as escapes of the language and as raw
    /// characters, and whose diagnostics echo them. Linked into the test projects that print or report diagnostics.
    /// </summary>
    internal static class HostilePlanText
    {
        /// <summary>The payload written with the language's escapes (<c>\u001B</c>): a plan string can hold any character.</summary>
        public const string Escaped = @"\u001B[2J\u001B[H\u001B]8;;http://x.example\u001B\\Build succeeded\u001B]8;;\u001B\\\u000D\n\u202E\u0000\u009B31m";

        /// <summary>The same payload as raw characters in the file, but for the backslashes the string needs (its line break stays a line break of the text).</summary>
        public const string Raw = "\u001B[2J\u001B[H\u001B]8;;http://x.example\u001B\\\\Build succeeded\u001B]8;;\u001B\\\\\r\n\u202E\u0000\u009B31m";

        /// <summary>A plan without errors, so that the rules run: SP5001 echoes goal titles, SP1016 the reason of an exception.</summary>
        public const string Plan =
            "municipal plan Injektion \"" + Escaped + "\" {\n" +
            "  owner Kommunen\n" +
            "  period 2023..2030\n" +
            "  review yearly\n" +
            "  actor Kommunen \"" + Raw + "\" municipality\n" +
            "  area IO1 \"" + Raw + "\" priority 1 {\n" +
            "    goal G1 \"" + Escaped + "\" { indicator \"i\" target 3 in 2026 }\n" +
            "    goal G2 \"" + Raw + "\" { indicator \"i\" target 3 in 2026 }\n" +
            "    action A1 \"" + Escaped + "\" serves G1 {\n" +
            "      owner Kommunen\n" +
            "      exception SP3008 \"" + Escaped + "\"\n" +
            "    }\n" +
            "  }\n" +
            "}\n";

        /// <summary>A plan with raw control characters where a statement or a name should be.</summary>
        public const string BrokenPlan =
            "municipal plan Trasig \"" + Raw + "\" {\n" +
            "  \u001B[2J\u001B]8;;http://x.example\u001B\\\n" +
            "  owner Okänd\u0000\u009B\n" +
            "  note \"" + Escaped + "\r\n" +
            "}\n";

        /// <summary>The characters of printed output, apart from its line ends, that must never reach a console or build log raw: controls, format characters, separators and lone surrogates.</summary>
        public static string Unprintable(string output)
        {
            var text = output.Replace("\r\n", "\n");
            var found = new StringBuilder();
            for (var index = 0; index < text.Length; index++)
            {
                if (char.IsSurrogatePair(text, index))
                {
                    index++;
                }
                else if (text[index] != '\n' && CharUnicodeInfo.GetUnicodeCategory(text[index]) is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
                {
                    found.Append($"U+{(int)text[index]:X4} ");
                }
            }

            return found.ToString();
        }
    }
}
