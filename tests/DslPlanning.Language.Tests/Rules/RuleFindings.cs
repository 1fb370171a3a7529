using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Rules;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>One diagnostic of a compilation, with the text its span covers.</summary>
    public sealed record Reported(Diagnostic Diagnostic, string Text)
    {
        public string Id => Diagnostic.Id;

        public string Message => Diagnostic.Message;

        public DiagnosticSeverity Severity => Diagnostic.Severity;

        /// <summary>One-based "line,column" of the start of the span.</summary>
        public string Position => Diagnostic.Position();

        /// <summary>Asserts where the diagnostic points: the one-based position of its start and the exact text of its span.</summary>
        public Reported At(string position, string text)
        {
            Assert.Equal(position, Position);
            Assert.Equal(text, Text);
            return this;
        }

        /// <summary>Asserts that the message contains each of <paramref name="parts"/>.</summary>
        public Reported Says(params string[] parts)
        {
            foreach (var part in parts)
            {
                Assert.Contains(part, Message);
            }

            return this;
        }

        public override string ToString() => $"{Diagnostic} «{Text}»";
    }

    /// <summary>
    /// The diagnostics of plans the rules checked, for tests that each own one rule: <see cref="Of(string, PlanDate?)"/>
    /// fails when a plan has an error that keeps the rules from checking it (syntax, structure, SP9001: a "not reported"
    /// would otherwise pass only because the rules never saw the plan), and every assertion looks at the IDs it names or
    /// at the IDs of the rules that report them, never at the whole output: a new rule, or a new warning elsewhere, does
    /// not change what a rule's test sees. Whole-output expectations live in baselines (<c>tests/Shared/Baselines.cs</c>).
    /// </summary>
    public sealed class Findings
    {
        private Findings(PlanCompilation compilation, IReadOnlyList<Reported> all)
        {
            Compilation = compilation;
            All = all;
        }

        public PlanCompilation Compilation { get; }

        /// <summary>Every diagnostic, in the compilation's order.</summary>
        public IReadOnlyList<Reported> All { get; }

        public static Findings Of(string text, PlanDate? asOf = null) => Of(new[] { ("test.plan", text) }, asOf);

        public static Findings Of((string Path, string Text)[] files, PlanDate? asOf = null)
        {
            var compilation = PlanCompilation.Create(files, new PlanCompilationOptions(asOf));
            var blocking = compilation.Diagnostics.Where(StopsTheRules).ToList();
            Assert.True(blocking.Count == 0, "the plans have errors that keep the rules from checking them:\n" + string.Join("\n", blocking));
            var texts = files.ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);
            var all = compilation.Diagnostics
                .Select(diagnostic => new Reported(diagnostic, texts[diagnostic.Location.Path].Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length)))
                .ToList();
            return new Findings(compilation, all);
        }

        /// <summary>
        /// Asserts that the plan's diagnostics with <paramref name="id"/> are exactly <paramref name="expected"/>, in order, each
        /// as the compiler prints it (<c>test.plan(8,10): warning SP5003: Action Y …</c>), and that no error keeps the rules from
        /// checking the plan (those errors are listed with the findings, so a failure shows them).
        /// </summary>
        public static void AssertFindings(string text, string id, params string[] expected) =>
            AssertFindings(new[] { ("test.plan", text) }, id, expected);

        /// <inheritdoc cref="AssertFindings(string, string, string[])"/>
        public static void AssertFindings((string Path, string Text)[] files, string id, params string[] expected)
        {
            var compilation = PlanCompilation.Create(files);
            var actual = compilation.Diagnostics.Where(diagnostic => diagnostic.Id == id || StopsTheRules(diagnostic)).Select(diagnostic => diagnostic.ToString()).ToList();
            Assert.True(expected.SequenceEqual(actual), $"expected:\n{string.Join("\n", expected)}\nactual:\n{string.Join("\n", actual)}");
        }

        /// <summary>An error reported before the rules run (syntax, structure, internal): the plan it is in is not checked by the rules.</summary>
        public static bool StopsTheRules(Diagnostic diagnostic) => diagnostic.Severity == DiagnosticSeverity.Error && !IsRuleId(diagnostic.Id);

        /// <summary>The IDs a rule reports, and those of the justified exceptions (SP1016, SP1017) that the rule runner reports.</summary>
        private static bool IsRuleId(string id) => id[2] is '2' or '3' or '4' or '5' || id is "SP1016" or "SP1017";

        /// <summary>
        /// The IDs of the rules that report <paramref name="ids"/> (every ID each of those rules declares), and the IDs themselves:
        /// what a test of those IDs may look at.
        /// </summary>
        public static HashSet<string> RuleScope(params string[] ids)
        {
            var scope = new HashSet<string>(ids, StringComparer.Ordinal);
            foreach (var rule in RuleCatalog.Rules.Where(rule => rule.Descriptors.Any(descriptor => scope.Contains(descriptor.Id))).ToList())
            {
                scope.UnionWith(rule.Descriptors.Select(descriptor => descriptor.Id));
            }

            return scope;
        }

        public IReadOnlyList<Reported> Where(string id) => All.Where(reported => reported.Id == id).ToList();

        /// <summary>The one diagnostic with <paramref name="id"/>, asserting there is exactly one.</summary>
        public Reported Single(string id)
        {
            var matches = Where(id);
            Assert.True(matches.Count == 1, $"expected one {id}, got {matches.Count}:\n{this}");
            return matches[0];
        }

        /// <summary>Asserts that nothing with <paramref name="id"/> is reported.</summary>
        public Findings None(string id)
        {
            Assert.True(Where(id).Count == 0, $"expected no {id}, got:\n{this}");
            return this;
        }

        /// <summary>
        /// Asserts that the rule that reports <paramref name="id"/> is satisfied: nothing with <paramref name="id"/> (whatever its
        /// severity), and no warning or error with another ID of that rule. Other rules may report what they like.
        /// </summary>
        public Findings Clean(string id)
        {
            None(id);
            var scope = RuleScope(id);
            var problems = All.Where(reported => scope.Contains(reported.Id) && reported.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error).ToList();
            Assert.True(problems.Count == 0, $"expected no warning or error of the rule of {id}, got:\n{string.Join("\n", problems)}");
            return this;
        }

        /// <summary>
        /// Asserts that the warnings and errors of the rules that report <paramref name="ids"/> (see <see cref="RuleScope"/>), and
        /// the diagnostics with the listed IDs whatever their severity, are exactly <paramref name="ids"/> (in any order, each as
        /// often as listed). What other rules report is not looked at.
        /// </summary>
        public Findings Exactly(params string[] ids)
        {
            var scope = RuleScope(ids);
            var listed = new HashSet<string>(ids, StringComparer.Ordinal);
            var actual = All
                .Where(reported => listed.Contains(reported.Id) || (scope.Contains(reported.Id) && reported.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error))
                .Select(reported => reported.Id)
                .OrderBy(id => id, StringComparer.Ordinal);
            Assert.True(
                ids.OrderBy(id => id, StringComparer.Ordinal).SequenceEqual(actual),
                $"expected exactly {string.Join(", ", ids)} among {string.Join(", ", scope.OrderBy(id => id, StringComparer.Ordinal))}, got:\n{this}");
            return this;
        }

        public override string ToString() => All.Count == 0 ? "(nothing)" : string.Join("\n", All);
    }

    /// <summary>Edits of plan texts for near-identical variants.</summary>
    public static class PlanEdit
    {
        /// <summary>
        /// The text with <paramref name="from"/> replaced by <paramref name="to"/>, asserting that <paramref name="from"/>
        /// occurs exactly once, so the variant differs from the original in exactly that place.
        /// </summary>
        public static string Change(this string text, string from, string to)
        {
            var first = text.IndexOf(from, StringComparison.Ordinal);
            Assert.True(first >= 0, $"'{from}' does not occur in the plan");
            Assert.True(text.IndexOf(from, first + 1, StringComparison.Ordinal) < 0, $"'{from}' occurs more than once in the plan");
            return text.Substring(0, first) + to + text.Substring(first + from.Length);
        }

        /// <summary>The text without the one line whose content (without indentation and comment) is <paramref name="line"/>.</summary>
        public static string WithoutLine(this string text, string line)
        {
            var lines = text.Split('\n');
            var matches = Enumerable.Range(0, lines.Length).Where(index => Content(lines[index]) == line).ToList();
            Assert.True(matches.Count == 1, $"expected one line '{line}', found {matches.Count}");
            return string.Join("\n", lines.Where((_, index) => index != matches[0]));
        }

        /// <summary>The one-based number of the one line whose content starts with <paramref name="start"/>.</summary>
        public static int LineStartingWith(this string text, string start)
        {
            var lines = text.Split('\n');
            var matches = Enumerable.Range(0, lines.Length).Where(index => lines[index].TrimStart().StartsWith(start, StringComparison.Ordinal)).ToList();
            Assert.True(matches.Count == 1, $"expected one line starting with '{start}', found {matches.Count}");
            return matches[0] + 1;
        }

        private static string Content(string line)
        {
            var comment = line.IndexOf('#');
            return (comment < 0 ? line : line.Substring(0, comment)).Trim();
        }
    }

    /// <summary>
    /// A municipal plan with one subsidy application, for the subsidy rules. Lines 1–12 are fixed, so positions are known:
    /// the application's header stands on line 13 (<c>    subsidy &lt;header&gt; {</c>: the kind at column 13), its facts
    /// on lines 14, 15 … at column 7; <paramref name="after"/> (schemes, other plans' elements) comes after the plan's
    /// action and does not move them.
    /// </summary>
    public static class SubsidyPlan
    {
        public const int HeaderLine = 13;

        public static string Text(string header, params string[] facts) => With(header, facts);

        public static string With(
            string header,
            string[] facts,
            string place = "place S level 1",
            string funding = "funding F",
            string period = "2023..2030",
            string after = "")
        {
            var lines = new List<string>
            {
                "municipal plan P {",
                "  period " + period,
                "  review yearly",
                "  funder F municipality",
                "  funder R region",
                "  actor K \"Kommunen\" municipality",
                "  actor B \"Butiken\" business",
                "  level 1 \"Lokal servicepunkt\"",
                "  " + place,
                "  goal G \"Bevarad service\" { indicator \"butiker\" }",
                "  action X serves G {",
                "    " + funding,
                "    subsidy " + header + " {",
            };
            lines.AddRange(facts.Select(fact => "      " + fact));
            lines.Add("    }");
            lines.Add("  }");
            if (after.Length > 0)
            {
                lines.AddRange(after.Split('\n').Select(line => "  " + line));
            }

            lines.Add("}");
            return string.Join("\n", lines) + "\n";
        }

        /// <summary>The position of fact number <paramref name="index"/> (zero-based), e.g. "14,7" for the first.</summary>
        public static string Fact(int index) => $"{HeaderLine + 1 + index},7";

        /// <summary>The position of the application's kind, e.g. "13,13".</summary>
        public static string Kind => $"{HeaderLine},13";

        /// <summary>The position of the header's <c>in</c> clause after a kind word of <paramref name="kind"/>.</summary>
        public static string In(string kind) => $"{HeaderLine},{13 + kind.Length + 1}";
    }
}
