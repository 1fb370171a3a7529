using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>Plans compiled from text for tests, with their diagnostics as the findings the generator would give them.</summary>
    public sealed record TestPlans(IReadOnlyList<ServicePlan> Plans, IReadOnlyList<PlanFinding> Findings)
    {
        public ServicePlan this[string name] => Plans.Single(plan => plan.Name == name);

        public static TestPlans Compile(string text)
        {
            var compilation = PlanCompilation.Create(new[] { ("test.plan", text) });
            var errors = compilation.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "the test plan has errors:\n" + string.Join("\n", errors));
            var findings = compilation.Diagnostics.Select(diagnostic => new PlanFinding(
                compilation.Plans.First(plan => plan.Syntax.Span.Contains(diagnostic.Location.Span)).Name,
                diagnostic.Id,
                diagnostic.Severity == DiagnosticSeverity.Warning ? FindingSeverity.Warning : FindingSeverity.Info,
                diagnostic.Message,
                "test.plan",
                diagnostic.Location.Start.Line + 1,
                diagnostic.Location.Start.Character + 1));
            return new TestPlans(compilation.Models.ToList(), findings.ToList());
        }
    }
}
