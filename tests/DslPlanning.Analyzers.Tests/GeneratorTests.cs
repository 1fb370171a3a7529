using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using Microsoft.CodeAnalysis;

namespace DslPlanning.Analyzers.Tests
{
    public class GeneratorTests
    {
        private static GeneratorDriverRunResult Run(params (string Path, string Text)[] files) =>
            RoslynHost.Driver(files).RunGenerators(RoslynHost.Compilation()).GetRunResult();

        [Fact]
        public void The_code_generated_for_the_real_plans_compiles_without_any_warning()
        {
            var result = Run(Repository.RealPlans());

            Assert.Null(result.Results.Single().Exception);
            Assert.Equal(7, result.GeneratedTrees.Length);
            var diagnostics = RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics();
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        }

        [Fact]
        public void Generation_is_deterministic()
        {
            string Texts() => string.Join("\n", Run(Repository.RealPlans()).Results.Single().GeneratedSources
                .Select(source => source.HintName + "\n" + source.SourceText));

            Assert.Equal(Texts(), Texts());
        }

        [Fact]
        public void Every_real_plan_rebuilt_by_the_generated_code_equals_the_model_the_binder_produced()
        {
            var bound = PlanCompilation.Create(Repository.RealPlans()).Models.ToDictionary(plan => plan.Name);

            Assert.Equal(bound.Keys.OrderBy(name => name, StringComparer.Ordinal), Plans.PlanCatalog.All.Select(plan => plan.Name));
            foreach (var generated in Plans.PlanCatalog.All)
            {
                Assert.Equal(bound[generated.Name], generated);
            }
        }

        [Fact]
        public void Plan_elements_are_compile_time_names()
        {
            var delivery = Plans.Krokom.Actions.Hemsändning;

            Assert.Equal("Hemsändning", delivery.Name);
            Assert.Equal(new[] { 50m, 50m }, delivery.Funding.Select(source => source.Share!.Value.Value));
            Assert.Equal(new Money(200m), delivery.Costs.Single().Amount);
            Assert.Equal("3", Plans.Krokom.Places.Kluk.Level);
            Assert.Equal(new CompletionTarget(Comparison.MoreThan, new Percent(50m)), Plans.VästerbottenHandlingsplan2018.Actions.Serviceplaner.Completion);
            Assert.Same(Plans.Krokom.Plan, Plans.PlanCatalog.Find("Krokom"));
            Assert.Null(Plans.PlanCatalog.Find("Finns inte"));
        }

        [Fact]
        public void The_findings_of_the_compiled_plans_are_generated_with_them_in_Swedish_for_the_reports()
        {
            var findings = Plans.PlanCatalog.Findings;

            var exception = Assert.Single(findings, finding => finding.Plan == "VästerbottenRSP" && finding.Id == "SP1016");
            Assert.Equal(FindingSeverity.Info, exception.Severity);
            Assert.Equal("vasterbotten-rsp.plan", exception.File);
            Assert.Contains("Programmet anger inga mätbara målvärden", exception.Message);
            var compiled = PlanCompilation.Create(Repository.RealPlans());
            var locator = new PlanLocator(compiled.Plans);
            var expected = compiled.Diagnostics
                .Select(diagnostic => (locator.Find(diagnostic)!.Name, diagnostic.Id, diagnostic.Severity.ToString(), diagnostic.MessageIn(PlanLanguage.Swedish), Path.GetFileName(diagnostic.Location.Path), diagnostic.Location.Start.Line + 1))
                .OrderBy(finding => finding.ToString(), StringComparer.Ordinal);
            Assert.Equal(expected, findings.Select(finding => (finding.Plan, finding.Id, finding.Severity.ToString(), finding.Message, finding.File, finding.Line)).OrderBy(finding => finding.ToString(), StringComparer.Ordinal));
        }

        [Fact]
        public void A_plan_with_errors_is_not_generated_and_the_others_are()
        {
            var result = Run(
                ("/p/good.plan", "regional plan Good {\n  goal 1.1\n}"),
                ("/p/bad.plan", "municipal plan Bad {\n  follows Good\n  action A serves Good.9.9\n}"));

            var hints = result.Results.Single().GeneratedSources.Select(source => source.HintName).ToList();
            Assert.Contains(hints, hint => hint.StartsWith("Plan.Good.", StringComparison.Ordinal));
            Assert.DoesNotContain(hints, hint => hint.StartsWith("Plan.Bad.", StringComparison.Ordinal));
            var catalog = result.Results.Single().GeneratedSources.Single(source => source.HintName == "PlanCatalog.g.cs").SourceText.ToString();
            Assert.Contains("Good.Plan", catalog);
            Assert.DoesNotContain("Bad.Plan", catalog);
        }

        [Fact]
        public void Only_the_first_plan_of_a_name_is_generated()
        {
            var result = Run(("/p/a.plan", "regional plan Same {\n}"), ("/p/b.plan", "regional plan Same {\n}"));

            var diagnostics = RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics();
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
            Assert.Single(result.Results.Single().GeneratedSources, source => source.HintName.StartsWith("Plan.Same.", StringComparison.Ordinal));
        }

        [Fact]
        public void The_namespace_is_configurable_and_an_invalid_one_falls_back_to_the_default()
        {
            string Generated(string @namespace) => string.Join("\n", RoslynHost.Driver(
                    new[] { ("/p/a.plan", "regional plan A {\n}") },
                    RoslynHost.Properties(("DslPlanningNamespace", @namespace)))
                .RunGenerators(RoslynHost.Compilation()).GetRunResult().GeneratedTrees.Select(tree => tree.ToString()));

            Assert.Contains("namespace Krokom.Planer\n", Generated("Krokom.Planer"));
            Assert.Contains("namespace DslPlanning.Plans\n", Generated("not a namespace"));
        }

        [Fact]
        public void Dates_the_adoption_the_action_plan_delmal_roles_and_examples_round_trip()
        {
            const string text = """
                municipal plan Storby "Serviceplan" {
                  period 2020..2024
                  extended-to 2026
                  in-force 2020-07-01
                  action-plan 2020..2022
                  adopted 2019-12-16
                  adopted-by Fullmäktige
                  paragraph "§ 112"
                  diary-number "KS 2019/310"
                  prepared-by Kontoret
                  revision-owner Kontoret
                  actor Fullmäktige municipality
                  actor Kontoret department
                  funder Region region
                  goal G1 "Butikerna finns kvar" { indicator "butiker" target 3 by 2022-12-31 }
                  action A "Kartläggning" serves G1 {
                    owner Kontoret
                    consults Fullmäktige
                    partners Kontoret
                    co-financiers Region
                    milestone "Kartläggning klar"
                    due 2021-04-30
                  }
                  action B "Nätverk" { status example }
                }
                """;
            var bound = PlanCompilation.Create(new[] { ("/p/storby.plan", text) });
            Assert.DoesNotContain(bound.Diagnostics, diagnostic => diagnostic.Severity == Language.Diagnostics.DiagnosticSeverity.Error);

            var compilation = RoslynHost.Compilation().AddSyntaxTrees(Run(("/p/storby.plan", text)).GeneratedTrees);
            using var stream = new MemoryStream();
            Assert.True(compilation.Emit(stream).Success, string.Join("\n", compilation.GetDiagnostics()));
            var generated = (ServicePlan)Assembly.Load(stream.ToArray()).GetType("DslPlanning.Plans.Storby")!.GetProperty("Plan")!.GetValue(null)!;

            Assert.Equal(bound.Plans.Single().Model, generated);
            Assert.Equal(new PlanDate(2022, 12, 31), generated.AllGoals.Single().Target!.By);
            Assert.Equal("Kartläggning klar", generated.AllActions.First().Milestone);
        }

        [Fact]
        public void Strings_and_names_that_could_break_CSharp_round_trip_exactly()
        {
            const string plan = """
                municipal plan class "Citat \" och \\ och */ och \"\"\" och #endregion och\nny rad och \u202Ebidi\u202C och ☃" {
                  owner Krokom
                  actor Krokom "Kommunen"
                  place Places "platsen heter som sin klass"
                  place Plan
                  place Krokom
                  goal G1.1 "x"
                  goal Goals "heter som sin klass"
                  action ToString "heter som en medlem av object"
                  action new "\u0000 NUL och \u2028 radavgränsare och \r\n CRLF"
                  action Åtgärd_ö "å ä ö Å Ä Ö é ü"
                }
                """;
            var text = plan.Replace("\\r\\n", "\r\n").Replace("\\u202E", "\u202E").Replace("\\u202C", "\u202C").Replace("\\u0000", "\u0000").Replace("\\u2028", "\u2028");
            var bound = PlanCompilation.Create(new[] { ("/p/x.plan", text) });
            Assert.DoesNotContain(bound.Diagnostics, diagnostic => diagnostic.Severity == Language.Diagnostics.DiagnosticSeverity.Error);

            var result = Run(("/p/x.plan", text));
            var compilation = RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees);
            Assert.True(compilation.GetDiagnostics().IsEmpty, string.Join("\n", compilation.GetDiagnostics()));
            Assert.DoesNotContain('\u202E', string.Concat(result.GeneratedTrees.Select(tree => tree.ToString())));

            using var stream = new MemoryStream();
            Assert.True(compilation.Emit(stream).Success);
            var assembly = Assembly.Load(stream.ToArray());
            var generated = (ServicePlan)assembly.GetType("DslPlanning.Plans.Class")!
                .GetProperty("Plan")!.GetValue(null)!;
            Assert.Equal(bound.Plans.Single().Model, generated);
            var places = assembly.GetType("DslPlanning.Plans.Class+Places")!;
            Assert.NotNull(places.GetProperty("Places_"));
            Assert.NotNull(places.GetProperty("Plan"));
            Assert.NotNull(assembly.GetType("DslPlanning.Plans.Class+Goals")!.GetProperty("G1_1"));
            Assert.NotNull(assembly.GetType("DslPlanning.Plans.Class+Goals")!.GetProperty("Goals_"));
            Assert.NotNull(assembly.GetType("DslPlanning.Plans.Class+Actions")!.GetProperty("ToString_"));
            Assert.NotNull(assembly.GetType("DslPlanning.Plans.Class+Actions")!.GetProperty("new"));
        }
    }
}
