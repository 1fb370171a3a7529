using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
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
    /// The diagnostics of plans that are well-formed, so that the rules ran: <see cref="Of(string, PlanDate?)"/> fails
    /// when the text has a syntax or structure diagnostic (a "not reported" would otherwise pass only because the rules
    /// never saw the plan).
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

        /// <summary>The warnings and errors.</summary>
        public IReadOnlyList<Reported> Problems => All.Where(reported => reported.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error).ToList();

        public static Findings Of(string text, PlanDate? asOf = null) => Of(new[] { ("test.plan", text) }, asOf);

        public static Findings Of((string Path, string Text)[] files, PlanDate? asOf = null)
        {
            var compilation = PlanCompilation.Create(files, new PlanCompilationOptions(asOf));
            var structure = compilation.Structure();
            Assert.True(structure.Count == 0, "the plans are not well-formed, so the rules did not check them:\n" + string.Join("\n", structure));
            var texts = files.ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);
            var all = compilation.Diagnostics
                .Select(diagnostic => new Reported(diagnostic, texts[diagnostic.Location.Path].Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length)))
                .ToList();
            return new Findings(compilation, all);
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

        /// <summary>Asserts that there is no warning and no error (information may remain).</summary>
        public Findings Clean()
        {
            Assert.True(Problems.Count == 0, "expected no warnings or errors, got:\n" + this);
            return this;
        }

        /// <summary>Asserts that the warnings and errors are exactly <paramref name="ids"/> (in any order, each as often as listed).</summary>
        public Findings Exactly(params string[] ids)
        {
            Assert.True(
                ids.OrderBy(id => id, StringComparer.Ordinal).SequenceEqual(Problems.Select(reported => reported.Id).OrderBy(id => id, StringComparer.Ordinal)),
                $"expected exactly {string.Join(", ", ids)}, got:\n{this}");
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
