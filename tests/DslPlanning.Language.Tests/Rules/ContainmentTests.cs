using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Rules;
using DslPlanning.Language.Rules.Funding;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// A failure of the checker itself (SP9001) is contained to its step: reported once, at its plan, naming the step and
    /// the exception, while every other rule, plan and file reports as usual. Cancellation is no failure and propagates.
    /// </summary>
    public class ContainmentTests
    {
        /// <summary>Two plans whose funding shares add up to 60 % (SP3004), and a plan with a period given twice (SP1009).</summary>
        private static readonly (string Path, string Text)[] Files =
        {
            ("a.plan", "municipal plan A {\n  funder F municipality\n  action X { funding F 60 % }\n}\n"),
            ("b.plan", "municipal plan B {\n  funder F municipality\n  action X { funding F 60 % }\n}\n"),
            ("c.plan", "municipal plan C {\n  period 2023..2030\n  period 2023..2026\n}\n"),
        };

        /// <summary>A rule that fails on one plan, as a rule with a bug would.</summary>
        private sealed class FailingRule : PlanRule
        {
            private readonly string _plan;
            private readonly Exception _exception;

            public FailingRule(string plan, Exception exception)
            {
                _plan = plan;
                _exception = exception;
            }

            public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.OverBudget };

            public override void Check(RuleContext context)
            {
                if (context.Model.Name == _plan)
                {
                    throw _exception;
                }
            }
        }

        private static List<Diagnostic> Run(params PlanRule[] rules)
        {
            var compilation = PlanCompilation.Create(Files);
            var diagnostics = compilation.Diagnostics.Where(diagnostic => diagnostic.Id[2] is '0' or '1').ToList();
            RuleRunner.Run(compilation.Plans, PlanCompilationOptions.Default, diagnostics, rules);
            return diagnostics;
        }

        [Fact]
        public void A_rule_that_fails_on_one_plan_is_reported_once_there_and_everything_else_reports_as_usual()
        {
            var diagnostics = Run(new FundingSharesRule(), new FailingRule("A", new InvalidOperationException("a bug")), new FundingSharesRule());

            var failure = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "SP9001");
            Assert.Equal("a.plan", failure.Location.Path);
            Assert.Equal("1,16", failure.Position());
            Assert.Equal(
                "Internal error: the rule FailingRule (SP3006) failed (InvalidOperationException: a bug); plan A was not fully checked, please report this",
                failure.Message);
            Assert.Equal(2, diagnostics.Count(diagnostic => diagnostic.Id == "SP3004" && diagnostic.Location.Path == "a.plan"));
            Assert.Equal(2, diagnostics.Count(diagnostic => diagnostic.Id == "SP3004" && diagnostic.Location.Path == "b.plan"));
            Assert.Single(diagnostics, diagnostic => diagnostic.Id == "SP1009" && diagnostic.Location.Path == "c.plan");
        }

        [Fact]
        public void Cancellation_is_no_failure_and_propagates()
        {
            Assert.Throws<OperationCanceledException>(() => Run(new FundingSharesRule(), new FailingRule("B", new OperationCanceledException())));
        }

        /// <summary>
        /// A tree whose spans reach past its text, as a parser with a bug could give: binding its plan fails where the binder
        /// quotes the reversed year range. The failure is reported at that plan; the other files bind and report as usual.
        /// </summary>
        [Fact]
        public void A_plan_whose_binding_fails_is_reported_once_and_the_other_files_report_as_usual()
        {
            var text = "municipal plan A {\n  period 2030..2023\n}\n";
            var corrupt = PlanParser.Parse("a.plan", text) with { Text = new SourceText("a.plan", text.Substring(0, 18)) };
            var others = Files.Skip(1).Select(file => PlanParser.Parse(file.Path, file.Text));

            var compilation = PlanCompilation.Create(others.Prepend(corrupt));

            var failure = Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP9001");
            Assert.Equal(("a.plan", "1,16"), (failure.Location.Path, failure.Position()));
            Assert.StartsWith("Internal error: binding failed (ArgumentOutOfRangeException: ", failure.Message);
            Assert.EndsWith("plan A was not fully checked, please report this", failure.Message);
            Assert.Equal(new[] { "B", "C" }, compilation.Plans.Select(plan => plan.Name));
            Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP1009" && diagnostic.Location.Path == "c.plan");
            Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP3004" && diagnostic.Location.Path == "b.plan");
        }

        [Fact]
        public void A_failing_step_gives_nothing_and_one_internal_error_naming_the_step_and_the_exception()
        {
            var diagnostics = new List<Diagnostic>();
            var location = new SourceText("x.plan", "municipal plan X {\n}\n").GetLocation(new TextSpan(0, 0));

            var result = InternalErrors.Run<string>("parsing", "this file", location, diagnostics, () => throw new FormatException("bad \u001B[2J"));

            Assert.Null(result);
            var failure = Assert.Single(diagnostics);
            Assert.Equal("x.plan(1,1): error SP9001: Internal error: parsing failed (FormatException: bad \\u001B[2J); this file was not fully checked, please report this", failure.ToString());
            Assert.Throws<OperationCanceledException>(() => InternalErrors.Run<string>("parsing", "this file", location, diagnostics, () => throw new OperationCanceledException()));
        }

        /// <summary>The files of issue 9: one plan's cost overflowed the checker and hid the SP1009 of another file.</summary>
        [Fact]
        public void The_cost_that_crashed_the_checker_no_longer_hides_the_errors_of_other_files()
        {
            var huge = "municipal plan H {\n  funder F municipality budget 400 000 kr per year\n  action A {\n"
                + "    cost 9 000 000 000 000 000 000 000 000 000 kr per delivery, 9 000 000 000 deliveries per year\n"
                + "    funding F 100 %\n  }\n}\n";

            var compilation = PlanCompilation.Create(new[] { ("h.plan", huge), Files[2] });

            Assert.Equal(
                new[] { "c.plan(3,3) SP1009", "h.plan(4,10) SP1021", "h.plan(4,65) SP1021" },
                compilation.Diagnostics.Select(diagnostic => diagnostic.Location + " " + diagnostic.Id));
        }
    }
}
