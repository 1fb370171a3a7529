using System.IO;
using System.Linq;
using System.Reflection;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Text that could break out of the generated C# (string literals, comments, XML docs, preprocessor lines) stays data:
    /// the code compiles without warnings and rebuilds exactly the model the binder produced.
    /// </summary>
    public class InjectionTests
    {
        public static TheoryData<string> Payloads => new()
        {
            "\\\"; System.Environment.Exit(1); //",
            "*/ System.Environment.Exit(1); /*",
            "\\\"\\\"\\\" raw \\\"\\\"\\\"",
            "\n#endregion\n#error injected\n#if false",
            "</summary><script>alert(1)</script><summary>",
            "& &amp; < > ' \\\\ \\\\\\\\",
            "rad 1\nrad 2\r\nrad 3\tflik",
            "{0} {{1}} $\\\"{2}\\\"",
            "\\u202Evänd\\u202C och \\u2066isolera\\u2069",
            "\\u0000\\u0001\\u001F\\u007F\\u0085\\u2028\\u2029",
            new string('x', 100_000),
            "åäö ÅÄÖ é ü ß ø æ 中文 العربية",
        };

        [Theory]
        [MemberData(nameof(Payloads))]
        public void A_plan_string_of_any_content_compiles_and_round_trips(string payload)
        {
            var text = $$"""
                municipal plan Injektion "{{payload}}" {
                  period 2023..2030
                  review yearly
                  purpose "{{payload}}"
                  actor Kommunen "{{payload}}" municipality
                  place Kluk "{{payload}}" { description "{{payload}}"; note "{{payload}}" }
                  area IO1 "{{payload}}" priority 1 {
                    goal G1 "{{payload}}" { indicator "{{payload}}" }
                    action A1 "{{payload}}" serves G1 {
                      owner Kommunen
                      description "{{payload}}"
                      exception SP3002 "{{payload}}"
                    }
                  }
                  scheme operating-aid "{{payload}}" { nearest-store more than 10 km "{{payload}}" }
                }
                """;
            var bound = PlanCompilation.Create(new[] { ("/p/injektion.plan", text) });
            Assert.DoesNotContain(bound.Diagnostics, diagnostic => diagnostic.Severity == Language.Diagnostics.DiagnosticSeverity.Error);

            var result = RoslynHost.Driver(new[] { ("/p/injektion.plan", text) }).RunGenerators(RoslynHost.Compilation()).GetRunResult();
            var compilation = RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees);
            Assert.True(compilation.GetDiagnostics().IsEmpty, string.Join("\n", compilation.GetDiagnostics().Take(5)));

            using var stream = new MemoryStream();
            Assert.True(compilation.Emit(stream).Success);
            var generated = (ServicePlan)Assembly.Load(stream.ToArray()).GetType("DslPlanning.Plans.Injektion")!.GetProperty("Plan")!.GetValue(null)!;
            Assert.Equal(bound.Plans.Single().Model, generated);
        }
    }
}
