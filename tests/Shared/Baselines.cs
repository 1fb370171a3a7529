using System;
using System.IO;
using System.Text;

namespace DslPlanning.Tests.Shared
{
    /// <summary>
    /// Whole-output expectations (baselines): golden files' <c># expect:</c> comments, the real plans' diagnostics, report
    /// snapshots, the "The build reports:" blocks of the docs. A test compares the output with its baseline and fails on a
    /// difference; run with the environment variable <c>DSLPLANNING_REGENERATE=1</c> (e.g.
    /// <c>DSLPLANNING_REGENERATE=1 dotnet test DslPlanning.sln</c>) and each such test writes the output into its baseline
    /// instead, for review in the diff (<c>git diff</c>) before it is committed. Linked into each test project.
    /// </summary>
    internal static class Baselines
    {
        public const string Variable = "DSLPLANNING_REGENERATE";

        /// <summary>The command that regenerates every baseline, as failures name it.</summary>
        public const string Command = Variable + "=1 dotnet test DslPlanning.sln";

        /// <summary>True when the tests write their baselines instead of comparing with them.</summary>
        public static bool Regenerate => Environment.GetEnvironmentVariable(Variable) == "1";

        /// <summary>
        /// Compares <paramref name="actual"/> with the text of the baseline file at <paramref name="path"/> (line ends as LF),
        /// or writes it there when regenerating; a missing file fails, naming the command that writes it.
        /// </summary>
        public static void Verify(string path, string actual)
        {
            if (Regenerate)
            {
                Write(path, actual);
                return;
            }

            var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
            if (expected == actual)
            {
                return;
            }

            Assert.Fail((expected is null ? "There is no baseline " + path : "The output differs from the baseline " + path + FirstDifference(expected, actual))
                + ".\n" + HowToRegenerate);
        }

        /// <summary>Writes a baseline as UTF-8 without a byte order mark, so a regenerated file differs only where its content does.</summary>
        public static void Write(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));

        public static string HowToRegenerate => "If the new output is right, regenerate the baselines with `" + Command + "` and review them in the diff.";

        private static string FirstDifference(string expected, string actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
            {
                var left = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
                var right = i < actualLines.Length ? actualLines[i] : "(end of file)";
                if (left != right)
                {
                    return "; first difference at line " + (i + 1) + ":\n  baseline: " + left + "\n  actual:   " + right;
                }
            }

            return string.Empty;
        }
    }
}
