using System.Collections.Generic;
using System.Text;

namespace DslPlanning.LanguageServer.Features.Completion
{
    /// <summary>
    /// What stands before the caret in the statement being typed, read from the text itself: a statement typed halfway
    /// does not parse, so the syntax tree cannot say. <see cref="Prefix"/> is the name typed so far (<c>JämtlandRSP.I</c>),
    /// <see cref="Words"/> the statement's words before it on the line, strings left out, a comma as the word ",".
    /// </summary>
    internal sealed record CompletionSite(string Prefix, int PrefixStart, IReadOnlyList<string> Words)
    {
        public bool AtStatementStart => Words.Count == 0;

        public string? LastWord => Words.Count == 0 ? null : Words[Words.Count - 1];

        public static CompletionSite At(string text, int offset)
        {
            var prefixStart = offset;
            while (prefixStart > 0 && IsNamePart(text[prefixStart - 1]))
            {
                prefixStart--;
            }

            var lineStart = prefixStart;
            while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
            {
                lineStart--;
            }

            return new CompletionSite(text.Substring(prefixStart, offset - prefixStart), prefixStart, WordsOfStatement(text.Substring(lineStart, prefixStart - lineStart)));
        }

        /// <summary>A name's characters (letters, digits, <c>_ - .</c>), and <c>/</c> for <c>h/week</c>.</summary>
        private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '%';

        /// <summary>The words after the last statement end (<c>{ } ;</c>) outside strings; a comment ends the words.</summary>
        private static List<string> WordsOfStatement(string line)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            var inString = false;
            for (var index = 0; index < line.Length; index++)
            {
                var c = line[index];
                if (inString)
                {
                    index += c == '\\' ? 1 : 0;
                    inString = c != '"';
                    continue;
                }

                if (IsNamePart(c))
                {
                    word.Append(c);
                    continue;
                }

                Flush(words, word);
                switch (c)
                {
                    case '"':
                        inString = true;
                        break;
                    case ',':
                        words.Add(",");
                        break;
                    case '{' or '}' or ';':
                        words.Clear();
                        break;
                    case '#':
                        words.Add("#");
                        return words;
                }
            }

            Flush(words, word);
            if (inString)
            {
                // Within a string nothing is completed: a word that no statement has says so.
                words.Add("\"");
            }

            return words;
        }

        private static void Flush(List<string> words, StringBuilder word)
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
