using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Analyzers.Tests.Support;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>Neither the analyzer nor the generator fails on any input: no AD0001, no CS8785.</summary>
    public class RobustnessTests
    {
        public static TheoryData<string> Inputs => new()
        {
            string.Empty,
            "\0\0\0",
            "municipal plan",
            "municipal plan X {",
            "}}}}",
            "municipal plan X { area A { action B { subsidy operating-aid { turnover 99999999999999999999999999999 kr } } } }",
            "municipal plan X {\n  review every 99999999999 years\n}",
            new string('{', 5000),
            "regional plan \uD800 {\n}",
            "municipal plan X \"\u202Eevil\u202C\" {\n  place \u0301 level 1\n}",
            "municipal plan X {\n  cost 1 kr\n  action A { cost 5 kr per lightyear, 3 parsecs per year }\n}",
        };

        [Theory]
        [MemberData(nameof(Inputs))]
        public async Task The_analyzer_reports_diagnostics_and_never_crashes(string text)
        {
            var diagnostics = await RoslynHost.Analyze(new[] { ("/p/x.plan", text) });

            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id.StartsWith("AD", System.StringComparison.Ordinal) || diagnostic.Id == "SP9001");
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void The_generator_never_throws_and_what_it_generates_compiles(string text)
        {
            var result = RoslynHost.Driver(new[] { ("/p/x.plan", text) }).RunGenerators(RoslynHost.Compilation()).GetRunResult();

            Assert.Null(result.Results.Single().Exception);
            Assert.Empty(result.Diagnostics);
            var diagnostics = RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics();
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        }
    }
}
