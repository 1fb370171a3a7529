using System;
using System.Collections.Generic;
using System.IO;
using DslPlanning.Model;

namespace DslPlanning.Reports
{
    /// <summary>
    /// The command line of the report job (<c>dotnet run --project plans [-- --out &lt;folder&gt;]</c>): its arguments, its
    /// help, and one line per problem with exit code 1 (2 for a wrong command line) instead of an exception.
    /// </summary>
    public static class ReportCommand
    {
        public const int Success = 0;
        public const int Failure = 1;
        public const int UsageError = 2;

        public const string Usage = "usage: dotnet run --project plans [-- --out <folder>]";

        private const string DefaultFolder = "reports";

        private static readonly string Help = string.Join(Environment.NewLine, new[]
        {
            Usage,
            string.Empty,
            "Writes the reports of every plan of the project (HTML, Markdown, JSON and CSV, and an index) into a folder.",
            "The build has checked the plans first: a plan with an error stops it before any report is written.",
            string.Empty,
            "  --out <folder>  the folder to write to, created if it is missing (default: " + DefaultFolder + ")",
            "  -h, --help      show this help",
        });

        /// <returns>The exit code: <see cref="Success"/>, <see cref="Failure"/> or <see cref="UsageError"/>.</returns>
        public static int Run(IReadOnlyList<string> args, IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings, TextWriter output, TextWriter error)
        {
            var folder = DefaultFolder;
            for (var i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "-h" or "--help":
                        output.WriteLine(Help);
                        return Success;
                    case "--out" when i + 1 < args.Count && args[i + 1].Length > 0 && !args[i + 1].StartsWith("-", StringComparison.Ordinal):
                        folder = args[++i];
                        break;
                    case "--out":
                        return Wrong(error, "--out needs a folder");
                    default:
                        return Wrong(error, "unknown argument '" + args[i] + "'");
                }
            }

            try
            {
                ReportJob.Run(plans, findings, folder, output);
                return Success;
            }
            catch (ReportJobException exception)
            {
                foreach (var line in exception.Message.Split(new[] { Environment.NewLine }, StringSplitOptions.None))
                {
                    error.WriteLine("error: " + PrintableText.Escape(line));
                }

                return Failure;
            }
            catch (Exception exception)
            {
                // A bug in the job: one line that says so, as the checker's SP9001 does, rather than a stack trace.
                error.WriteLine("error: internal error in the report job (" + exception.GetType().Name + ": " + PrintableText.Escape(exception.Message)
                    + "); some reports may not have been written; please report this");
                return Failure;
            }
        }

        private static int Wrong(TextWriter error, string problem)
        {
            error.WriteLine("error: " + PrintableText.Escape(problem) + "; " + Usage + " (--help for more)");
            return UsageError;
        }
    }
}
