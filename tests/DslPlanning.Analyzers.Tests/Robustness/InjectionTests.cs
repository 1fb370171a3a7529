using System.IO;
using System.Linq;
using System.Reflection;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Text that could break out of the generated C# (string literals, comments, XML docs, preprocessor lines) stays data:
    /// the code compiles without warnings and rebuilds exactly the model the binder produced; the text prints back from its
    /// tokens, and formatting it keeps its meaning.
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
            Assert.Null(LosslessChecks.TreeProblem(bound.SyntaxTrees.Single()) ?? LosslessChecks.FormatterProblem("/p/injektion.plan", text));

            var result = RoslynHost.Driver(new[] { ("/p/injektion.plan", text) }).RunGenerators(RoslynHost.Compilation()).GetRunResult();
            var compilation = RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees);
            Assert.True(compilation.GetDiagnostics().IsEmpty, string.Join("\n", compilation.GetDiagnostics().Take(5)));

            using var stream = new MemoryStream();
            Assert.True(compilation.Emit(stream).Success);
            var generated = (ServicePlan)Assembly.Load(stream.ToArray()).GetType("DslPlanning.Plans.Injektion")!.GetProperty("Plan")!.GetValue(null)!;
            Assert.Equal(bound.Plans.Single().Model, generated);
        }

        public static TheoryData<string, string> DeepNesting => new()
        {
            { "braces", "municipal plan P {\n" + new string('{', 20_000) + new string('}', 20_000) + "\n}\n" },
            { "unclosed braces", "municipal plan P {\n" + new string('{', 20_000) + "\n" },
            { "areas in areas", "municipal plan P {\n" + Repeat("area A {\n", 5_000) + Repeat("}\n", 5_000) + "}\n" },
            { "actions in actions", "municipal plan P {\n  area A {\n" + Repeat("action X {\n", 5_000) + new string('}', 5_000) + "\n  }\n}\n" },
            { "subsidies in subsidies", "municipal plan P {\n  action X {\n" + Repeat("subsidy service-grant {\n", 5_000) + new string('}', 5_000) + "\n  }\n}\n" },
            { "plans in plans", Repeat("municipal plan P {\n", 5_000) + new string('}', 5_000) },
            { "one long line", "municipal plan P { " + Repeat("note \"x\"; ", 20_000) + "}\n" },
        };

        private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

        /// <summary>The grammar's depth is fixed (plan, area, action, subsidy), so nesting deeper is an error reported once, not a stack overflow.</summary>
        [Theory]
        [MemberData(nameof(DeepNesting))]
        public async System.Threading.Tasks.Task Deep_nesting_is_an_error_with_spans_inside_the_file_and_no_analyzer_failure(string name, string text)
        {
            var compilation = PlanCompilation.Create(new[] { ("/p/deep.plan", text) });

            var syntaxErrors = compilation.Diagnostics.Count(diagnostic => diagnostic.Id.StartsWith("SP0", System.StringComparison.Ordinal));
            Assert.True(name == "one long line" ? syntaxErrors == 0 : syntaxErrors > 0, $"{name}: {syntaxErrors} syntax errors");
            Assert.InRange(compilation.Diagnostics.Count, 1, 10);
            Assert.All(compilation.Diagnostics, diagnostic => Assert.InRange(diagnostic.Location.Span.End, 0, text.Length));
            var analyzer = await RoslynHost.Analyze(new[] { ("/p/deep.plan", text) });
            Assert.DoesNotContain(analyzer, diagnostic => diagnostic.Id.StartsWith("AD", System.StringComparison.Ordinal) || diagnostic.Id == "SP9001");
        }
    }
}
