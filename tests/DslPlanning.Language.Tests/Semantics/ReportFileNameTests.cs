using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>
    /// SP1020: plans whose reports would be written to the same files, or to files the report job reserves, are an error
    /// at the plan's name, so that no report is overwritten when the job runs.
    /// </summary>
    public class ReportFileNameTests
    {
        private static string Plan(string name) => "municipal plan " + name + " {\n  owner K\n  period 2024..2026\n  review yearly\n  actor K \"Kommunen\" municipality\n}\n";

        [Fact]
        public void KROKOM_and_Krokom_in_two_files_are_reported_at_both_each_with_the_other_plan_and_the_file_names()
        {
            var diagnostics = Compile.Files(("krokom.plan", Plan("Krokom")), ("krokom-norra.plan", "\n" + Plan("KROKOM"))).Only("SP1020");

            Assert.Equal(new[] { "krokom-norra.plan(2,16)", "krokom.plan(1,16)" }, diagnostics.Select(diagnostic => diagnostic.Location.ToString()));
            Assert.All(diagnostics, diagnostic => Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity));
            const string Fix = "a report's file name keeps only the letters and digits of the plan's name, in lower case and without accents, so give one of the plans a name that differs in more than that";
            Assert.Equal(
                "Plan 'KROKOM' would write its reports to krokom.html, krokom.md, krokom.json and csv/krokom/, the same files as plan 'Krokom' at krokom.plan(1,16); " + Fix,
                diagnostics[0].Message);
            Assert.Equal(
                "Plan 'Krokom' would write its reports to krokom.html, krokom.md, krokom.json and csv/krokom/, the same files as plan 'KROKOM' at krokom-norra.plan(2,16); " + Fix,
                diagnostics[1].Message);
        }

        [Theory]
        [InlineData("Asele", "Åsele")]
        [InlineData("KroKom", "Kro-kom")]
        [InlineData("Kro_kom", "Kro.kom")]
        public void Names_that_differ_only_in_accents_or_punctuation_are_reported(string first, string second)
        {
            var diagnostics = Compile.Text(Plan(first) + Plan(second)).Only("SP1020");

            Assert.Equal(new[] { "1,16", "7,16" }, diagnostics.Select(diagnostic => diagnostic.Position()));
            Assert.Contains("Plan '" + first + "' would write its reports to", diagnostics[0].Message);
            Assert.Contains("the same files as plan '" + second + "' at test.plan(7,16)", diagnostics[0].Message);
            Assert.Contains("Plan '" + second + "' would write its reports to", diagnostics[1].Message);
            Assert.Contains("the same files as plan '" + first + "' at test.plan(1,16)", diagnostics[1].Message);
        }

        [Fact]
        public void Three_plans_of_one_file_name_are_each_reported_once()
        {
            var diagnostics = Compile.Text(Plan("Krokom") + Plan("KROKOM") + Plan("Krökom")).Only("SP1020");

            Assert.Equal(new[] { "1,16", "7,16", "13,16" }, diagnostics.Select(diagnostic => diagnostic.Position()));
        }

        [Theory]
        [InlineData("Index", "index", "the list of all plans (index.html and index.md)")]
        [InlineData("INDEX", "index", "the list of all plans (index.html and index.md)")]
        [InlineData("Nul", "nul", "a device name on Windows, where it cannot be a file name")]
        public void A_plan_whose_file_names_are_reserved_is_reported(string name, string stem, string use)
        {
            var diagnostic = Compile.Text(Plan(name)).Single();

            Assert.Equal("SP1020", diagnostic.Id);
            Assert.Equal("1,16", diagnostic.Position());
            Assert.Equal(
                "Plan '" + name + "' would write its reports to " + stem + ".html, " + stem + ".md, " + stem + ".json and csv/" + stem + "/, but '" + stem + "' is reserved for "
                + use + "; give the plan another name",
                diagnostic.Message);
        }

        [Fact]
        public void Plans_of_one_name_are_SP1003_only()
        {
            var diagnostic = Compile.Files(("a.plan", Plan("Krokom")), ("b.plan", Plan("Krokom"))).Single();

            Assert.Equal("SP1003", diagnostic.Id);
        }

        [Theory]
        [InlineData("Krokom", "KrokomRegional")]
        [InlineData("KroKom", "Krokom")]
        [InlineData("IndexPlan", "Indexet")]
        public void Names_with_file_names_of_their_own_are_not_reported(string first, string second) =>
            Assert.Empty(Compile.Text(Plan(first) + Plan(second)).Structure());

        [Fact]
        public void Long_names_are_compared_by_their_final_file_names()
        {
            var name = "Serviceplan" + new string('x', 110);

            Assert.Empty(Compile.Text(Plan(name + "A") + Plan(name + "B")).Structure());
            Assert.Equal(2, Compile.Text(Plan(name) + Plan(name.Replace("Serviceplan", "Sérviceplan"))).Only("SP1020").Count);
        }
    }
}
