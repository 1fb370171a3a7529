using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace DslPlanning.Package.Tests
{
    /// <summary>Runs the dotnet CLI as a user would, with its own NuGet cache so that nothing stale is reused.</summary>
    public sealed class Dotnet
    {
        private readonly string _packages;

        public Dotnet(string packages)
        {
            _packages = packages;
        }

        /// <summary>Runs dotnet with this runner's own package cache (for projects outside the repository).</summary>
        public (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, isolated: true, arguments);

        /// <summary>
        /// Runs dotnet; with <paramref name="isolated"/> false it uses the user's package cache, as the repository's own
        /// projects must (their restore state would otherwise point at a cache that is deleted after the tests).
        /// </summary>
        public (int ExitCode, string Output) Run(string workingDirectory, bool isolated, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            if (isolated)
            {
                start.Environment["NUGET_PACKAGES"] = _packages;
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBuildEnableWorkloadResolver"] = "false";
            start.Environment.Remove("MSBUILDNOINPROCNODE");

            // The build's user interface language is English unless a test asks for another (DslPlanningLanguage).
            start.Environment.Remove("DOTNET_CLI_UI_LANGUAGE");
            start.Environment.Remove("PreferredUILang");
            start.Environment.Remove("VSLANG");

            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
            process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 5 minutes:\n" + output);
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }

        public static string Repository => DslPlanning.Tests.Shared.RepositoryRoot.Path;
    }
}
