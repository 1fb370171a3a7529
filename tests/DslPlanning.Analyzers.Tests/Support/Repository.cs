using System;
using System.IO;
using System.Linq;

namespace DslPlanning.Analyzers.Tests.Support
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

        /// <summary>Every plan file in plans/, as (absolute path, text), in path order.</summary>
        public static (string Path, string Text)[] RealPlans() =>
            Directory.EnumerateFiles(Path.Combine(Root, "plans"), "*.plan", SearchOption.AllDirectories)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (path, File.ReadAllText(path)))
                .ToArray();
    }
}
