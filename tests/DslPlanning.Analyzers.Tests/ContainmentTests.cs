using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Analyzers.Tests.Support;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>
    /// The build with the plans of issue 9 that crashed the checker: it reported SP9001 at (1,1) of every file, and the
    /// SP1009 of another file disappeared. Now each file reports its own diagnostics, and the crash shapes their own.
    /// </summary>
    public class ContainmentTests
    {
        private const string Duplicate = "municipal plan C {\n  period 2023..2030\n  period 2023..2026\n}\n";

        private static async Task<string[]> Diagnostics(params (string Path, string Text)[] files) =>
            (await RoslynHost.Analyze(files))
                .Select(diagnostic => $"{diagnostic.Location.GetLineSpan().Path}({diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1},{diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1}) {diagnostic.Id}")
                .OrderBy(text => text, System.StringComparer.Ordinal)
                .ToArray();

        [Fact]
        public async Task A_cost_beyond_the_bounds_is_reported_at_its_numbers_and_the_other_file_reports_as_usual()
        {
            var huge = "municipal plan H {\n  funder F municipality budget 400 000 kr per year\n  action A {\n"
                + "    cost 9 000 000 000 000 000 000 000 000 000 kr per delivery, 9 000 000 000 deliveries per year\n"
                + "    funding F 100 %\n  }\n}\n";

            Assert.Equal(
                new[] { "/p/c.plan(3,3) SP1009", "/p/h.plan(4,10) SP1021", "/p/h.plan(4,65) SP1021" },
                await Diagnostics(("/p/h.plan", huge), ("/p/c.plan", Duplicate)));
        }

        /// <summary>A grant of 10¹² kr over 10⁻²⁸ deliveries overflowed the rule for home-delivery grants (10⁴⁰ kr per delivery).</summary>
        [Fact]
        public async Task A_rule_that_overflowed_reports_its_finding_and_the_other_file_reports_as_usual()
        {
            var grant = "municipal plan G {\n  period 2023..2030\n  actor K \"Kommunen\" municipality\n  level 1 \"Nivå 1\"\n  place S level 1\n"
                + "  action A {\n    subsidy home-delivery-grant in 2024 {\n      recipient K\n      amount 100 000 kr\n      net-cost 1 000 000 kr\n"
                + "      deliveries 0,0000000000000000000000000001\n    }\n  }\n}\n";

            var diagnostics = await Diagnostics(("/p/g.plan", grant), ("/p/c.plan", Duplicate));

            Assert.Contains("/p/g.plan(9,7) SP4022", diagnostics);
            Assert.Contains("/p/c.plan(3,3) SP1009", diagnostics);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.EndsWith("SP9001", System.StringComparison.Ordinal) || diagnostic.Contains(" AD"));
        }
    }
}
