using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>Paths in the repository the tests run from.</summary>
    public static class TestPaths
    {
        public static string Root => RepositoryRoot.Path;

        public static string Docs(string file) => Path.Combine(Root, "docs", file);

        /// <summary>
        /// The folder of a test source file. A CI build maps source paths to <c>/_/</c> (deterministic paths), so a
        /// caller path that does not exist is taken as relative to the repository.
        /// </summary>
        public static string SourceFolder(string callerFilePath)
        {
            if (File.Exists(callerFilePath))
            {
                return Path.GetDirectoryName(callerFilePath)!;
            }

            var relative = callerFilePath.Replace('\\', '/');
            relative = relative.StartsWith("/_/", StringComparison.Ordinal) ? relative.Substring(3) : relative.TrimStart('/');
            return Path.GetDirectoryName(Path.Combine(Root, relative))!;
        }

        /// <summary>Every file under a folder, as paths relative to it with <c>/</c>, in ordinal order.</summary>
        public static IReadOnlyList<string> FilesUnder(string folder) =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();

        /// <summary>A new empty folder under the system's temporary folder.</summary>
        public static string NewTempFolder(string name)
        {
            var path = Path.Combine(Path.GetTempPath(), "dslplanning-tests", name + "-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
