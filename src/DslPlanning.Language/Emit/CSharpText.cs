using System.Globalization;
using System.Text;

namespace DslPlanning.Language.Emit
{
    /// <summary>Safe C# text for values from plans: literals that survive any content, and XML doc text.</summary>
    public static class CSharpText
    {
        /// <summary>
        /// A regular string literal. Quotes, backslashes, control and format characters (bidi overrides included),
        /// line and paragraph separators and surrogates are escaped, so the literal is valid and shows no hidden text.
        /// </summary>
        public static string String(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (NeedsEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        public static string Decimal(decimal value) =>
            value.ToString("0.############################", CultureInfo.InvariantCulture) + "m";

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Text for an XML doc comment line: escaped, on one line, without invisible characters.</summary>
        public static string Xml(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        builder.Append(NeedsEscape(c) || char.IsWhiteSpace(c) ? ' ' : c);
                        break;
                }
            }

            return builder.ToString();
        }

        private static bool NeedsEscape(char c)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return char.IsControl(c)
                || category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator
                || category == UnicodeCategory.Surrogate
                || category == UnicodeCategory.OtherNotAssigned
                || category == UnicodeCategory.PrivateUse
                || c == '\u0085';
        }
    }
}
