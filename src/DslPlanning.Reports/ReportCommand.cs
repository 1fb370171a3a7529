using System;
using System.Collections.Generic;
using System.IO;
using DslPlanning.Model;

namespace DslPlanning.Reports
{
    /// <summary>
    /// The command line of the report job (<c>dotnet run --project plans [-- --out &lt;folder&gt;] [--language sv|en]</c>): its
    /// arguments, its help, and one line per problem with exit code 1 (2 for a wrong command line) instead of an exception.
    /// It speaks <paramref name="buildLanguage"/>, the language the build reported in, unless <c>--language</c> says otherwise.
    /// </summary>
    public static class ReportCommand
    {
        public const int Success = 0;
        public const int Failure = 1;
        public const int UsageError = 2;

        public static string Usage => JobText.Usage.English;

        /// <returns>The exit code: <see cref="Success"/>, <see cref="Failure"/> or <see cref="UsageError"/>.</returns>
        /// <param name="buildLanguage">The language the build reported in (<c>PlanCatalog.MessageLanguage</c>: <c>sv</c>, <c>en</c>); English when it names none.</param>
        public static int Run(
            IReadOnlyList<string> args, IReadOnlyList<ServicePlan> plans, IReadOnlyList<PlanFinding> findings, TextWriter output, TextWriter error, string? buildLanguage = null)
        {
            var language = PlanLanguages.Parse(buildLanguage) ?? PlanLanguage.English;
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] == "--language" && i + 1 < args.Count && PlanLanguages.Parse(args[i + 1]) is { } chosen)
                {
                    language = chosen;
                }
            }

            var folder = JobText.DefaultFolder;
            for (var i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "-h" or "--help":
                        output.WriteLine(JobText.Help.In(language));
                        return Success;
                    case "--language" when i + 1 < args.Count && PlanLanguages.Parse(args[i + 1]) is not null:
                        i++;
                        break;
                    case "--language" when i + 1 < args.Count && !args[i + 1].StartsWith("-", StringComparison.Ordinal):
                        return Wrong(error, JobText.UnknownLanguage(args[i + 1]), language);
                    case "--language":
                        return Wrong(error, JobText.LanguageNeedsValue, language);
                    case "--out" when i + 1 < args.Count && args[i + 1].Length > 0 && !args[i + 1].StartsWith("-", StringComparison.Ordinal):
                        folder = args[++i];
                        break;
                    case "--out":
                        return Wrong(error, JobText.OutNeedsFolder, language);
                    default:
                        return Wrong(error, JobText.UnknownArgument(args[i]), language);
                }
            }

            try
            {
                ReportJob.Run(plans, findings, folder, output, language);
                return Success;
            }
            catch (ReportJobException exception)
            {
                foreach (var line in exception.MessageIn(language).Split(new[] { Environment.NewLine }, StringSplitOptions.None))
                {
                    error.WriteLine(JobText.Error.In(language) + PrintableText.Escape(line));
                }

                return Failure;
            }
            catch (Exception exception)
            {
                // A bug in the job: one line that says so, as the checker's SP9001 does, rather than a stack trace.
                error.WriteLine(PrintableText.Escape((JobText.Error + JobText.InternalError(exception)).In(language)));
                return Failure;
            }
        }

        private static int Wrong(TextWriter error, Phrase problem, PlanLanguage language)
        {
            error.WriteLine(PrintableText.Escape((JobText.Error + problem + "; " + JobText.Usage + JobText.MoreHelp).In(language)));
            return UsageError;
        }
    }
}
