using System;
using System.IO;
using System.Linq;

// The command writes to the process's console: tests that redirect it must run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace DslPlanning.Cli.Tests
{
    /// <summary>Runs <c>dslplanning</c> in this process with its console captured, and makes folders of plan files to run it on.</summary>
    internal static class Cli
    {
        public static (int ExitCode, string Output, string Error) Run(params string[] args)
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            var (savedOutput, savedError) = (Console.Out, Console.Error);
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exitCode = Program.Main(args);
                return (exitCode, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(savedOutput);
                Console.SetError(savedError);
            }
        }

        public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>A new empty folder under the temporary folder, deleted by the caller's <c>using</c>.</summary>
        public static TemporaryFolder Folder() => new();

        internal sealed class TemporaryFolder : IDisposable
        {
            public TemporaryFolder()
            {
                Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dslplanning-cli-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(Path);
            }

            public string Path { get; }

            public string Write(string relativePath, string text) => Write(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text));

            public string Write(string relativePath, byte[] bytes)
            {
                var path = System.IO.Path.Combine(Path, relativePath);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
                return path;
            }

            /// <summary>Deletes the folder; links in it are deleted, not followed.</summary>
            public void Dispose() => Directory.Delete(Path, recursive: true);
        }
    }
}
