using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Corpus;

namespace DslPlanning.Benchmarks
{
    public enum Workload
    {
        /// <summary>The five plans in plans/.</summary>
        RealPlans,

        /// <summary>The national corpus: 21 regional programmes, 147 annual plans, 290 municipal plans.</summary>
        National,

        /// <summary>One plan of more than 10 000 lines (with the programme it follows).</summary>
        Large,
    }

    public static class Workloads
    {
        public static IReadOnlyList<(string Path, string Text)> Files(Workload workload) => workload switch
        {
            Workload.RealPlans => RealPlans(),
            Workload.National => NationalCorpus.Generate(),
            _ => NationalCorpus.LargePlan(),
        };

        /// <summary>The size of a workload in megabytes of plan text (UTF-16 characters / 10⁶).</summary>
        public static double Megabytes(Workload workload) => Files(workload).Sum(file => (double)file.Text.Length) / 1_000_000.0;

        private static IReadOnlyList<(string Path, string Text)> RealPlans() =>
            Directory.EnumerateFiles(Path.Combine(DslPlanning.Tests.Shared.RepositoryRoot.Path, "plans"), "*.plan")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
                .ToList();
    }
}
