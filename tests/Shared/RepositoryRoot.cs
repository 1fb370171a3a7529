using System;
using System.IO;

namespace DslPlanning.Tests.Shared
{
    /// <summary>
    /// The repository the tests and benchmarks run from: the first folder above the assembly that holds
    /// DslPlanning.sln. Linked into each test project (tests/Shared is not a project of its own).
    /// </summary>
    internal static class RepositoryRoot
    {
        private static readonly Lazy<string> Root = new(() =>
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "DslPlanning.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Run from the repository: DslPlanning.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Path => Root.Value;
    }
}
