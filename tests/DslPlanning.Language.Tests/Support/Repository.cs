using System;
using System.IO;
using System.Linq;

namespace DslPlanning.Language.Tests.Support
{
    /// <summary>Paths in the repository the tests run from.</summary>
    public static class Repository
    {
        private static readonly Lazy<string> RootPath = new(() =>
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DslPlanning.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("DslPlanning.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => RootPath.Value;

        public static string PlansFolder => Path.Combine(Root, "plans");

        /// <summary>Every plan file in plans/, as (path relative to the repository, text), in path order.</summary>
        public static (string Path, string Text)[] RealPlans() =>
            Directory.EnumerateFiles(PlansFolder, "*.plan", SearchOption.AllDirectories)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (Path.GetRelativePath(Root, path).Replace('\\', '/'), File.ReadAllText(path)))
                .ToArray();
    }
}
