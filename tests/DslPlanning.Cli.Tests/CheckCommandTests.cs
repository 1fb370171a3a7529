using System;
using System.IO;
using System.Linq;
using System.Text;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Cli.Tests
{
    /// <summary>
    /// <c>dslplanning check</c> (and <c>format</c>, where they share it): help and usage, one clear line and an exit code for every path it cannot use (never a
    /// stack trace), each real file once however links lead to it, and nothing unprintable in what it prints.
    /// </summary>
    public class CheckCommandTests
    {
        private const string CleanPlan = "municipal plan P \"Plan\" {\n  owner K\n  period 2023..2030\n  review yearly\n  actor K \"Kommunen\" municipality\n}\n";
        private const string PlanWithError = "municipal plan Q \"Plan\" {\n  owner K\n  review monthly\n  actor K \"Kommunen\" municipality\n}\n";

        [Fact]
        public void Without_arguments_it_prints_the_usage_and_exits_2()
        {
            var (exitCode, output, error) = Cli.Run();

            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Assert.StartsWith("usage: dslplanning check", Assert.Single(Cli.Lines(error)));
        }

        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        [InlineData("help")]
        [InlineData("check", "--help")]
        [InlineData("check", "plans", "-h")]
        public void Help_is_printed_and_exits_0(params string[] args)
        {
            var (exitCode, output, error) = Cli.Run(args);

            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            Assert.StartsWith("usage: dslplanning check [<file.plan | folder>...]", output);
            Assert.Contains("Exit code: 0 when no plan has an error, 1 when one has (or a path cannot be read), 2 for wrong usage.", output);
        }

        [Theory]
        [InlineData("dslplanning: unknown command 'chek'", "chek", "plans")]
        [InlineData("dslplanning: unknown option '--strict'", "check", "--strict", "plans")]
        [InlineData("dslplanning: unknown option '--check'", "check", "--check", "plans")]
        [InlineData("dslplanning: unknown option '--fix'", "format", "--fix", "plans")]
        [InlineData("dslplanning: format needs the plan files or folders to format", "format")]
        [InlineData("dslplanning: format needs the plan files or folders to format", "format", "--check")]
        public void Unknown_commands_and_options_are_named_and_exit_2(string message, params string[] args)
        {
            var (exitCode, output, error) = Cli.Run(args);

            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Assert.Equal(message, Cli.Lines(error)[0]);
            Assert.StartsWith("usage:", Cli.Lines(error)[1]);
        }

        [Theory]
        [InlineData("check")]
        [InlineData("format")]
        public void A_path_that_does_not_exist_is_one_line_and_exits_1(string command)
        {
            var (exitCode, output, error) = Cli.Run(command, "nonexistent.plan");

            Assert.Equal(1, exitCode);
            Assert.Empty(output);
            Assert.Equal("error: 'nonexistent.plan' not found (no such file or folder)", Assert.Single(Cli.Lines(error)));
        }

        [Fact]
        public void A_missing_path_beside_good_ones_is_reported_and_the_rest_is_checked()
        {
            using var folder = Cli.Folder();
            var plan = folder.Write("p.plan", CleanPlan);

            var (exitCode, output, error) = Cli.Run("check", plan, Path.Combine(folder.Path, "missing.plan"));

            Assert.Equal(1, exitCode);
            Assert.EndsWith("missing.plan' not found (no such file or folder)", Assert.Single(Cli.Lines(error)));
            Assert.Equal("1 file, 1 plan: 0 errors, 0 warnings", Assert.Single(Cli.Lines(output)));
        }

        [Fact]
        public void A_link_that_points_nowhere_and_a_loop_of_links_are_one_line_each()
        {
            using var folder = Cli.Folder();
            File.CreateSymbolicLink(Path.Combine(folder.Path, "dangling.plan"), "nowhere.plan");
            File.CreateSymbolicLink(Path.Combine(folder.Path, "a.plan"), "b.plan");
            File.CreateSymbolicLink(Path.Combine(folder.Path, "b.plan"), "a.plan");

            var (exitCode, output, error) = Cli.Run("check", folder.Path);

            Assert.Equal(1, exitCode);
            Assert.Empty(output);
            var lines = Cli.Lines(error);
            Assert.Equal(3, lines.Length);
            Assert.Matches(@"^error: cannot read '.*/a\.plan': too many levels of links \(a link loop\)$", lines[0]);
            Assert.Matches(@"^error: cannot read '.*/b\.plan': too many levels of links \(a link loop\)$", lines[1]);
            Assert.Matches(@"^error: cannot read '.*/dangling\.plan': no such file \(a link that points nowhere\?\)$", lines[2]);
        }

        [Fact]
        public void Folder_links_that_loop_are_not_followed_twice_and_each_real_file_is_read_once()
        {
            using var folder = Cli.Folder();
            folder.Write("plans/sub/q.plan", PlanWithError);
            folder.Write("plans/p.plan", CleanPlan);
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "plans/sub/up"), "..");
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "plans/sub/again"), "../sub");
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "plans/elsewhere"), Path.Combine(folder.Path, "plans"));
            File.CreateSymbolicLink(Path.Combine(folder.Path, "plans/alias.plan"), "sub/q.plan");

            var (exitCode, output, error) = Cli.Run("check", Path.Combine(folder.Path, "plans"), Path.Combine(folder.Path, "plans/p.plan"));

            Assert.Equal(1, exitCode);
            Assert.Empty(error);
            var lines = Cli.Lines(output);
            Assert.Equal(2, lines.Length);
            Assert.Matches(@"/plans/alias\.plan\(3,10\): error SP0001: ", lines[0]);
            Assert.Equal("2 files, 2 plans: 1 error, 0 warnings", lines[1]);
        }

        [Fact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void A_folder_that_cannot_be_read_is_one_line_and_exits_1()
        {
            using var folder = Cli.Folder();
            folder.Write("closed/p.plan", PlanWithError);
            var closed = Path.Combine(folder.Path, "closed");
            File.SetUnixFileMode(closed, UnixFileMode.None);
            try
            {
                var readable = CanList(closed);
                var (exitCode, output, error) = Cli.Run("check", folder.Path);

                Assert.Equal(1, exitCode);
                if (readable)
                {
                    // The superuser reads any folder: then its plan is checked.
                    Assert.Empty(error);
                    Assert.Contains("error SP0001", output);
                }
                else
                {
                    Assert.Empty(output);
                    Assert.Matches(@"^error: cannot read folder '.*/closed': permission denied$", Assert.Single(Cli.Lines(error)));
                }
            }
            finally
            {
                File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        [Fact]
        public void A_device_that_never_ends_is_one_line_and_exits_1()
        {
            var (exitCode, output, error) = Cli.Run("check", "/dev/zero");

            Assert.Equal(1, exitCode);
            Assert.Empty(output);
            Assert.Matches(@"^error: cannot read '(\.\./)*dev/zero': it is larger than 100 MB, or not a file$", Assert.Single(Cli.Lines(error)));
        }

        [Theory]
        [InlineData("check")]
        [InlineData("format")]
        public void An_empty_folder_is_one_line_and_exits_1(string command)
        {
            using var folder = Cli.Folder();

            var (exitCode, output, error) = Cli.Run(command, folder.Path);

            Assert.Equal(1, exitCode);
            Assert.Empty(output);
            Assert.Matches(@"^error: no \.plan files in '.*'$", Assert.Single(Cli.Lines(error)));
        }

        [Fact]
        public void A_latin1_file_is_reported_with_its_byte_at_its_position()
        {
            using var folder = Cli.Folder();
            var plan = folder.Write("latin1.plan", Encoding.Latin1.GetBytes("municipal plan P {\n  place Tärnaby\n}\n"));

            var (exitCode, output, _) = Cli.Run("check", plan);

            Assert.Equal(1, exitCode);
            Assert.EndsWith("latin1.plan(2,10): error SP0010: The file is not UTF-8: byte 0xE4 here is not UTF-8 (in ISO-8859-1 it is 'ä'); save the file with the encoding UTF-8 (in Notepad or VS Code: Save as, Encoding UTF-8)", Cli.Lines(output)[0]);
            Assert.Equal("1 file, 1 plan: 1 error, 0 warnings", Cli.Lines(output)[1]);
        }

        [Fact]
        public void A_file_with_cr_line_ends_is_checked_line_by_line()
        {
            using var folder = Cli.Folder();
            var plan = folder.Write("cr.plan", "# Kommentar\r" + PlanWithError.Replace('\n', '\r'));

            var (exitCode, output, _) = Cli.Run("check", plan);

            Assert.Equal(1, exitCode);
            Assert.Contains("cr.plan(4,10): error SP0001: Unexpected 'monthly'", Cli.Lines(output)[0]);
        }

        [Fact]
        public void The_real_plans_check_without_errors()
        {
            var (exitCode, output, error) = Cli.Run("check", Path.Combine(RepositoryRoot.Path, "plans"));

            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            Assert.Matches(@"^5 files, 5 plans: 0 errors, \d+ warnings$", Cli.Lines(output)[^1]);
        }

        [Fact]
        public void Plans_and_paths_with_escape_sequences_print_nothing_a_terminal_would_act_on()
        {
            using var folder = Cli.Folder();
            var hostile = folder.Write("\u001B]8;;http://x.example\u001B\\länk\u001B]8;;\u001B\\\u001B[2J.plan", HostilePlanText.Plan);
            var broken = folder.Write("trasig\r\nBuild succeeded.plan", HostilePlanText.BrokenPlan);

            var (exitCode, output, error) = Cli.Run("check", hostile, broken, Path.Combine(folder.Path, "saknas\u001B[2J\u009B.plan"));

            Assert.Equal(1, exitCode);
            Assert.Equal(string.Empty, HostilePlanText.Unprintable(output + error));
            Assert.Contains("\\u001B[2J\\u001B[H\\u001B]8;;http://x.example\\u001B\\Build succeeded", output);
            Assert.Contains("info SP1016: Justified exception: SP3008 is not reported here", output);
            Assert.Contains("saknas\\u001B[2J\\u009B.plan' not found", error);
            Assert.True(Cli.Lines(output).All(line => line.Contains(": error SP", StringComparison.Ordinal) || line.Contains(": warning SP", StringComparison.Ordinal)
                || line.Contains(": info SP", StringComparison.Ordinal) || line.StartsWith("2 files", StringComparison.Ordinal)), output);
        }

        private static bool CanList(string folder)
        {
            try
            {
                Directory.EnumerateFileSystemEntries(folder).ToList();
                return true;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
