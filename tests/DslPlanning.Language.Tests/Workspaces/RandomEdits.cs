using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Language.Tests.Workspaces
{
    /// <summary>
    /// Edits as an author makes them, chosen by a seeded random: a character typed or deleted anywhere, a word replaced by
    /// another word of the plans (a name declared elsewhere, a keyword, a status), a digit changed, a line deleted. Names
    /// swapped for names make references break and mend across plans; the rest breaks and mends syntax.
    /// </summary>
    internal sealed class RandomEdits
    {
        private const string Typed = " \n{}\"._-#0123456789aeoxyzåäöKMR";
        private static readonly Regex Word = new(@"[\p{L}_][\p{L}\p{N}_.]*", RegexOptions.Compiled);

        private readonly Random _random;
        private readonly string[] _words;

        public RandomEdits(int seed, IEnumerable<string> texts)
        {
            _random = new Random(seed);
            _words = texts.SelectMany(text => Word.Matches(text).Select(match => match.Value)).Distinct(StringComparer.Ordinal).OrderBy(word => word, StringComparer.Ordinal).ToArray();
        }

        public int Next(int count) => _random.Next(count);

        /// <summary>An edit of <paramref name="text"/> and a description of it for a failing test's message.</summary>
        public (TextChange Change, string Description) Of(string text)
        {
            var at = _random.Next(text.Length + 1);
            switch (text.Length == 0 ? 0 : _random.Next(6))
            {
                case 0:
                    var typed = Typed[_random.Next(Typed.Length)].ToString();
                    return (new TextChange(new TextSpan(at, 0), typed), $"typed '{typed}' at {at}");
                case 1:
                    var length = Math.Min(_random.Next(1, 9), text.Length - at);
                    return (new TextChange(new TextSpan(at, length), string.Empty), $"deleted {length} at {at}");
                case 2:
                case 3:
                    var words = Word.Matches(text);
                    if (words.Count == 0)
                    {
                        goto default;
                    }

                    var word = words[_random.Next(words.Count)];
                    var replacement = _words[_random.Next(_words.Length)];
                    return (new TextChange(new TextSpan(word.Index, word.Length), replacement), $"'{word.Value}' at {word.Index} replaced by '{replacement}'");
                case 4:
                    var digits = Enumerable.Range(0, text.Length).Where(index => char.IsDigit(text[index])).ToList();
                    if (digits.Count == 0)
                    {
                        goto default;
                    }

                    var digit = digits[_random.Next(digits.Count)];
                    var other = ((text[digit] - '0' + _random.Next(1, 10)) % 10).ToString();
                    return (new TextChange(new TextSpan(digit, 1), other), $"digit at {digit} made {other}");
                default:
                    var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                    var end = text.IndexOf('\n', at);
                    var span = TextSpan.FromBounds(start, end < 0 ? text.Length : end + 1);
                    return (new TextChange(span, string.Empty), $"deleted the line {span}");
            }
        }
    }
}
