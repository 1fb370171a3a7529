using System;
using System.IO;
using DslPlanning.Tests.Shared;
using System.Linq;

namespace DslPlanning.Language.Tests.Support
{
    /// <summary>Paths in the repository the tests run from.</summary>
    public static class Repository
    {
        public static string Root => RepositoryRoot.Path;

        public static string PlansFolder => Path.Combine(Root, "plans");

        /// <summary>Every plan file in plans/, as (path relative to the repository, text), in path order.</summary>
        public static (string Path, string Text)[] RealPlans() =>
            Directory.EnumerateFiles(PlansFolder, "*.plan", SearchOption.AllDirectories)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (Path.GetRelativePath(Root, path).Replace('\\', '/'), File.ReadAllText(path)))
                .ToArray();
    }
}
