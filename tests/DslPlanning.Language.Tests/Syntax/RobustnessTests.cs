using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DslPlanning.Language.Syntax;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>The parser returns on any input, without exceptions, and every span it reports lies within the text.</summary>
    public class RobustnessTests
    {
        /// <summary>
        /// A guard against a hang (a parser loop that never returns), not a measure of speed: far above what any machine
        /// takes, so that a loaded CI machine never trips it. Speed is measured in the benchmarks.
        /// </summary>
        private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

        private static readonly Lazy<Dictionary<string, string>> Inputs = new(BuildInputs);

        public static IEnumerable<object[]> NastyInputNames => Inputs.Value.Keys.Select(name => new object[] { name });

        [Theory]
        [MemberData(nameof(NastyInputNames))]
        public async Task Nasty_input_parses_without_exception_and_every_span_lies_within_the_text(string name)
        {
            var text = Inputs.Value[name];

            var tree = await ParseWithinLimit(text);

            AssertWellFormed(tree, text, name);
        }

        [Fact]
        public async Task Sampled_prefixes_of_a_real_plan_parse_and_report_the_open_plan_block()
        {
            var text = RealPlan();
            var full = Parse(text);
            var plan = Assert.Single(full.Plans);
            var openBrace = text.IndexOf('{', (plan.Title ?? (SyntaxNode)plan.Name).Span.End);
            var closeBrace = plan.Span.End - 1;
            Assert.Equal('}', text[closeBrace]);

            // Every 41st cut, and cuts just before and just after every brace and quote.
            var cuts = new SortedSet<int> { 0, text.Length };
            for (var cut = 0; cut < text.Length; cut += 41)
            {
                cuts.Add(cut);
            }

            for (var position = 0; position < text.Length; position++)
            {
                if (text[position] is '{' or '}' or '"')
                {
                    cuts.Add(position);
                    cuts.Add(position + 1);
                }
            }

            await WithinLimit(() =>
            {
                foreach (var cut in cuts)
                {
                    var prefix = text.Substring(0, cut);
                    var tree = Parse(prefix);
                    AssertWellFormed(tree, prefix, "prefix of length " + cut);
                    if (cut > openBrace && cut <= closeBrace)
                    {
                        Assert.True(
                            tree.Diagnostics.Any(diagnostic => diagnostic.Id == "SP0004" && diagnostic.Location.Span.Start == openBrace),
                            $"prefix of length {cut}: the unclosed plan block is not reported at its '{{'; got:\n{Describe(tree.Diagnostics)}");
                    }
                }
            });
        }

        [Fact]
        public async Task Real_plan_with_any_one_line_removed_parses_and_every_span_lies_within_it()
        {
            var lines = RealPlan().Split('\n');

            await WithinLimit(() =>
            {
                for (var removed = 0; removed < lines.Length; removed++)
                {
                    var text = string.Join("\n", lines.Take(removed).Concat(lines.Skip(removed + 1)));
                    AssertWellFormed(Parse(text), text, "without line " + (removed + 1));
                }
            });
        }

        [Fact]
        public void Child_spans_lie_within_their_parent_spans_in_a_real_plan()
        {
            var text = RealPlan();
            var tree = Parse(text);

            foreach (var plan in tree.Plans)
            {
                foreach (var (node, parent) in Descendants(plan))
                {
                    Assert.True(
                        parent is null || parent.Span.Contains(node.Span),
                        $"{node.GetType().Name} {node.Span} is not within {parent?.GetType().Name} {parent?.Span}");
                }
            }
        }

        [Fact]
        public void Unterminated_string_with_trailing_spaces_lies_within_its_statement()
        {
            var tree = Parse("municipal plan P {\n  note \"abc   \n}\n");

            var note = Assert.IsType<ValueStatementSyntax>(Assert.Single(Assert.Single(tree.Plans).Body));
            var value = Assert.IsType<StringSyntax>(note.Value);
            Assert.True(note.Span.Contains(value.Span), $"string {value.Span} is not within its statement {note.Span}");
        }

        private static string RealPlan() => File.ReadAllText(Path.Combine(RepositoryRoot, "plans", "krokom.plan"));

        private static void AssertWellFormed(SyntaxTree tree, string text, string what)
        {
            Assert.Same(text, tree.Text.Text);
            Assert.Null(DslPlanning.Tests.Shared.LosslessChecks.TreeProblem(tree) is { } problem ? what + ": " + problem : null);
            foreach (var diagnostic in tree.Diagnostics)
            {
                var span = diagnostic.Location.Span;
                Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, $"{what}: diagnostic span {span} outside [0..{text.Length}): {diagnostic}");
                Assert.Equal(tree.Text.GetLinePosition(span.Start), diagnostic.Location.Start);
                Assert.StartsWith("SP00", diagnostic.Id);
                Assert.False(string.IsNullOrEmpty(diagnostic.Message));
            }

            foreach (var plan in tree.Plans)
            {
                foreach (var (node, _) in Descendants(plan))
                {
                    Assert.True(node.Span.Start >= 0 && node.Span.End <= text.Length, $"{what}: {node.GetType().Name} span {node.Span} outside [0..{text.Length})");
                }
            }
        }

        private static async Task<SyntaxTree> ParseWithinLimit(string text)
        {
            var parse = Task.Run(() => Parse(text));
            var first = await Task.WhenAny(parse, Task.Delay(Limit));
            Assert.True(ReferenceEquals(first, parse), $"the parser did not return within {Limit.TotalMinutes} minutes: it hangs");
            return await parse;
        }

        private static async Task WithinLimit(Action work)
        {
            var run = Task.Run(work);
            var first = await Task.WhenAny(run, Task.Delay(Limit));
            Assert.True(ReferenceEquals(first, run), $"did not finish within {Limit.TotalMinutes} minutes: it hangs");
            await run;
        }

        private static Dictionary<string, string> BuildInputs()
        {
            const string Plan = "municipal plan P {\n";
            var random = new Random(20231124);
            var bytes = new byte[4096];

            string RandomBytes(Encoding encoding)
            {
                random.NextBytes(bytes);
                return encoding.GetString(bytes);
            }

            string TokenSoup()
            {
                string[] tokens =
                {
                    "municipal", "plan", "P", "{", "}", "\"", "\\", "#", ",", ";", "\n", "\r\n", "..", "–", "-", "place", "area", "goal",
                    "action", "subsidy", "scheme", "cost", "funding", "per", "year", "in", "for", "at", "least", "more", "than", "≥",
                    ">=", "50 000", "kr", "%", "h/week", "2023", "01-31", "2012-01-12", "1.1", "Näringslivskontoret", "\u00A0", "\u202F",
                };
                var soup = new StringBuilder();
                for (var i = 0; i < 20_000; i++)
                {
                    soup.Append(tokens[random.Next(tokens.Length)]);
                    if (random.Next(3) == 0)
                    {
                        soup.Append(' ');
                    }
                }

                return soup.ToString();
            }

            return new Dictionary<string, string>
            {
                ["empty"] = string.Empty,
                ["only whitespace"] = " \t\r\n\u00A0\u202F\uFEFF \n\n",
                ["only comments"] = "# en\n   # två\n#",
                ["NUL characters"] = "\0\0municipal\0plan P {\0 owner \0X\n note \"a\0b\"\n}\0",
                ["lone high surrogate"] = Plan + " \uD800 owner X\n note \"\uD800\"\n owner A\uD800B\n}\uD800",
                ["lone low surrogate"] = "\uDC00municipal plan \uDC00P { owner \uDC00 }",
                ["high surrogate at the end"] = Plan + " owner X\uD83D",
                ["bidi controls"] = "municipal plan P \"\u202Eevil\u202C\" {\n \u202E owner X\n owner \u2066Y\u2069\n period 2023\u202E..2030\n}",
                ["10 000 nested braces"] = new string('{', 10_000),
                ["10 000 nested braces in a plan"] = Plan + new string('{', 10_000),
                ["10 000 closing braces"] = new string('}', 10_000),
                ["5 000 nested declarations"] = Plan + string.Concat(Enumerable.Repeat("area A {\n action B {\n  subsidy s {\n", 5_000)),
                ["200 000-character name"] = Plan + " " + new string('x', 200_000) + "\n}",
                ["200 000-character string"] = Plan + " note \"" + new string('å', 200_000) + "\"\n}",
                ["200 000 digits"] = Plan + " scheme s { amount " + new string('9', 200_000) + " mkr }\n}",
                ["200 000 decimals"] = Plan + " scheme s { amount 0," + new string('9', 200_000) + " mkr }\n}",
                ["200 000 characters of digit groups"] = Plan + " scheme s { amount 1" + string.Concat(Enumerable.Repeat(" 000", 50_000)) + " kr }\n}",
                ["200 000 commas"] = Plan + " owner " + new string(',', 200_000) + "\n}",
                ["200 001 quotes"] = Plan + " note " + new string('"', 200_001) + "\n}",
                ["20 000 list items"] = Plan + " owner " + string.Concat(Enumerable.Repeat("A, ", 20_000)) + "B\n}",
                ["random bytes as UTF-8"] = RandomBytes(Encoding.UTF8),
                ["random bytes as Latin-1"] = RandomBytes(Encoding.Latin1),
                ["random bytes as UTF-16"] = RandomBytes(Encoding.Unicode),
                ["token soup"] = TokenSoup(),
                ["token soup in a plan"] = Plan + TokenSoup(),
            };
        }
    }
}
