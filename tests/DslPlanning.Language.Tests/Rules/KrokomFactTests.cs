using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// The rules on a real plan: deleting one fact Krokom's programme states brings exactly the findings that fact
    /// prevented. Compiled with every real plan, as the build does.
    /// </summary>
    public class KrokomFactTests
    {
        private const string Path = "plans/krokom.plan";

        private static string Krokom() => Repository.RealPlans().Single(file => file.Path == Path).Text;

        /// <summary>The findings of every real plan compiled together, with Krokom's text replaced.</summary>
        private static Findings Compile(string krokom)
        {
            var files = Repository.RealPlans().Select(file => file.Path == Path ? (file.Path, krokom) : file).ToArray();
            return Findings.Of(files);
        }

        /// <summary>
        /// The warnings and errors (as "path ID") that <paramref name="findings"/> has beyond those of the real plans as they
        /// are: what the deleted fact brings. The real plans' own findings are their baseline's business (RealPlanTests).
        /// </summary>
        private static string[] Problems(Findings findings)
        {
            static List<string> Keys(Findings of) => of.All
                .Where(reported => reported.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
                .Select(reported => reported.Diagnostic.Location.Path + " " + reported.Id)
                .ToList();

            var added = Keys(findings);
            foreach (var existing in Keys(Compile(Krokom())))
            {
                added.Remove(existing);
            }

            return added.OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
        }

        [Fact]
        public void Without_the_rank_of_IO1_the_area_is_unranked_and_rank_1_is_missing()
        {
            var text = Krokom().Change("\" priority 1 serves JämtlandRSP.IO1 {", "\" serves JämtlandRSP.IO1 {");

            var areaLine = text.LineStartingWith("area IO1 ");
            var io2Line = text.LineStartingWith("area IO2 ");
            var findings = Compile(text);
            Assert.Equal(new[] { Path + " SP2001", Path + " SP2004" }, Problems(findings));
            findings.Single("SP2001").At($"{areaLine},8", "IO1").Says("Area IO1 has no rank", "(IO2 2, IO3 3)");
            var gap = findings.Single("SP2004").Says("The ranks of the areas are 2, 3; rank 1 is missing: number the 2 areas 1 to 2 without gaps");
            Assert.Equal("priority 2", gap.Text);
            Assert.Equal(io2Line, gap.Diagnostic.Location.Start.Line + 1);
        }

        [Fact]
        public void Without_the_funding_of_home_delivery_the_action_is_unfunded_and_the_grant_unstated()
        {
            var text = Krokom().WithoutLine("funding Kommunstyrelsen 50 %, RegionJH 50 %");
            var costLine = text.LineStartingWith("cost 200 kr per delivery");
            var subsidyLine = text.LineStartingWith("subsidy home-delivery-grant");

            var findings = Compile(text);
            Assert.Equal(new[] { Path + " SP3001", Path + " SP4005" }, Problems(findings));
            findings.Single("SP3001").At($"{costLine},7", "cost 200 kr per delivery").Says("Action Hemsändning costs 200 kr per delivery but has no funding source");
            findings.Single("SP4005").At($"{subsidyLine},15", "home-delivery-grant").Says(
                "The home-delivery-grant application does not state the amount applied for, and the grant cannot be computed from 'paid-by RegionJH': the action needs a cost per delivery and a share (or an amount per delivery) from RegionJH",
                "add 'amount <kr>', or state the action's cost per delivery ('cost 200 kr per delivery') and RegionJH's share of it");
            Assert.DoesNotContain("'paid-by <funder>'", findings.Single("SP4005").Message);
        }

        [Fact]
        public void Without_paid_by_the_home_delivery_grant_states_no_amount()
        {
            var text = Krokom().WithoutLine("paid-by RegionJH");
            var subsidyLine = text.LineStartingWith("subsidy home-delivery-grant");

            var findings = Compile(text);
            Assert.Equal(new[] { Path + " SP4005" }, Problems(findings));
            findings.Single("SP4005").At($"{subsidyLine},15", "home-delivery-grant").Says("The home-delivery-grant application does not state the amount applied for", "or 'paid-by <funder>' naming the funder");
        }
    }
}
