using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Text;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Language.Tests.Docs
{
    /// <summary>
    /// The docs are tests: every <c>```plan</c> example of docs/language.md, docs/rules/*.md and docs/rules/sv/*.md is
    /// compiled, and what the build reports for it is compared with the block after its "The build reports:" line ("Bygget
    /// rapporterar:" on the Swedish pages, with the messages in Swedish), each diagnostic as the compiler prints it
    /// (<c>example.plan(19,10): warning SP5003: …</c>). An example without such a block builds without errors.
    /// Errors and warnings are always shown; information only for the page's own ID and the IDs the block already shows
    /// (docs/rules/README.md, "Examples are tests"). <c>DSLPLANNING_REGENERATE=1 dotnet test</c> rewrites the blocks with
    /// the real output, for review in the diff.
    /// </summary>
    public class DocExampleTests
    {
        private static readonly Regex InfoLine = new(@"\): info (?<id>SP\d{4}): ", RegexOptions.Compiled);

        /// <summary>docs/language.md, every page of docs/rules and docs/rules/sv, and the Swedish guides of docs/sv, as paths relative to the repository.</summary>
        public static TheoryData<string> Pages()
        {
            var data = new TheoryData<string> { "docs/language.md" };
            foreach (var folder in new[] { "docs/rules/", "docs/rules/sv/", "docs/sv/" })
            {
                foreach (var page in Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.md").OrderBy(path => path, StringComparer.Ordinal))
                {
                    data.Add(folder + Path.GetFileName(page));
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Pages))]
        public void The_examples_of_a_docs_page_build_as_the_page_says(string page)
        {
            var path = Path.Combine(Repository.Root, page);
            var lines = File.ReadAllText(path).Split('\n').ToList();
            var language = page.Contains("/sv/") ? PlanLanguage.Swedish : PlanLanguage.English;
            var pageId = Regex.IsMatch(Path.GetFileNameWithoutExtension(page), @"^SP\d{4}$") ? Path.GetFileNameWithoutExtension(page) : null;
            var problems = new List<string>();
            var rewritten = lines;

            // From the last example up, so that rewriting a block does not move the blocks still to be compared.
            foreach (var example in DocExamples.Read(lines).Reverse())
            {
                switch (example.Kind)
                {
                    case ExampleKind.Syntax:
                        break;
                    case ExampleKind.PlanFragment:
                    case ExampleKind.ActionFragment:
                        problems.AddRange(FragmentErrors(example).Select(error => $"{page}({example.Line}): the fragment does not compile: {error}"));
                        break;
                    default:
                        var diagnostics = Compile(example);
                        if (example.Reports is null || example.Shortened)
                        {
                            problems.AddRange(diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                                .Select(error => $"{page}({example.Line}): the example has an error but no 'The build reports:' block: {error}"));
                            break;
                        }

                        var expected = example.Reports.Content.ToList();
                        var shownInfos = new HashSet<string>(expected.Select(line => InfoLine.Match(line)).Where(match => match.Success).Select(match => match.Groups["id"].Value), StringComparer.Ordinal);
                        if (pageId is not null)
                        {
                            shownInfos.Add(pageId);
                        }

                        var actual = diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Info || shownInfos.Contains(diagnostic.Id))
                            .Select(diagnostic => diagnostic.ToString(language))
                            .ToList();
                        if (expected.SequenceEqual(actual))
                        {
                            break;
                        }

                        if (Baselines.Regenerate)
                        {
                            rewritten = DocExamples.Replace(rewritten, example.Reports, actual);
                        }
                        else
                        {
                            problems.Add($"{page}({example.Reports.Open + 1}): the build reports\n    "
                                + string.Join("\n    ", actual.DefaultIfEmpty("(nothing)"))
                                + "\n  but the page says\n    " + string.Join("\n    ", expected.DefaultIfEmpty("(nothing)")));
                        }

                        break;
                }
            }

            if (Baselines.Regenerate && !rewritten.SequenceEqual(lines))
            {
                Baselines.Write(path, string.Join("\n", rewritten));
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + Baselines.HowToRegenerate);
        }

        [Fact]
        public void The_examples_are_read_as_the_pages_write_them()
        {
            var lines = new[]
            {
                "## Example", "`a.plan`:", "```plan", "municipal plan A {", "}", "```", "`b.plan`:", "```plan", "regional plan B {", "}", "```",
                "Built with `-p:DslPlanningAsOf=2026-11-24`, the build reports:", "```", "a.plan(1,16): warning SP5010: …", "```",
                "## How to fix", "```plan fragment action", "cost 200 kr per delivery", "```", "```plan syntax", "subsidy <kind> { … }", "```",
            };

            var examples = DocExamples.Read(lines);

            Assert.Equal(3, examples.Count);
            Assert.Equal(new[] { "a.plan", "b.plan" }, examples[0].Files.Select(file => file.Path));
            Assert.Equal("regional plan B {\n}\n", examples[0].Files[1].Text);
            Assert.Equal(new[] { "a.plan(1,16): warning SP5010: …" }, examples[0].Reports!.Content);
            Assert.Equal(new global::DslPlanning.Model.PlanDate(2026, 11, 24), examples[0].AsOf);
            Assert.Equal((ExampleKind.ActionFragment, "example.plan", (Fence?)null), (examples[1].Kind, examples[1].Files[0].Path, examples[1].Reports));
            Assert.Equal(ExampleKind.Syntax, examples[2].Kind);
            Assert.Equal(
                new[] { "```", "x", "```" },
                DocExamples.Replace(lines, examples[0].Reports!, new[] { "x" }).Skip(12).Take(3));
        }

        /// <summary>
        /// The example's diagnostics in its own files (not in the files of earlier examples or the plan it is compiled
        /// <c>with=</c>), each file read from the bytes of its encoding as a build reads it.
        /// </summary>
        internal static IReadOnlyList<Diagnostic> Compile(Example example)
        {
            var files = example.Files.Concat(example.Context).Select(Read).ToList();
            if (example.With is { } with)
            {
                files.Add(new SourceText(with, File.ReadAllText(Path.Combine(Repository.Root, with))));
            }

            var own = new HashSet<string>(example.Files.Select(file => file.Path), StringComparer.Ordinal);
            return PlanCompilation.Create(files, new PlanCompilationOptions(example.AsOf)).Diagnostics.Where(diagnostic => own.Contains(diagnostic.Location.Path)).ToList();
        }

        private static SourceText Read(ExampleFile file)
        {
            var encoding = file.Encoding is { } name ? Encoding.GetEncoding(name) : new UTF8Encoding(false);
            var (text, notUtf8) = PlanFileEncoding.Decode(encoding.GetBytes(file.Text));
            return new SourceText(file.Path, text, notUtf8);
        }

        /// <summary>
        /// The syntax and structure errors of a fragment compiled inside a plan (or an action of one), but for names it uses
        /// without declaring them (SP1002): a fragment shows statements, not the plan that declares what they name, so what
        /// the rules find in its host plan (a level not declared) is not the fragment's.
        /// </summary>
        private static IEnumerable<Diagnostic> FragmentErrors(Example example)
        {
            var body = string.Join("\n", example.Files[0].Text.TrimEnd('\n').Split('\n').Select(line => "    " + line));
            var text = example.Kind == ExampleKind.ActionFragment
                ? "municipal plan Fragment {\n  action Fragment {\n" + body + "\n  }\n}\n"
                : "municipal plan Fragment {\n" + body + "\n}\n";
            return PlanCompilation.Create(new[] { ("fragment.plan", text) }).Diagnostics
                .Where(diagnostic => Rules.Findings.StopsTheRules(diagnostic) && diagnostic.Id != "SP1002");
        }
    }
}
