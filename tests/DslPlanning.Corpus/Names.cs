using System;

namespace DslPlanning.Corpus
{
    /// <summary>Swedish-sounding place and organisation names, drawn deterministically.</summary>
    internal sealed class Names
    {
        private static readonly string[] Starts = { "Ås", "Björk", "Älv", "Sjö", "Fjäll", "Myr", "Lund", "Ström", "Öst", "Väst", "Berg", "Hög", "Tall", "Gran", "Ö", "Rön", "Ljung", "Kvarn", "Forsa", "Å" };
        private static readonly string[] Ends = { "by", "vik", "sjön", "dal", "berg", "näs", "holm", "å", "fors", "strand", "bränna", "mark", "lid", "ås", "torp" };
        private readonly Random _random;

        public Names(Random random)
        {
            _random = random;
        }

        public string Place() => Starts[_random.Next(Starts.Length)] + Ends[_random.Next(Ends.Length)];

        public int Next(int min, int max) => _random.Next(min, max);

        public bool Chance(double probability) => _random.NextDouble() < probability;

        public T Pick<T>(T[] items) => items[_random.Next(items.Length)];
    }
}
