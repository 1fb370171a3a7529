using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// Golden files: realistic plans in Rules/Golden/*.plan (read from the repository through
    /// <see cref="Repository.Root"/>, not copied to the output), each compiled on its own, in which every line a
    /// diagnostic starts on carries a trailing comment naming the diagnostics it expects:
    /// <code>  amount 280 000 kr        # expect: SP4010</code>
    /// or several, separated by commas (<c># expect: SP4021, SP4022</c>). The test compares sets of (line, ID): every
    /// expectation must be reported on its line, and every warning and error must be expected.
    /// <para>
    /// Information (SP1016, SP2002, SP3002, SP5002, SP5005 …) is ignored, unless a file names an information ID in one
    /// of its expectations: from then on that ID is checked in that whole file like a warning, so every occurrence of
    /// it must be expected. A file with no expectation must have no warning and no error.
    /// </para>
    /// <para>
    /// The comments are a baseline of the whole output: <c>DSLPLANNING_REGENERATE=1 dotnet test</c> rewrites them to what
    /// is reported (<see cref="Rewrite"/>), for review in the diff, instead of failing.
    /// </para>
    /// </summary>
    public class GoldenTests
    {
        private static readonly Regex ExpectationWithSpace = new(@"\s*#\s*expect:[^#]*$", RegexOptions.Compiled);

        public static string Folder => Path.Combine(Repository.Root, "tests", "DslPlanning.Language.Tests", "Rules", "Golden");

        /// <summary>The golden files' names, in path order.</summary>
        public static IReadOnlyList<string> FileNames() =>
            Directory.EnumerateFiles(Folder, "*.plan").OrderBy(path => path, StringComparer.Ordinal).Select(path => Path.GetFileName(path)).ToList();

        public static TheoryData<string> Files()
        {
            var data = new TheoryData<string>();
            foreach (var name in FileNames())
            {
                data.Add(name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void Golden_file_reports_exactly_the_findings_its_comments_expect(string file)
        {
            var text = File.ReadAllText(Path.Combine(Folder, file));
            var expected = Expectations(text);
            var compilation = PlanCompilation.Create(new[] { (file, text) });
            var checkedInfos = new HashSet<string>(expected.Select(expectation => expectation.Id), StringComparer.Ordinal);
            var compared = compilation.Diagnostics
                .Where(diagnostic => diagnostic.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error || checkedInfos.Contains(diagnostic.Id))
                .ToList();
            var actual = compared.Select(diagnostic => (Line: diagnostic.Location.Start.Line + 1, diagnostic.Id)).ToHashSet();
            if (Baselines.Regenerate)
            {
                Baselines.Write(Path.Combine(Folder, file), Rewrite(text, actual));
                return;
            }

            var missing = expected.Where(expectation => !actual.Contains(expectation)).ToList();
            var unexpected = compared.Where(diagnostic => !expected.Contains((diagnostic.Location.Start.Line + 1, diagnostic.Id))).ToList();
            Assert.True(
                missing.Count == 0 && unexpected.Count == 0,
                $"{file}:\n"
                + string.Concat(missing.Select(expectation => $"  expected but not reported: line {expectation.Line} {expectation.Id}\n"))
                + string.Concat(unexpected.Select(diagnostic => $"  reported but not expected: {diagnostic}\n"))
                + Baselines.HowToRegenerate);
        }

        /// <summary>
        /// The text with its <c># expect:</c> comments saying <paramref name="reported"/>: a line whose IDs are unchanged keeps its
        /// comment as written; a changed one lists its IDs in order where its comment stood, or, new, at the column most of the
        /// file's comments stand at; a line with nothing reported loses its comment. Every other character stays.
        /// </summary>
        internal static string Rewrite(string text, ISet<(int Line, string Id)> reported)
        {
            var lines = text.Split('\n');
            var columns = lines.Select(line => ExpectationWithSpace.Match(line.TrimEnd('\r'))).Where(match => match.Success)
                .Select(match => match.Index + match.Value.IndexOf('#')).ToList();
            var usual = columns.GroupBy(column => column).OrderByDescending(group => group.Count()).ThenBy(group => group.Key).Select(group => (int?)group.Key).FirstOrDefault();
            for (var index = 0; index < lines.Length; index++)
            {
                var ending = lines[index].EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty;
                var line = lines[index].Substring(0, lines[index].Length - ending.Length);
                var ids = reported.Where(pair => pair.Line == index + 1).Select(pair => pair.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
                var old = ExpectationWithSpace.Match(line);
                var oldIds = ExpectComments.IdsOf(line).OrderBy(id => id, StringComparer.Ordinal).ToList();
                if (ids.SequenceEqual(oldIds))
                {
                    continue;
                }

                var code = old.Success ? line.Substring(0, old.Index) : line.TrimEnd();
                var column = old.Success ? old.Index + old.Value.IndexOf('#') : usual ?? code.Length + 2;
                lines[index] = (ids.Count == 0 ? code : code.PadRight(Math.Max(column, code.Length + 1)) + "# expect: " + string.Join(", ", ids)) + ending;
            }

            return string.Join("\n", lines);
        }

        /// <summary>
        /// The files cover every rule family. Whether a file expects nothing (clean.plan: a plan that states every fact the
        /// rules need) is its baseline, like any file's expectations: a new rule that finds something there shows in the
        /// regenerated diff, for its author to fix the rule or the plan.
        /// </summary>
        [Fact]
        public void Golden_files_cover_every_rule_family()
        {
            var expectations = FileNames()
                .ToDictionary(file => file, file => Expectations(File.ReadAllText(Path.Combine(Folder, file))));

            foreach (var family in new[] { "SP2", "SP3", "SP4", "SP5" })
            {
                Assert.True(expectations.Values.Any(set => set.Any(expectation => expectation.Id.StartsWith(family, StringComparison.Ordinal))), "no golden file expects a " + family + "xxx finding");
            }
        }

        [Fact]
        public void Regenerating_rewrites_only_the_comments_of_lines_whose_findings_changed()
        {
            const string text = "# head\r\n  a        # expect: SP5001, SP4010\r\n  bb       # expect: SP5003\r\n  c\r\n  d # expect: SP2001\r\n";
            var reported = new HashSet<(int Line, string Id)> { (2, "SP4010"), (2, "SP5001"), (4, "SP5013"), (5, "SP2001"), (5, "SP2004") };

            var rewritten = Rewrite(text, reported);

            Assert.Equal("# head\r\n  a        # expect: SP5001, SP4010\r\n  bb\r\n  c        # expect: SP5013\r\n  d # expect: SP2001, SP2004\r\n", rewritten);
            Assert.Equal(rewritten, Rewrite(rewritten, reported));
            Assert.Equal(reported, Expectations(rewritten));
        }

        /// <summary>The (line, ID) pairs the <c># expect:</c> comments of a file name; unknown IDs fail the test.</summary>
        private static HashSet<(int Line, string Id)> Expectations(string text)
        {
            var known = DiagnosticCatalog.All.Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
            var result = ExpectComments.Of(text);
            foreach (var (line, id) in result)
            {
                Assert.True(known.Contains(id), $"line {line}: '{id}' is not a diagnostic ID");
            }

            return result;
        }
    }
}
