using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using DslPlanning.Model;
using DslPlanning.Plans;
using DslPlanning.Reports.Tests.Support;

namespace DslPlanning.Reports.Tests
{
    /// <summary>
    /// The report job's command line: help, a wrong command line (exit 2), a folder it cannot write to (exit 1), each as one
    /// line without a stack trace; plan text it prints is escaped. The last tests run the real program of plans/.
    /// </summary>
    public class ReportCommandTests
    {
        private static (int ExitCode, string Output, string Error) Run(params string[] args) =>
            Run(PlanCatalog.All, args);

        private static (int ExitCode, string Output, string Error) Run(IReadOnlyList<ServicePlan> plans, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = ReportCommand.Run(args, plans, PlanCatalog.Findings, output, error);
            return (exitCode, output.ToString(), error.ToString());
        }

        private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        public void Help_prints_the_usage_and_the_options(string argument)
        {
            var (exitCode, output, error) = Run(argument);

            Assert.Equal(ReportCommand.Success, exitCode);
            Assert.StartsWith(ReportCommand.Usage, output);
            Assert.Contains("--out <folder>", output);
            Assert.Empty(error);
        }

        [Theory]
        [InlineData("error: --out needs a folder", "--out")]
        [InlineData("error: --out needs a folder", "--out", "")]
        [InlineData("error: --out needs a folder", "--out", "--help")]
        [InlineData("error: unknown argument '--verbose'", "--verbose")]
        [InlineData("error: unknown argument 'reports'", "reports")]
        public void A_wrong_command_line_is_one_line_with_the_usage_and_exit_code_2(string message, params string[] args)
        {
            var (exitCode, output, error) = Run(args);

            Assert.Equal(ReportCommand.UsageError, exitCode);
            Assert.Equal(message + "; " + ReportCommand.Usage + " (--help for more)", Assert.Single(Lines(error)));
            Assert.Empty(output);
        }

        [Fact]
        public void An_argument_with_terminal_escapes_is_printed_escaped()
        {
            var (_, _, error) = Run("\u001B[2J\u001B[Hok");

            Assert.DoesNotContain("\u001B", error);
            Assert.Contains("'\\u001B[2J\\u001B[Hok'", error);
        }

        [Fact]
        public void An_output_folder_that_is_a_file_is_one_line_and_exit_code_1()
        {
            var folder = TestPaths.NewTempFolder("command");
            var file = Path.Combine(folder, "reports.txt");
            File.WriteAllText(file, "mine");

            var (exitCode, _, error) = Run("--out", file);

            Assert.Equal(ReportCommand.Failure, exitCode);
            Assert.Equal("error: The output folder " + file + " is a file; give a folder (an existing one or one to create) with --out.", Assert.Single(Lines(error)));
            Assert.Equal("mine", File.ReadAllText(file));
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void An_output_folder_under_a_file_is_one_line_and_exit_code_1()
        {
            var folder = TestPaths.NewTempFolder("command");
            var file = Path.Combine(folder, "reports.txt");
            File.WriteAllText(file, "mine");

            var (exitCode, _, error) = Run("--out", Path.Combine(file, "reports"));

            Assert.Equal(ReportCommand.Failure, exitCode);
            Assert.Equal(
                "error: The output folder " + Path.Combine(file, "reports") + " is inside " + file + ", which is a file; give a folder (an existing one or one to create) with --out.",
                Assert.Single(Lines(error)));
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        [UnsupportedOSPlatform("windows")]
        public void A_folder_it_may_not_write_to_is_one_line_with_how_many_files_were_written_and_exit_code_1()
        {
            var (folder, cleanUp) = FolderThatCannotBeWritten();

            var (exitCode, _, error) = Run("--out", folder);

            Assert.Equal(ReportCommand.Failure, exitCode);
            var line = Assert.Single(Lines(error));
            Assert.StartsWith("error: Could not write " + folder, line);
            Assert.Matches(" Wrote 0 of [0-9]+ files before stopping\\.$", line);
            cleanUp();
        }

        [Fact]
        public void Plans_whose_file_names_collide_are_one_line_each_and_exit_code_1()
        {
            var folder = TestPaths.NewTempFolder("command");
            var krokom = PlanCatalog.All.Single(plan => plan.Name == "Krokom");
            var plans = PlanCatalog.All.Append(krokom with { Name = "KROKOM" }).Append(krokom with { Name = "Index" }).ToList();

            var (exitCode, _, error) = Run(plans, "--out", folder);

            Assert.Equal(ReportCommand.Failure, exitCode);
            Assert.Equal(
                new[]
                {
                    "error: Plan 'Index' would write index.html, index.md, index.json and csv/index/, but 'index' is reserved for the list of all plans (index.html and index.md); give the plan another name.",
                    "error: Plans 'KROKOM' and 'Krokom' would both write krokom.html, krokom.md, krokom.json and csv/krokom/; give one of them another name.",
                    "error: No report was written.",
                },
                Lines(error));
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void Plan_titles_are_printed_with_terminal_escapes_shown_as_text()
        {
            var folder = TestPaths.NewTempFolder("command");
            var krokom = PlanCatalog.All.Single(plan => plan.Name == "Krokom");
            var plans = new[] { krokom with { Title = "\u001B[2J\u001B[HBuild succeeded\u001B]8;;https://example.org\u0007länk\u001B]8;;\u0007\u202E" } };

            var (exitCode, output, _) = Run(plans, "--out", folder);

            Assert.Equal(ReportCommand.Success, exitCode);
            Assert.DoesNotContain("\u001B", output);
            Assert.DoesNotContain("\u0007", output);
            Assert.DoesNotContain("\u202E", output);
            Assert.Contains("\\u001B[2J\\u001B[HBuild succeeded\\u001B]8;;https://example.org\\u0007länk\\u001B]8;;\\u0007\\u202E", output);
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void The_program_of_plans_prints_one_line_for_an_output_folder_that_is_a_file()
        {
            var folder = TestPaths.NewTempFolder("command");
            var file = Path.Combine(folder, "reports.txt");
            File.WriteAllText(file, "mine");

            var (exitCode, output) = PlansProgram("--out", file);

            Assert.Equal(1, exitCode);
            Assert.Equal("error: The output folder " + file + " is a file; give a folder (an existing one or one to create) with --out.", Assert.Single(Lines(output)));
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void The_program_of_plans_writes_every_file_it_says_it_wrote()
        {
            var folder = TestPaths.NewTempFolder("command");

            var (exitCode, output) = PlansProgram("--out", folder);

            Assert.Equal(0, exitCode);
            var files = TestPaths.FilesUnder(folder).Count;
            Assert.Contains("Wrote " + files + " files:", output);
            Directory.Delete(folder, recursive: true);
        }

        [Theory]
        [InlineData(0, "--help")]
        [InlineData(2, "--bogus")]
        [InlineData(2, "--out")]
        public void The_program_of_plans_answers_help_and_a_wrong_command_line_without_a_stack_trace(int expected, string argument)
        {
            var (exitCode, output) = PlansProgram(argument);

            Assert.Equal(expected, exitCode);
            Assert.DoesNotContain("   at ", output);
            Assert.DoesNotContain("Exception", output);
        }

        /// <summary>A folder this process cannot write to, and how to remove it afterwards.</summary>
        [UnsupportedOSPlatform("windows")]
        private static (string Folder, Action CleanUp) FolderThatCannotBeWritten()
        {
            var folder = TestPaths.NewTempFolder("read-only");
            const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
            File.SetUnixFileMode(folder, ReadOnly);
            void Remove()
            {
                File.SetUnixFileMode(folder, ReadOnly | UnixFileMode.UserWrite);
                Directory.Delete(folder, recursive: true);
            }

            if (!CanWrite(folder))
            {
                return (folder, Remove);
            }

            // Root writes through file modes, but not into sysfs, which refuses even root.
            Remove();
            const string Sysfs = "/sys/kernel";
            Assert.True(Directory.Exists(Sysfs) && !CanWrite(Sysfs), "found no folder that this user (" + Environment.UserName + ") cannot write to");
            return (Sysfs, () => { });
        }

        private static bool CanWrite(string folder)
        {
            try
            {
                File.WriteAllText(Path.Combine(folder, "probe"), string.Empty);
                File.Delete(Path.Combine(folder, "probe"));
                return true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>Runs the compiled program of plans/ (its entry point, Program.cs) and returns its exit code and everything it printed.</summary>
        private static (int ExitCode, string Output) PlansProgram(params string[] args)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DslPlanning.Plans.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the program of plans did not finish");
            return (process.ExitCode, output + error.Result);
        }
    }
}
