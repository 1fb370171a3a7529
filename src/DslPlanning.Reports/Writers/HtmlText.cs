using System.Text;

namespace DslPlanning.Reports.Writers
{
    /// <summary>Escapes text for HTML and SVG content and attribute values: every plan string goes through here.</summary>
    public static class HtmlText
    {
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length + 16);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&':
                        builder.Append("&amp;");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    case '"':
                        builder.Append("&quot;");
                        break;
                    case '\'':
                        builder.Append("&#39;");
                        break;
                    case '\r':
                        break;
                    default:
                        // Control characters other than tab and newline are not allowed in HTML text.
                        if (c < ' ' && c != '\t' && c != '\n')
                        {
                            builder.Append(' ');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>Escaped text whose line breaks show as <c>&lt;br&gt;</c>.</summary>
        public static string Lines(string text) => Escape(text).Replace("\n", "<br>\n");
    }
}
