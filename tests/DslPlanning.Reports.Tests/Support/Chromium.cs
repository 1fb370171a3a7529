using System;
using System.Diagnostics;
using System.IO;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>
    /// Debian's Chromium, run headless: renders a file to a PNG screenshot or prints its DOM after parsing. A missing
    /// browser fails the test with how to install it (scripts/test, the test command, installs it), rather than skipping it.
    /// </summary>
    public static class Chromium
    {
        public const string DefaultPath = "/usr/bin/chromium";

        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

        public static string Executable
        {
            get
            {
                var path = Environment.GetEnvironmentVariable("DSLPLANNING_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultPath;
                if (!File.Exists(path))
                {
                    Assert.Fail("Chromium is not installed at " + path + ". Install Debian's package: "
                        + "sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium "
                        + "(scripts/test, the test command of README.md, does this), or set DSLPLANNING_CHROMIUM to a Chromium executable.");
                }

                return path;
            }
        }

        /// <summary>Renders an HTML file at A4 proportions (1240 × 1754 px) into a PNG file.</summary>
        public static void Screenshot(string htmlFile, string pngFile)
        {
            Run("--screenshot=" + pngFile, "--window-size=1240,1754", new Uri(htmlFile).AbsoluteUri);
            Assert.True(File.Exists(pngFile), "Chromium wrote no screenshot to " + pngFile);
        }

        /// <summary>The DOM of an HTML file as the browser built it.</summary>
        public static string DumpDom(string htmlFile) => Run("--dump-dom", new Uri(htmlFile).AbsoluteUri);

        private static string Run(params string[] arguments)
        {
            var profile = TestPaths.NewTempFolder("chromium-profile");
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
            })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            try
            {
                using var process = Process.Start(start)!;
                var error = process.StandardError.ReadToEndAsync();
                var output = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(Limit))
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail("Chromium did not finish within " + Limit.TotalSeconds + " s: " + string.Join(" ", arguments));
                }

                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "Chromium exited with " + process.ExitCode + ":\n" + error.Result);
                return output.Result;
            }
            finally
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
