using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Support
{
    /// <summary>How a <c>```plan</c> block of the docs is compiled: the word after <c>plan</c> in its fence.</summary>
    public enum ExampleKind
    {
        /// <summary><c>```plan</c>: one or more whole plans.</summary>
        Plans,

        /// <summary><c>```plan fragment</c>: statements of a plan, compiled inside one (names they use may be undeclared).</summary>
        PlanFragment,

        /// <summary><c>```plan fragment action</c>: statements of an action, compiled inside an action of a plan.</summary>
        ActionFragment,

        /// <summary><c>```plan syntax</c>: the form of a statement with placeholders (<c>&lt;kind&gt;</c>), not compiled.</summary>
        Syntax,
    }

    /// <summary>A fenced block of a Markdown page: its fence lines (zero-based), info string, content and the text line before it.</summary>
    public sealed record Fence(int Open, int Close, string Info, IReadOnlyList<string> Content, string Before, int Section)
    {
        public string Language => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
    }

    /// <summary>
    /// A plan file of an example: the name the page gives it (<c>`sorsele.plan`:</c> before its block), or <c>example.plan</c>;
    /// its text, with <c>⟨U+200E⟩</c> read as the (invisible) character it names; and the encoding it was saved in
    /// (<c>```plan encoding=iso-8859-1</c>), UTF-8 unless said.
    /// </summary>
    public sealed record ExampleFile(string Path, string Text, Fence Fence, string? Encoding = null);

    /// <summary>What the word after <c>plan</c> in a fence says: the kind, and the attributes <c>with=</c>, <c>encoding=</c>, <c>shortened</c>.</summary>
    public sealed record ExampleAttributes(ExampleKind Kind, string? With, string? Encoding, bool Shortened);

    /// <summary>
    /// An example of a docs page: the plan blocks compiled together (one block, or consecutive blocks each named by a
    /// <c>`name.plan`:</c> line), and the block after a line saying "the build reports" with what the build reports for them.
    /// </summary>
    /// <para>
    /// <see cref="Context"/>: the files earlier examples of the page named and this one does not (a fix that shows one file of
    /// two is built with the other as the page left it). <see cref="With"/>: a file of the repository compiled along
    /// (<c>```plan with=plans/jamtland-rsp.plan</c>). <see cref="Shortened"/>: the example is shortened
    /// (<c>```plan shortened</c>), so what the build reports for the whole is not compared.
    /// </para>
    public sealed record Example(ExampleKind Kind, IReadOnlyList<ExampleFile> Files, Fence? Reports, PlanDate? AsOf, string? With, bool Shortened, IReadOnlyList<ExampleFile> Context)
    {
        /// <summary>The one-based line of the example's first block, for messages.</summary>
        public int Line => Files[0].Fence.Open + 1;
    }

    /// <summary>
    /// Reads the examples of a docs page (docs/rules/*.md, docs/language.md), as <c>DocExampleTests</c> compiles them. The
    /// conventions are documented in docs/rules/README.md ("Examples are tests").
    /// </summary>
    public static class DocExamples
    {
        private static readonly Regex FileName = new(@"^`(?<path>[^`\s]+\.plan)`:$", RegexOptions.Compiled);

        private static readonly Regex Invisible = new(@"⟨U\+(?<code>[0-9A-F]{4,6})⟩", RegexOptions.Compiled);

        private static readonly Regex AsOfDate = new(@"DslPlanningAsOf=(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})", RegexOptions.Compiled);

        /// <summary>The fenced blocks of a page, with the section (counted by headings) each stands in.</summary>
        public static IReadOnlyList<Fence> Fences(IReadOnlyList<string> lines)
        {
            var fences = new List<Fence>();
            var section = 0;
            var before = string.Empty;
            for (var index = 0; index < lines.Count; index++)
            {
                var line = lines[index].TrimEnd('\r');
                var trimmed = line.TrimStart();
                if (trimmed.StartsWith("```", StringComparison.Ordinal))
                {
                    var indent = line.Length - trimmed.Length;
                    var close = index + 1;
                    while (close < lines.Count && !lines[close].TrimEnd('\r').Trim().Equals("```", StringComparison.Ordinal))
                    {
                        close++;
                    }

                    Assert.True(close < lines.Count, $"line {index + 1}: the block is not closed");
                    var content = lines.Skip(index + 1).Take(close - index - 1)
                        .Select(text => text.TrimEnd('\r'))
                        .Select(text => text.Length >= indent && text.Substring(0, indent).Trim().Length == 0 ? text.Substring(indent) : text.TrimStart())
                        .ToList();
                    fences.Add(new Fence(index, close, trimmed.Substring(3).Trim(), content, before, section));
                    before = string.Empty;
                    index = close;
                }
                else if (trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    section++;
                    before = string.Empty;
                }
                else if (trimmed.Length > 0)
                {
                    before = trimmed;
                }
            }

            return fences;
        }

        /// <summary>The examples of a page, in order.</summary>
        public static IReadOnlyList<Example> Read(IReadOnlyList<string> lines)
        {
            var examples = new List<(ExampleAttributes Attributes, List<ExampleFile> Files, Fence? Reports)>();
            Fence? previous = null;
            foreach (var fence in Fences(lines))
            {
                if (fence.Language == "plan")
                {
                    var attributes = AttributesOf(fence);
                    var named = FileName.Match(fence.Before);
                    var text = Invisible.Replace(string.Join("\n", fence.Content) + "\n", match => char.ConvertFromUtf32(int.Parse(match.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    var file = new ExampleFile(named.Success ? named.Groups["path"].Value : "example.plan", text, fence, attributes.Encoding);
                    var last = examples.Count > 0 ? examples[examples.Count - 1] : default;
                    var joins = named.Success && attributes.Kind == ExampleKind.Plans && previous is { Language: "plan" } && last.Files is not null
                        && last.Attributes.Kind == ExampleKind.Plans && last.Reports is null && last.Files[0].Fence.Section == fence.Section
                        && FileName.IsMatch(last.Files[0].Fence.Before);
                    if (joins)
                    {
                        Assert.False(last.Files!.Any(other => other.Path == file.Path), $"line {fence.Open + 1}: {file.Path} is named twice in one example");
                        last.Files!.Add(file);
                    }
                    else
                    {
                        examples.Add((attributes, new List<ExampleFile> { file }, null));
                    }
                }
                else if (fence.Info.Length == 0 && (fence.Before.IndexOf("the build reports", StringComparison.OrdinalIgnoreCase) >= 0
                    || fence.Before.IndexOf("bygget rapporterar", StringComparison.OrdinalIgnoreCase) >= 0))
                {
                    // What the build reports for the example before it in the section; a block after an example that has its
                    // block already describes a build the page does not show (fourteen files of notes), and is not compared.
                    var index = examples.Count - 1;
                    if (index >= 0 && examples[index].Reports is null && examples[index].Files[0].Fence.Section == fence.Section && examples[index].Attributes.Kind == ExampleKind.Plans)
                    {
                        examples[index] = (examples[index].Attributes, examples[index].Files, fence);
                    }
                }

                previous = fence;
            }

            var byPath = new Dictionary<string, ExampleFile>(StringComparer.Ordinal);
            var result = new List<Example>();
            foreach (var (attributes, files, reports) in examples)
            {
                var context = files[0].Path == "example.plan" ? new List<ExampleFile>() : byPath.Values.Where(file => !files.Any(own => own.Path == file.Path)).ToList();
                result.Add(new Example(attributes.Kind, files, reports, reports is null ? null : AsOf(reports.Before), attributes.With, attributes.Shortened, context));
                foreach (var file in files.Where(file => file.Path != "example.plan"))
                {
                    byPath[file.Path] = file;
                }
            }

            return result;
        }

        /// <summary>The lines of <paramref name="lines"/> with the content of <paramref name="fence"/> replaced by <paramref name="content"/>.</summary>
        public static List<string> Replace(IReadOnlyList<string> lines, Fence fence, IEnumerable<string> content) =>
            lines.Take(fence.Open + 1).Concat(content).Concat(lines.Skip(fence.Close)).ToList();

        private static ExampleAttributes AttributesOf(Fence fence)
        {
            var words = fence.Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
            string? Take(string name)
            {
                var word = words.FirstOrDefault(candidate => candidate.StartsWith(name + "=", StringComparison.Ordinal));
                words.Remove(word!);
                return word?.Substring(name.Length + 1);
            }

            var with = Take("with");
            var encoding = Take("encoding");
            var shortened = words.Remove("shortened");

            var kind = string.Join(" ", words) switch
            {
                "" => ExampleKind.Plans,
                "fragment" => ExampleKind.PlanFragment,
                "fragment action" => ExampleKind.ActionFragment,
                "syntax" => ExampleKind.Syntax,
                var other => throw new InvalidOperationException($"line {fence.Open + 1}: '```plan {other}' is not a kind of example (plan, plan fragment, plan fragment action, plan syntax)"),
            };
            return new ExampleAttributes(kind, with, encoding, shortened);
        }

        private static PlanDate? AsOf(string text)
        {
            var match = AsOfDate.Match(text);
            return match.Success
                ? new PlanDate(Number(match, "year"), Number(match, "month"), Number(match, "day"))
                : null;
        }

        private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
    }
}
