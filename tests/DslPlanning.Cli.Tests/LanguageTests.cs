using System.IO;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Text;
using DslPlanning.Model;
using DslPlanning.Tests.Shared;
using static DslPlanning.Cli.Tests.Cli;

namespace DslPlanning.Cli.Tests
{
    /// <summary>
    /// The language of <c>dslplanning</c>: <c>--language sv|en</c> wins; without it <c>DOTNET_CLI_UI_LANGUAGE</c>, else the UI
    /// culture (else, in invariant mode, LANG) — Swedish for a Swedish one, English for any other. The diagnostics' own
    /// Swedish texts are the compiler's (computed here, not written out); the lines the tool says itself are asserted.
    /// </summary>
    public class LanguageTests
    {
        /// <summary>One error, SP1002, whose message differs in the two languages (its "did you mean" at least).</summary>
        private const string PlanWithError = "municipal plan Q \"Plan\" {\n  owner X\n  period 2023..2030\n  review yearly\n  actor K \"Kommunen\" municipality\n}\n";
        private const string Messy = "municipal plan P \"Plan\"   {\n\towner K;  period 2023..2030\n      review yearly\n  actor K \"Kommunen\" municipality\n}";
        private const string Formatted = "municipal plan P \"Plan\" {\n  owner K\n  period 2023..2030\n  review yearly\n  actor K \"Kommunen\" municipality\n}\n";

        private static readonly Machine English = new("en-US");
        private static readonly Machine Swedish = new("sv-SE");

        [Fact]
        public void Language_sv_gives_swedish_diagnostics_and_summary()
        {
            using var folder = Folder();
            var plan = folder.Write("q.plan", PlanWithError);

            var (exitCode, output, error) = RunOn(English, "check", "--language", "sv", plan);

            Assert.Equal(1, exitCode);
            Assert.Empty(error);
            AssertDiagnosticIn(PlanLanguage.Swedish, Lines(output)[0]);
            Assert.Equal("1 fil, 1 plan: 1 fel, 0 varningar", Lines(output)[1]);
        }

        [Fact]
        public void Language_en_gives_english_on_a_swedish_machine()
        {
            using var folder = Folder();
            var plan = folder.Write("q.plan", PlanWithError);

            var (exitCode, output, _) = RunOn(Swedish with { Variables = new[] { ("DOTNET_CLI_UI_LANGUAGE", "sv") } }, "--language=en", "check", plan);

            Assert.Equal(1, exitCode);
            AssertDiagnosticIn(PlanLanguage.English, Lines(output)[0]);
            Assert.Equal("1 file, 1 plan: 1 error, 0 warnings", Lines(output)[1]);
        }

        [Theory]
        [InlineData("en-US", "DOTNET_CLI_UI_LANGUAGE", "sv", "sv")]
        [InlineData("en-US", "DOTNET_CLI_UI_LANGUAGE", "sv-SE", "sv")]
        [InlineData("sv-SE", "DOTNET_CLI_UI_LANGUAGE", "en", "en")]
        [InlineData("sv-SE", null, null, "sv")]
        [InlineData("sv-FI", null, null, "sv")]
        [InlineData("en-US", null, null, "en")]
        [InlineData("en-GB", "LANG", "sv_SE.UTF-8", "en")]
        [InlineData("de-DE", null, null, "en")]
        [InlineData("", "LANG", "sv_SE.UTF-8", "sv")]
        [InlineData("", "LC_ALL", "sv_SE.UTF-8", "sv")]
        [InlineData("", "LANG", "C.UTF-8", "en")]
        [InlineData("", null, null, "en")]
        public void Without_the_option_the_ui_language_decides(string uiCulture, string? variable, string? value, string expected)
        {
            using var folder = Folder();
            var plan = folder.Write("q.plan", PlanWithError);
            var machine = variable is null ? new Machine(uiCulture) : new Machine(uiCulture, (variable, value!));

            var (exitCode, output, _) = RunOn(machine, "check", plan);

            Assert.Equal(1, exitCode);
            var language = expected == "sv" ? PlanLanguage.Swedish : PlanLanguage.English;
            AssertDiagnosticIn(language, Lines(output)[0]);
            Assert.Equal(language == PlanLanguage.Swedish ? "1 fil, 1 plan: 1 fel, 0 varningar" : "1 file, 1 plan: 1 error, 0 warnings", Lines(output)[1]);
        }

        [Theory]
        [InlineData("en-US", "dslplanning: unknown language 'xx' for --language (sv or en)", "check", "--language", "xx", "plans")]
        [InlineData("en-US", "dslplanning: unknown language 'swedish' for --language (sv or en)", "--language=swedish", "check")]
        [InlineData("en-US", "dslplanning: --language needs a language: sv or en", "check", "plans", "--language")]
        [InlineData("sv-SE", "dslplanning: okänt språk 'xx' för --language (sv eller en)", "format", "--language", "xx", "plans")]
        public void A_bad_language_is_a_usage_error_in_the_ui_language(string uiCulture, string message, params string[] args)
        {
            var (exitCode, output, error) = RunOn(new Machine(uiCulture), args);

            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Assert.Equal(message, Lines(error)[0]);
            Assert.StartsWith(uiCulture == "sv-SE" ? "användning: dslplanning check" : "usage: dslplanning check", Lines(error)[1]);
        }

        [Fact]
        public void Usage_errors_and_help_are_swedish()
        {
            var (exitCode, output, error) = Run("--language", "sv", "chek");
            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Assert.Equal(new[] { "dslplanning: okänt kommando 'chek'", "användning: dslplanning check [<fil.plan | mapp>...] | format [--check] <fil.plan | mapp>...   (dslplanning --help för mer)" }, Lines(error));

            Assert.Equal("dslplanning: okänd flagga '--fix'", Lines(Run("--language", "sv", "format", "--fix", "plans").Error)[0]);
            Assert.Equal("dslplanning: format behöver de planfiler eller mappar som ska formateras", Lines(Run("--language", "sv", "format").Error)[0]);
            Assert.StartsWith("användning:", Assert.Single(Lines(Run("--language", "sv").Error)));

            var help = Run("--help", "--language", "sv");
            Assert.Equal(0, help.ExitCode);
            Assert.StartsWith("användning: dslplanning check [<fil.plan | mapp>...]", help.Output);
            Assert.Contains("Slutkod: 0 när ingen plan har fel, 1 när någon har det (eller en sökväg inte kan läsas), 2 vid fel användning.", help.Output);
            Assert.Contains("--language sv|en", help.Output);
            Assert.Contains("--language sv|en, with every command", Run("--help").Output);
        }

        [Fact]
        public void Problems_with_files_are_swedish()
        {
            using var folder = Folder();

            var missing = RunOn(Swedish, "check", "saknas.plan");
            var empty = RunOn(Swedish, "format", folder.Path);

            Assert.Equal(1, missing.ExitCode);
            Assert.Equal("fel: 'saknas.plan' finns inte (ingen sådan fil eller mapp)", Assert.Single(Lines(missing.Error)));
            Assert.Matches(@"^fel: inga \.plan-filer i '.*'$", Assert.Single(Lines(empty.Error)));
        }

        [Fact]
        public void Format_speaks_swedish()
        {
            using var folder = Folder();
            folder.Write("a/messy.plan", Messy);
            folder.Write("clean.plan", Formatted);
            folder.Write("broken.plan", "municipal plan Q {\n    review monthly\n  period 2023..\n}\n");

            var check = RunOn(Swedish, "format", "--check", folder.Path);
            var format = RunOn(Swedish, "format", folder.Path);
            var again = RunOn(Swedish, "format", "--check", Path.Combine(folder.Path, "a"));

            Assert.Equal(1, check.ExitCode);
            Assert.Matches(@"^skulle formatera .*/a/messy\.plan$", Lines(check.Output)[0]);
            Assert.Equal("3 filer: 1 skulle formateras, 1 redan formaterad, 1 inte formaterad (syntaxfel)", Lines(check.Output)[1]);
            Assert.EndsWith("/broken.plan: inte formaterad: den har syntaxfel (det första: SP0001 på rad 2)", Assert.Single(Lines(check.Error)));
            Assert.StartsWith("fel: ", Lines(check.Error)[0]);
            Assert.Matches(@"^formaterade .*/a/messy\.plan$", Lines(format.Output)[0]);
            Assert.Equal("3 filer: 1 formaterad, 1 redan formaterad, 1 inte formaterad (syntaxfel)", Lines(format.Output)[1]);
            Assert.Equal("1 fil: 0 skulle formateras, 1 redan formaterad", Assert.Single(Lines(again.Output)));
        }

        [Fact]
        public void The_real_plans_in_swedish()
        {
            var (exitCode, output, error) = RunOn(Swedish, "check", Path.Combine(RepositoryRoot.Path, "plans"));

            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            var lines = Lines(output);
            Assert.Matches(@"^5 filer, 5 planer: 0 fel, \d+ varning(ar)?$", lines[^1]);
            Assert.All(lines[..^1], line => Assert.Matches(@"\.plan\(\d+,\d+\): (warning|info) SP\d{4}: ", line));
        }

        /// <summary>
        /// The line is the compiler's diagnostic of <see cref="PlanWithError"/> with its message in <paramref name="language"/>
        /// (the compiler's text, whatever it says, not the other language's), and the severity in English as a compiler writes it.
        /// </summary>
        private static void AssertDiagnosticIn(PlanLanguage language, string line)
        {
            var diagnostic = PlanCompilation.Create(new[] { new SourceText("q.plan", PlanWithError) }).Diagnostics.Single();
            var other = language == PlanLanguage.Swedish ? PlanLanguage.English : PlanLanguage.Swedish;
            Assert.NotEqual(diagnostic.MessageIn(language), diagnostic.MessageIn(other));
            Assert.DoesNotContain(diagnostic.MessageIn(other), line);
            Assert.Contains("q.plan(2,9): error SP1002: ", line);
            Assert.EndsWith(": error SP1002: " + diagnostic.MessageIn(language), line);
        }
    }
}
