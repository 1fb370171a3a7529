namespace DslPlanning.Reports.Writers
{
    /// <summary>CSV fields as Excel reads them (RFC 4180 quoting, <c>;</c> separator), with formula injection neutralised.</summary>
    public static class CsvText
    {
        public const char Separator = ';';

        /// <summary>
        /// A text field. A text starting with <c>= + - @</c>, a tab or a carriage return would be run as a formula by a
        /// spreadsheet, so it gets a leading <c>'</c> (OWASP's advice); the field is quoted when it holds the separator,
        /// a quote or a line break.
        /// </summary>
        public static string Text(string text)
        {
            if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                text = "'" + text;
            }

            return Quote(text);
        }

        public static string Quote(string text)
        {
            var needsQuotes = text.IndexOf(Separator) >= 0 || text.IndexOf('"') >= 0 || text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0;
            return needsQuotes ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
        }
    }
}
