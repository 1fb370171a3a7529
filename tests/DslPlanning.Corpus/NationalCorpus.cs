using System;
using System.Collections.Generic;
using System.Globalization;

namespace DslPlanning.Corpus
{
    /// <summary>
    /// The national-scale workload: 21 regional programmes, 7 annual action plans each (2024–2030), and 290 municipal
    /// plans, each following its region's programme; sizes follow the real plans (Krokom ≈ 300 lines, Västerbotten's
    /// programme ≈ 400, its action plan ≈ 170). Deterministic for a seed.
    /// </summary>
    public static class NationalCorpus
    {
        public const int Regions = 21;
        public const int AnnualPlansPerRegion = 7;
        public const int Municipalities = 290;
        public const int DefaultSeed = 2026;

        /// <summary>Every plan of the corpus as (relative path, text), in path order.</summary>
        public static IReadOnlyList<(string Path, string Text)> Generate(int seed = DefaultSeed)
        {
            var names = new Names(new Random(seed));
            var files = new List<(string, string)>();
            for (var region = 1; region <= Regions; region++)
            {
                files.Add(($"regions/{RegionalProgramme.Name(region)}.plan", RegionalProgramme.Write(region, names)));
                for (var year = 2024; year < 2024 + AnnualPlansPerRegion; year++)
                {
                    files.Add(($"regions/{AnnualPlan.Name(region, year)}.plan", AnnualPlan.Write(region, year, names)));
                }
            }

            for (var municipality = 1; municipality <= Municipalities; municipality++)
            {
                var region = (municipality - 1) % Regions + 1;
                files.Add(($"municipalities/{MunicipalPlan.Name(municipality)}.plan", MunicipalPlan.Write(municipality, region, names)));
            }

            files.Sort((left, right) => string.CompareOrdinal(left.Item1, right.Item1));
            return files;
        }

        /// <summary>
        /// One very large municipal plan (the single-file case) of at least <paramref name="lines"/> lines, with the
        /// regional programme it follows.
        /// </summary>
        public static IReadOnlyList<(string Path, string Text)> LargePlan(int lines = 10_000, int seed = DefaultSeed)
        {
            const int actionsPerArea = 60;
            var placesPerLevel = Math.Max(10, lines / 60);
            var areas = Math.Max(3, lines / 1_000);
            while (true)
            {
                // The same seed for every attempt, so the plan depends only on its arguments.
                var names = new Names(new Random(seed));
                var regional = RegionalProgramme.Write(1, names);
                var municipal = MunicipalPlan.Write(999, 1, names, areas, actionsPerArea, placesPerLevel);
                if (LineCount(municipal) >= lines)
                {
                    return new[] { ("regions/" + RegionalProgramme.Name(1) + ".plan", regional), ("large/Storkommun.plan", municipal) };
                }

                areas++;
            }
        }

        public static int LineCount(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    count++;
                }
            }

            return count;
        }

        public static string Size(IReadOnlyList<(string Path, string Text)> files)
        {
            long characters = 0;
            long lines = 0;
            foreach (var (_, text) in files)
            {
                characters += text.Length;
                lines += LineCount(text);
            }

            return string.Format(CultureInfo.InvariantCulture, "{0} files, {1} lines, {2:0.0} MB", files.Count, lines, characters / 1_000_000.0);
        }
    }
}
