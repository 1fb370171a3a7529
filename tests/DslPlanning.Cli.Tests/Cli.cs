using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

// The command writes to the process's console: tests that redirect it must run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace DslPlanning.Cli.Tests
{
    /// <summary>Runs <c>dslplanning</c> in this process with its console captured, and makes folders of plan files to run it on.</summary>
    internal static class Cli
    {
        /// <summary>The variables that name the user interface's language, cleared for a run unless it sets them.</summary>
        private static readonly string[] LanguageVariables = { "DOTNET_CLI_UI_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

        /// <summary>Runs the command on an English machine, whatever the machine the tests run on.</summary>
        public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunOn(new Machine("en-US"), args);

        /// <summary>
        /// Runs the command with the UI culture and environment variables of <paramref name="machine"/>, for this run only (the
        /// tests run one at a time); the language variables it does not name are unset.
        /// </summary>
        public static (int ExitCode, string Output, string Error) RunOn(Machine machine, params string[] args)
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            var (savedOutput, savedError, savedCulture) = (Console.Out, Console.Error, CultureInfo.CurrentUICulture);
            var savedVariables = new Dictionary<string, string?>();
            foreach (var variable in LanguageVariables)
            {
                savedVariables[variable] = Environment.GetEnvironmentVariable(variable);
                Environment.SetEnvironmentVariable(variable, machine.Variable(variable));
            }

            // The tests run in globalization-invariant mode, as the tool does: a culture is a name (PredefinedCulturesOnly is off).
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(machine.UiCulture, predefinedOnly: false);
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
                CultureInfo.CurrentUICulture = savedCulture;
                foreach (var (variable, value) in savedVariables)
                {
                    Environment.SetEnvironmentVariable(variable, value);
                }
            }
        }

        /// <summary>Where a run happens: the process's UI culture (empty: the invariant culture) and environment variables.</summary>
        public sealed record Machine(string UiCulture, params (string Name, string Value)[] Variables)
        {
            public string? Variable(string name) => Variables.Where(variable => variable.Name == name).Select(variable => variable.Value).FirstOrDefault();
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
