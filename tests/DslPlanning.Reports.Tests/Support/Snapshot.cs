using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>
    /// Snapshot comparison in Verify's naming: the output is compared byte for byte with
    /// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.&lt;name&gt;.verified.&lt;ext&gt;</c> next to the test file.
    /// On a difference (or a missing verified file, which is never created automatically) the output is written to
    /// <c>.received.&lt;ext&gt;</c> and the test fails saying how to accept it. With <c>DSLPLANNING_REGENERATE=1</c>
    /// (<see cref="Baselines"/>) the output is written to the verified file instead, for review in the diff.
    /// </summary>
    public static class Snapshot
    {
        public static void Verify(string actual, string extension, string name, [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "") =>
            Verify(new UTF8Encoding(false).GetBytes(actual), extension, name, callerFile, test);

        public static void Verify(byte[] actual, string extension, string name, [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "")
        {
            var folder = TestPaths.SourceFolder(callerFile);
            var stem = Path.GetFileNameWithoutExtension(callerFile.Replace('\\', '/').Split('/')[^1]) + "." + test + "." + name;
            var verified = Path.Combine(folder, stem + ".verified." + extension);
            var received = Path.Combine(folder, stem + ".received." + extension);

            if (Baselines.Regenerate)
            {
                File.WriteAllBytes(verified, actual);
            }

            if (File.Exists(verified) && File.ReadAllBytes(verified).AsSpan().SequenceEqual(actual))
            {
                if (File.Exists(received))
                {
                    File.Delete(received);
                }

                return;
            }

            File.WriteAllBytes(received, actual);
            var reason = File.Exists(verified)
                ? "differs from the verified snapshot " + verified + FirstDifference(File.ReadAllBytes(verified), actual)
                : "has no verified snapshot " + verified;
            Assert.Fail("The output of " + stem + " " + reason + ".\nIt was written to " + received
                + ".\nReview it (e.g. diff the two files); if it is right, rename the received file to the verified one and commit it, or "
                + "regenerate every baseline with `" + Baselines.Command + "` and review them in the diff.");
        }

        private static string FirstDifference(byte[] expected, byte[] actual)
        {
            var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
            var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
            for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
            {
                var left = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
                var right = i < actualLines.Length ? actualLines[i] : "(end of file)";
                if (left != right)
                {
                    return ";\nfirst difference at line " + (i + 1) + ":\n  verified: " + Shorten(left) + "\n  received: " + Shorten(right);
                }
            }

            return string.Empty;
        }

        private static string Shorten(string line) => line.Length > 200 ? line.Substring(0, 200) + "…" : line;
    }
}
