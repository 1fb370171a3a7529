using System;
using System.IO;
using DslPlanning.Tests.Shared;
using System.Linq;

namespace DslPlanning.Analyzers.Tests.Support
{
    /// <summary>Paths in the repository the tests run from.</summary>
    public static class Repository
    {
        public static string Root => RepositoryRoot.Path;

        /// <summary>Every plan file in plans/, as (absolute path, text), in path order.</summary>
        public static (string Path, string Text)[] RealPlans() =>
            Directory.EnumerateFiles(Path.Combine(Root, "plans"), "*.plan", SearchOption.AllDirectories)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (path, File.ReadAllText(path)))
                .ToArray();
    }
}
