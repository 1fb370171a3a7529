using System;
using System.IO;
using DslPlanning.LanguageServer.Server;
using DslPlanning.Tests.Shared;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>A temporary workspace folder: a copy of the real plans, or plans written by the test; deleted at the end.</summary>
    internal sealed class PlanFolder : IDisposable
    {
        private PlanFolder(string path) => Path = path;

        public string Path { get; }

        public static PlanFolder Empty()
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dslplanning-lsp-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return new PlanFolder(path);
        }

        /// <summary>A copy of the plans in the repository's plans/ folder.</summary>
        public static PlanFolder WithRealPlans()
        {
            var folder = Empty();
            foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(RepositoryRoot.Path, "plans"), "*.plan"))
            {
                File.Copy(file, System.IO.Path.Combine(folder.Path, System.IO.Path.GetFileName(file)));
            }

            return folder;
        }

        public string Write(string name, string text)
        {
            var path = FilePath(name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public string FilePath(string name) => System.IO.Path.Combine(Path, name);

        public string Uri(string name) => DocumentUris.FromPath(FilePath(name));

        public string Text(string name) => File.ReadAllText(FilePath(name));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is not a test failure.
            }
        }
    }
}
