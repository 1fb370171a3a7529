using System.Text;

namespace DslPlanning.Reports.Writers
{
    /// <summary>
    /// Escapes text for GitHub-flavoured Markdown: punctuation that would start emphasis, code, links, HTML or tables is
    /// backslash-escaped, so plan text always renders as the text it is.
    /// </summary>
    public static class MarkdownText
    {
        private const string Special = "\\`*_[]<>|~&#!{}";

        /// <summary>Text in a paragraph or list item; line breaks become hard breaks, and a line cannot start a block (heading, list, quote).</summary>
        public static string Inline(string text)
        {
            var lines = text.Replace("\r", string.Empty).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = LineStart(Escape(lines[i]));
            }

            return string.Join("\\\n", lines);
        }

        /// <summary>A heading's text: one line, with markup escaped.</summary>
        public static string Heading(string text) => Escape(text.Replace("\r", string.Empty).Replace('\n', ' '));

        /// <summary>Text in a table cell: a cell is one line, so line breaks become <c>&lt;br&gt;</c>.</summary>
        public static string Cell(string text)
        {
            var lines = text.Replace("\r", string.Empty).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = Escape(lines[i]).Trim();
            }

            return string.Join("<br>", lines);
        }

        private static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                if (Special.IndexOf(c) >= 0)
                {
                    builder.Append('\\');
                }

                builder.Append(c < ' ' && c != '\t' ? ' ' : c);
            }

            return builder.ToString();
        }

        /// <summary>Escapes what would make a line a list item, numbered item or quote (<c>- </c>, <c>+ </c>, <c>1. </c>).</summary>
        private static string LineStart(string line)
        {
            var trimmed = line.TrimStart();
            var indent = line.Substring(0, line.Length - trimmed.Length);
            if (trimmed.StartsWith("-", System.StringComparison.Ordinal) || trimmed.StartsWith("+", System.StringComparison.Ordinal) || trimmed.StartsWith("=", System.StringComparison.Ordinal))
            {
                return indent + "\\" + trimmed;
            }

            var digits = 0;
            while (digits < trimmed.Length && char.IsDigit(trimmed[digits]))
            {
                digits++;
            }

            // "1. " or "1) " starts a numbered list; "1.1 " does not.
            if (digits > 0 && digits < trimmed.Length && (trimmed[digits] is '.' or ')') && (digits + 1 == trimmed.Length || trimmed[digits + 1] is ' ' or '\t'))
            {
                return indent + trimmed.Substring(0, digits) + "\\" + trimmed.Substring(digits);
            }

            return line;
        }
    }
}
