using System;
using System.IO;
using DslPlanning.Plans;

namespace DslPlanning.Reports.Tests
{
    /// <summary>
    /// The report job speaks the language the build reported in (<c>PlanCatalog.MessageLanguage</c>), or the one
    /// <c>--language</c> names; the reports it writes are Swedish either way.
    /// </summary>
    public sealed class ReportJobLanguageTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "dslplanning-job-language-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        private (int ExitCode, string Output, string Error) Run(string? buildLanguage, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = ReportCommand.Run(args, PlanCatalog.All, PlanCatalog.Findings, output, error, buildLanguage);
            return (exitCode, output.ToString(), error.ToString());
        }

        [Fact]
        public void A_build_in_Swedish_gives_the_jobs_lines_in_Swedish_and_the_same_reports()
        {
            var (swedishExit, swedish, _) = Run("sv", "--out", Path.Combine(_folder, "sv"));
            var (englishExit, english, _) = Run("en", "--out", Path.Combine(_folder, "en"));

            Assert.Equal((ReportCommand.Success, ReportCommand.Success), (swedishExit, englishExit));
            Assert.StartsWith("Skriver rapporterna för 5 planer till ", swedish);
            Assert.Contains("åtgärder 16: 10 med ansvarig, 2 med finansiering, 16 som bidrar till mål", swedish);
            Assert.Contains("Skrev 94 filer: per plan", swedish);
            Assert.StartsWith("Writing the reports of 5 plans to ", english);
            Assert.Contains("actions 16: 10 with an owner, 2 with funding, 16 serving goals", english);
            Assert.Equal(
                File.ReadAllText(Path.Combine(_folder, "en", "krokom.html")),
                File.ReadAllText(Path.Combine(_folder, "sv", "krokom.html")));
        }

        [Theory]
        [InlineData("en", "--language", "sv")]
        [InlineData(null, "--language", "SV")]
        public void The_language_option_wins_over_the_builds_language(string? buildLanguage, params string[] args)
        {
            var (exitCode, output, _) = Run(buildLanguage, args[0], args[1], "--out", _folder);

            Assert.Equal(ReportCommand.Success, exitCode);
            Assert.StartsWith("Skriver rapporterna", output);
        }

        [Theory]
        [InlineData("fel: okänt språk 'svenska' för --language (sv eller en)", "--language", "svenska")]
        [InlineData("fel: --language behöver sv eller en", "--language")]
        public void A_wrong_language_is_a_usage_error_in_the_builds_language(string message, params string[] args)
        {
            var (exitCode, output, error) = Run("sv", args);

            Assert.Equal(ReportCommand.UsageError, exitCode);
            Assert.StartsWith(message + "; användning: dotnet run --project plans", error);
            Assert.Empty(output);
        }
    }
}
