using System;
using System.Linq;
using System.Text;
using CsCheck;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Semantics;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Property tests for the shapes of source text: line ends of any kind, look-alike letters in names, and control
    /// characters in the text, raw or as escapes. Seeds and counts: <see cref="PropertyChecks"/>.
    /// </summary>
    public class TextPropertyTests
    {
        private const string FixedSeed = "5kq0mb2rd7xe";
        private static readonly (string Path, string Text)[] Plans = Repository.RealPlans();

        /// <summary>Cyrillic а е о р с К О, Greek Α Ο, fullwidth Ｋ, a Hangul filler, a combining grapheme joiner, and the Latin letters they look like.</summary>
        private const string LookAlikes = "\u0430\u0435\u043E\u0440\u0441\u041A\u041E\u0391\u039F\uFF2B\u3164\u034FaeopcKO";

        /// <summary>C0 and C1 controls (ESC, CSI, OSC, ST, NUL, BEL, CR), format characters and separators.</summary>
        private const string Controls = "\u001B\u009B\u009D\u009C\u0000\u0007\r\u0085\u202E\u2066\u200B\u00AD\uFEFF\u2028\u2029";

        private static readonly Gen<string> Insertions = Gen.OneOf(
            Gen.Char[LookAlikes].Array[1, 3].Select(chars => new string(chars)),
            Gen.Char[Controls].Array[1, 4].Select(chars => new string(chars)),
            Gen.Char[Controls].Select(c => $"\\u{(int)c:X4}"),
            Gen.Const("\u001B]8;;http://x.example\u001B\\"),
            Gen.Const("\\u001B[2J\\u001B[H"));

        private static readonly Gen<(int Plan, (int Position, string Text)[] Inserts)> Hostile =
            Gen.Select(Gen.Int[0, 4], Gen.Select(Gen.Int[0, 1_000_000], Insertions).Array[1, 6], (plan, inserts) => (plan, inserts));

        /// <summary>A mutated real plan, and the line ends to give its lines in turn: CR and CRLF (an LF after a CR would join it into one CRLF).</summary>
        private static readonly Gen<(int Plan, Mutation[] Edits, string[] LineEnds)> WithLineEnds =
            Gen.Select(Mutation.OfRealPlan, Gen.OneOf(Gen.Const("\r"), Gen.Const("\r\n")).Array[1, 5], (sample, ends) => (sample.Plan, sample.Edits, ends));

        [Fact]
        public void Line_ends_of_any_kind_do_not_change_what_is_reported_or_where()
        {
            WithLineEnds.Sample(
                sample =>
                {
                    var (path, text) = Plans[sample.Plan];
                    var lf = sample.Edits.Aggregate(text, (current, edit) => edit.Apply(current)).Replace("\r\n", "\n").Replace('\r', '\n');
                    var lines = lf.Split('\n');
                    var mixed = new StringBuilder(lines[0]);
                    for (var index = 1; index < lines.Length; index++)
                    {
                        mixed.Append(sample.LineEnds[index % sample.LineEnds.Length]).Append(lines[index]);
                    }

                    var expected = Positions(PlanCompilation.Create(Plans.Select(file => file.Path == path ? (path, lf) : file)));
                    var actual = Positions(PlanCompilation.Create(Plans.Select(file => file.Path == path ? (path, mixed.ToString()) : file)));
                    if (expected != actual)
                    {
                        var (lfLines, otherLines) = (expected.Split('\n'), actual.Split('\n'));
                        throw new InvalidOperationException(
                            $"only with LF:\n{string.Join("\n", lfLines.Except(otherLines))}\nonly with {string.Join(", ", sample.LineEnds.Select(end => end == "\r" ? "CR" : "CRLF"))}:\n{string.Join("\n", otherLines.Except(lfLines))}");
                    }
                },
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(40),
                threads: 1,
                print: sample => Mutation.Describe((sample.Plan, sample.Edits)) + " line ends " + string.Join(",", sample.LineEnds.Select(end => end == "\r" ? "CR" : "CRLF")));
        }

        [Fact]
        public void Look_alikes_and_control_characters_anywhere_never_throw_and_nothing_unprintable_is_reported()
        {
            Hostile.Sample(
                sample =>
                {
                    var files = Plans.ToArray();
                    var (path, text) = files[sample.Plan];
                    files[sample.Plan] = (path, sample.Inserts.Aggregate(text, (current, insert) => current.Insert(insert.Position % (current.Length + 1), insert.Text)));

                    var compilation = PlanCompilation.Create(files);
                    foreach (var diagnostic in compilation.Diagnostics)
                    {
                        var printed = diagnostic.ToString();
                        if (HostilePlanText.Unprintable(printed).Length > 0 || printed.Contains('\n'))
                        {
                            throw new InvalidOperationException("unprintable: " + PrintableEscape(printed));
                        }
                    }
                },
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(60),
                threads: 1,
                print: sample => $"plan {sample.Plan}: " + string.Join("; ", sample.Inserts.Select(insert => $"at {insert.Position}: {PrintableEscape(insert.Text)}")));
        }

        private static string Positions(PlanCompilation compilation) =>
            string.Join("\n", compilation.Diagnostics.Select(diagnostic => $"{diagnostic.Location.Path}({diagnostic.Location.Start})-({diagnostic.Location.End}) {diagnostic.Id}"));

        private static string PrintableEscape(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
    }
}
