using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>
    /// What the compiler hands the analyzer and the generator: text with control characters that must not reach the
    /// build log raw, files read from bytes that were not UTF-8, files with CR line ends, names in NFD.
    /// </summary>
    public class SourceTextTests
    {
        [Fact]
        public async Task Diagnostic_messages_of_plans_with_escape_sequences_hold_no_control_characters()
        {
            var diagnostics = await RoslynHost.Analyze(new[] { ("/p/hostile.plan", HostilePlanText.Plan), ("/p/broken.plan", HostilePlanText.BrokenPlan) });

            var messages = string.Join("\n", diagnostics.Select(diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture)));
            Assert.Equal(string.Empty, HostilePlanText.Unprintable(messages));
            Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "SP5001" && diagnostic.GetMessage(CultureInfo.InvariantCulture).Contains("(\\u001B[2J\\u001B[H\\u001B]8;;http://x.example\\u001B\\Build succeeded", System.StringComparison.Ordinal));
            Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "SP1016" && diagnostic.GetMessage(CultureInfo.InvariantCulture).EndsWith("\\u000D\\u000A\\u202E\\u0000\\u009B31m", System.StringComparison.Ordinal));
            Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "SP0001" && diagnostic.GetMessage(CultureInfo.InvariantCulture).StartsWith("Unexpected character U+001B", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_build_property_with_escape_sequences_is_reported_escaped()
        {
            var diagnostics = await RoslynHost.Analyze(
                new[] { ("/p/a.plan", "municipal plan A {\n}\n") },
                RoslynHost.Properties(("DslPlanningAsOf", "\u001B[2J\u001B]8;;http://x.example\u001B\\2024-01-01")));

            var message = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "SP9002").GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("'\\u001B[2J\\u001B]8;;http://x.example\\u001B\\2024-01-01'", message);
            Assert.Equal(string.Empty, HostilePlanText.Unprintable(message));
        }

        [Fact]
        public async Task A_latin1_file_as_the_compiler_reads_it_gets_one_sp0010_at_the_first_unreadable_byte()
        {
            // The C# compiler reads an additional file that is not UTF-8 with U+FFFD for each byte it cannot read.
            var text = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes("municipal plan Storuman {\n  period 2025..2030\n  place Tärnaby { services groceries }\n  place Gräsmark\n}\n"));

            var diagnostics = (await RoslynHost.Analyze(new[] { ("/p/storuman.plan", text) })).Where(diagnostic => diagnostic.Id.StartsWith("SP0", System.StringComparison.Ordinal) || diagnostic.Id.StartsWith("SP1", System.StringComparison.Ordinal)).ToList();

            var notUtf8 = Assert.Single(diagnostics);
            Assert.Equal("SP0010", notUtf8.Id);
            Assert.Equal(DiagnosticSeverity.Error, notUtf8.Severity);
            Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 9), notUtf8.Location.GetLineSpan().StartLinePosition);
            Assert.Equal("The file is not UTF-8: the character U+FFFD here replaces bytes that could not be read as UTF-8; save the file with the encoding UTF-8 (in Notepad or VS Code: Save as, Encoding UTF-8)", notUtf8.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Names_with_unreadable_bytes_still_generate_code_that_compiles()
        {
            var text = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes("# Källa\nmunicipal plan Åsele {\n  place Tärnaby\n}\nmunicipal plan Sorsele {\n  place Gräsmark\n}\n"));

            var result = RoslynHost.Driver(new[] { ("/p/a.plan", text) }).RunGenerators(RoslynHost.Compilation()).GetRunResult();

            Assert.Null(result.Results.Single().Exception);
            Assert.Empty(RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        }

        [Fact]
        public async Task Cr_line_ends_give_the_positions_of_lf_line_ends()
        {
            const string Plan = "# Kommentar\nmunicipal plan A {\n  period 2023..\n  owner Okänd\n}\n";

            var lf = await RoslynHost.Analyze(new[] { ("/p/a.plan", Plan) });
            var cr = await RoslynHost.Analyze(new[] { ("/p/a.plan", Plan.Replace('\n', '\r')) });

            Assert.Equal(new[] { "SP0001", "SP1002" }, cr.Select(diagnostic => diagnostic.Id).Where(id => id is "SP0001" or "SP1002").OrderBy(id => id));
            Assert.Equal(
                lf.Select(diagnostic => (diagnostic.Id, diagnostic.Location.GetLineSpan().Span)),
                cr.Select(diagnostic => (diagnostic.Id, diagnostic.Location.GetLineSpan().Span)));
        }

        [Fact]
        public void A_name_typed_in_nfd_is_generated_in_nfc()
        {
            var driver = RoslynHost.Driver(new[] { ("/p/a.plan", "municipal plan A\u030Asele {\n  place Ta\u0308rnaby\n}\n") });

            var generated = string.Concat(driver.RunGenerators(RoslynHost.Compilation()).GetRunResult().GeneratedTrees.Select(tree => tree.ToString()));

            Assert.Contains("\u00C5sele", generated);
            Assert.Contains("T\u00E4rnaby", generated);
            Assert.DoesNotContain("\u030A", generated);
            Assert.DoesNotContain("\u0308", generated);
        }
    }
}
