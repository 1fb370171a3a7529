using System.IO;
using System.Linq;
using System.Text;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Cli.Tests
{
    /// <summary>
    /// <c>dslplanning format [--check]</c>: writes only files whose text changes, in their own line ends and encoding;
    /// leaves a file with syntax errors as it is and says so in one line; <c>--check</c> lists what would change.
    /// </summary>
    public class FormatCommandTests
    {
        private const string Messy = "municipal plan P \"Plan\"   {\n\towner K;  period 2023..2030\n      review yearly\n  actor K \"Kommunen\" municipality\n}";
        private const string Formatted = "municipal plan P \"Plan\" {\n  owner K\n  period 2023..2030\n  review yearly\n  actor K \"Kommunen\" municipality\n}\n";
        private const string Broken = "municipal plan Q {\n    review monthly\n  period 2023..\n}\n";

        [Fact]
        public void Format_writes_the_files_that_change_and_leaves_the_others_untouched()
        {
            using var folder = Cli.Folder();
            var messy = folder.Write("a/messy.plan", Messy);
            var clean = folder.Write("clean.plan", Formatted);
            File.SetLastWriteTimeUtc(clean, new System.DateTime(2020, 1, 1, 0, 0, 0, System.DateTimeKind.Utc));

            var (exitCode, output, error) = Cli.Run("format", folder.Path);

            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            var lines = Cli.Lines(output);
            Assert.Matches(@"^formatted .*/a/messy\.plan$", lines[0]);
            Assert.Equal("2 files: 1 formatted, 1 already formatted", lines[1]);
            Assert.Equal(Formatted, File.ReadAllText(messy));
            Assert.Equal(new System.DateTime(2020, 1, 1, 0, 0, 0, System.DateTimeKind.Utc), File.GetLastWriteTimeUtc(clean));
        }

        [Fact]
        public void Check_lists_the_files_that_would_change_writes_nothing_and_exits_1()
        {
            using var folder = Cli.Folder();
            var messy = folder.Write("messy.plan", Messy);
            folder.Write("clean.plan", Formatted);

            var (exitCode, output, error) = Cli.Run("format", "--check", folder.Path);

            Assert.Equal(1, exitCode);
            Assert.Empty(error);
            var lines = Cli.Lines(output);
            Assert.Matches(@"^would format .*/messy\.plan$", lines[0]);
            Assert.Equal("2 files: 1 would be formatted, 1 already formatted", lines[1]);
            Assert.Equal(Messy, File.ReadAllText(messy));
        }

        [Fact]
        public void Check_of_formatted_files_exits_0()
        {
            using var folder = Cli.Folder();
            folder.Write("clean.plan", Formatted);

            var (exitCode, output, _) = Cli.Run("format", "--check", folder.Path);

            Assert.Equal(0, exitCode);
            Assert.Equal("1 file: 0 would be formatted, 1 already formatted", Assert.Single(Cli.Lines(output)));
        }

        [Fact]
        public void A_file_with_syntax_errors_is_left_as_it_is_in_one_line_and_exits_1()
        {
            using var folder = Cli.Folder();
            var broken = folder.Write("broken.plan", Broken);
            folder.Write("messy.plan", Messy);

            var (exitCode, output, error) = Cli.Run("format", folder.Path);

            Assert.Equal(1, exitCode);
            Assert.EndsWith("/broken.plan: not formatted: it has syntax errors (first: SP0001 at line 2)", Assert.Single(Cli.Lines(error)));
            Assert.StartsWith("error: ", Cli.Lines(error)[0]);
            Assert.Equal("2 files: 1 formatted, 0 already formatted, 1 not formatted (syntax errors)", Cli.Lines(output)[1]);
            Assert.Equal(Broken, File.ReadAllText(broken));
        }

        [Theory]
        [InlineData("utf-8 with bom")]
        [InlineData("utf-16 le")]
        [InlineData("utf-16 be")]
        public void A_file_keeps_its_encoding_byte_order_mark_and_line_ends(string encodingName)
        {
            Encoding encoding = encodingName switch
            {
                "utf-8 with bom" => new UTF8Encoding(true),
                "utf-16 le" => new UnicodeEncoding(false, true),
                _ => new UnicodeEncoding(true, true),
            };
            using var folder = Cli.Folder();
            var path = folder.Write("p.plan", encoding.GetPreamble().Concat(encoding.GetBytes(Messy.Replace("\n", "\r\n") + " # Åsele")).ToArray());

            var (exitCode, _, error) = Cli.Run("format", path);

            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            var expected = Formatted.Replace("}\n", "} # Åsele\n").Replace("\n", "\r\n");
            Assert.Equal(encoding.GetPreamble().Concat(encoding.GetBytes(expected)).ToArray(), File.ReadAllBytes(path));
        }

        [Fact]
        public void A_file_that_is_not_utf8_is_left_as_it_is()
        {
            using var folder = Cli.Folder();
            var bytes = Encoding.Latin1.GetBytes(Messy.Replace("Kommunen", "Åsele"));
            var path = folder.Write("latin1.plan", bytes);

            var (exitCode, _, error) = Cli.Run("format", path);

            Assert.Equal(1, exitCode);
            Assert.EndsWith("latin1.plan: not formatted: it is not UTF-8 (SP0010)", Assert.Single(Cli.Lines(error)));
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }

        [Fact]
        public void The_real_plans_are_formatted()
        {
            var (exitCode, output, error) = Cli.Run("format", "--check", Path.Combine(RepositoryRoot.Path, "plans"));

            Assert.Empty(error);
            Assert.Equal("5 files: 0 would be formatted, 5 already formatted", Assert.Single(Cli.Lines(output)));
            Assert.Equal(0, exitCode);
        }
    }
}
