using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>
    /// The build reports in the language it is asked for: <c>DslPlanningLanguage</c> (sv, en) first, else the build's user
    /// interface language (<c>PreferredUILang</c>, which <c>DOTNET_CLI_UI_LANGUAGE</c> sets), else English. The message,
    /// title and docs page are the catalog's in that language.
    /// </summary>
    public class LanguageTests
    {
        private static readonly (string Path, string Text)[] Plans =
        {
            ("/p/a.plan", "annual plan A {\n}"),
            ("/p/m.plan", "municipal plan M {\n  follows A\n}"),
        };

        [Theory]
        [InlineData(null, null, PlanLanguage.English)]
        [InlineData(null, "en-US", PlanLanguage.English)]
        [InlineData(null, "sv-SE", PlanLanguage.Swedish)]
        [InlineData(null, "sv", PlanLanguage.Swedish)]
        [InlineData("sv", null, PlanLanguage.Swedish)]
        [InlineData("SV", "en-US", PlanLanguage.Swedish)]
        [InlineData("en", "sv-SE", PlanLanguage.English)]
        public async Task The_language_property_wins_over_the_builds_UI_language_which_wins_over_English(string? language, string? uiLanguage, PlanLanguage expected)
        {
            var properties = new[] { ("DslPlanningLanguage", language), ("PreferredUILang", uiLanguage) }
                .Where(property => property.Item2 is not null)
                .Select(property => (property.Item1, property.Item2!))
                .ToArray();
            var compiled = PlanCompilation.Create(Plans).Diagnostics.Single(diagnostic => diagnostic.Id == "SP1013");

            var reported = (await RoslynHost.Analyze(Plans, RoslynHost.Properties(properties))).Single(diagnostic => diagnostic.Id == "SP1013");

            Assert.Equal(compiled.MessageIn(expected), reported.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(compiled.Descriptor.TextIn(expected).Title, reported.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(compiled.Descriptor.HelpLinkIn(expected), reported.Descriptor.HelpLinkUri);
            Assert.NotEqual(compiled.MessageIn(PlanLanguage.English), compiled.MessageIn(PlanLanguage.Swedish));
        }

        [Fact]
        public async Task An_unknown_language_is_reported_and_the_UI_language_is_used()
        {
            var diagnostics = await RoslynHost.Analyze(Plans, RoslynHost.Properties(("DslPlanningLanguage", "svenska"), ("PreferredUILang", "sv-SE")));

            var problem = diagnostics.Single(diagnostic => diagnostic.Id == "SP9002");
            Assert.Contains("DslPlanningLanguage", problem.GetMessage(CultureInfo.InvariantCulture));
            Assert.Contains("'svenska'", problem.GetMessage(CultureInfo.InvariantCulture));
            Assert.Contains("sv eller en", problem.GetMessage(CultureInfo.InvariantCulture));
            var compiled = PlanCompilation.Create(Plans).Diagnostics.Single(diagnostic => diagnostic.Id == "SP1013");
            Assert.Equal(compiled.MessageIn(PlanLanguage.Swedish), diagnostics.Single(diagnostic => diagnostic.Id == "SP1013").GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_analyzer_declares_each_id_once_whatever_the_language()
        {
            var supported = new PlanAnalyzer().SupportedDiagnostics;

            Assert.Equal(DiagnosticCatalog.All.Select(descriptor => descriptor.Id), supported.Select(descriptor => descriptor.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        }

        [Theory]
        [InlineData("sv", "sv")]
        [InlineData("en", "en")]
        [InlineData(null, "en")]
        public void The_generated_catalog_says_which_language_the_build_reported_in_for_the_report_job(string? language, string expected)
        {
            var properties = language is null ? RoslynHost.Properties() : RoslynHost.Properties(("DslPlanningLanguage", language));

            var generated = RoslynHost.Driver(Plans, properties).RunGenerators(RoslynHost.Compilation()).GetRunResult().GeneratedTrees
                .Single(tree => tree.FilePath.EndsWith("PlanFindings.g.cs", System.StringComparison.Ordinal)).ToString();

            Assert.Contains($"public const string MessageLanguage = \"{expected}\";", generated);
        }
    }
}
