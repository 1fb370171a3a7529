using System;
using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Model
{
    /// <summary>
    /// A piece of a message in both languages: words that differ (<c>Phrase.Of(" in plan ", " i planen ")</c>), or text
    /// that reads the same in both, such as a name, a number or an amount, which a string converts to.
    /// </summary>
    public readonly struct Phrase : IEquatable<Phrase>
    {
        private readonly string? _english;
        private readonly string? _swedish;

        private Phrase(string english, string swedish)
        {
            _english = english;
            _swedish = swedish;
        }

        public static Phrase Empty => string.Empty;

        public string English => _english ?? string.Empty;

        public string Swedish => _swedish ?? string.Empty;

        public static Phrase Of(string english, string swedish) => new(english, swedish);

        public static implicit operator Phrase(string text) => new(text, text);

        public static Phrase operator +(Phrase first, Phrase second) => new(first.English + second.English, first.Swedish + second.Swedish);

        /// <summary>The items joined by <paramref name="separator"/>, in each language.</summary>
        public static Phrase Join(Phrase separator, IEnumerable<Phrase> items)
        {
            var list = items.ToList();
            return new(string.Join(separator.English, list.Select(item => item.English)), string.Join(separator.Swedish, list.Select(item => item.Swedish)));
        }

        public string In(PlanLanguage language) => language == PlanLanguage.Swedish ? Swedish : English;

        /// <summary>This phrase with <paramref name="change"/> applied to each language's text.</summary>
        public Phrase Select(Func<string, string> change) => new(change(English), change(Swedish));

        public bool Equals(Phrase other) => English == other.English && Swedish == other.Swedish;

        public override bool Equals(object? obj) => obj is Phrase other && Equals(other);

        public override int GetHashCode() => (English.GetHashCode() * 31) ^ Swedish.GetHashCode();

        public static bool operator ==(Phrase first, Phrase second) => first.Equals(second);

        public static bool operator !=(Phrase first, Phrase second) => !first.Equals(second);

        public override string ToString() => English;
    }
}
