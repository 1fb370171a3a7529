using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Files;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Cli
{
    /// <summary>
    /// <c>dslplanning check [paths…]</c>: parses and binds plan files and prints diagnostics as a compiler does;
    /// <c>dslplanning format [--check] paths…</c>: writes them in the canonical layout (<see cref="FormatCommand"/>).
    /// Every command takes <c>--language sv|en</c> (<see cref="CliLanguage"/>); what the tool says itself is in <see cref="CliText"/>.
    /// </summary>
    public static class Program
    {
        /// <summary>Exit codes: 0 no errors, 1 errors (in a plan, or a path that cannot be read), 2 wrong usage.</summary>
        public static int Main(string[] args)
        {
            var language = CliLanguage.Default;
            try
            {
                var (rest, chosen, problem) = TakeLanguage(args);
                language = chosen ?? language;
                return problem is null ? Run(rest, language) : WrongUsage(problem.Value, language);
            }
            catch (Exception exception)
            {
                // A bug in this tool: one line, never a stack trace.
                Console.Error.WriteLine(PrintableText.Escape(CliText.InternalError(exception).In(language)));
                return 1;
            }
        }

        /// <summary>The arguments without <c>--language sv|en</c> (or <c>--language=sv</c>), the language it names, or why it names none.</summary>
        private static (string[] Arguments, PlanLanguage? Language, Phrase? Problem) TakeLanguage(string[] args)
        {
            var rest = new List<string>();
            PlanLanguage? language = null;
            for (var index = 0; index < args.Length; index++)
            {
                string value;
                if (args[index] == CliLanguage.Option)
                {
                    if (index + 1 == args.Length)
                    {
                        return (args, null, CliText.LanguageNeedsValue);
                    }

                    value = args[++index];
                }
                else if (args[index].StartsWith(CliLanguage.Option + "=", StringComparison.Ordinal))
                {
                    value = args[index].Substring(CliLanguage.Option.Length + 1);
                }
                else
                {
                    rest.Add(args[index]);
                    continue;
                }

                language = PlanLanguages.Parse(value);
                if (language is null)
                {
                    return (args, null, CliText.UnknownLanguage(value));
                }
            }

            return (rest.ToArray(), language, null);
        }

        private static int Run(string[] args, PlanLanguage language)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine(CliText.Usage.In(language));
                return 2;
            }

            if (args.Any(arg => arg is "-h" or "--help" or "-?") || args is ["help"])
            {
                Console.WriteLine(CliText.Help.In(language));
                return 0;
            }

            if (args[0] is not ("check" or "format"))
            {
                return WrongUsage(CliText.UnknownCommand(args[0]), language);
            }

            var options = args[0] == "format" ? new[] { "--check" } : Array.Empty<string>();
            var option = args.Skip(1).FirstOrDefault(arg => arg.StartsWith("-", StringComparison.Ordinal) && arg != "-" && !options.Contains(arg));
            if (option is not null)
            {
                return WrongUsage(CliText.UnknownOption(option), language);
            }

            if (args[0] == "format")
            {
                var paths = args.Skip(1).Where(arg => !options.Contains(arg)).ToList();
                return paths.Count == 0 ? WrongUsage(CliText.FormatNeedsPaths, language) : FormatCommand.Run(paths, check: args.Contains("--check"), language);
            }

            var planFiles = new PlanFiles();
            var sources = planFiles.Find(args.Skip(1).DefaultIfEmpty("plans"))
                .Select(path => planFiles.Read(path, Relative(path)))
                .OfType<SourceText>()
                .ToList();
            foreach (var problem in planFiles.Problems)
            {
                Console.Error.WriteLine(PrintableText.Escape(CliText.Error(problem).In(language)));
            }

            if (sources.Count == 0)
            {
                if (planFiles.Problems.Count == 0)
                {
                    Console.Error.WriteLine(PrintableText.Escape(CliText.Error(PlanFiles.NoPlanFiles(args.Skip(1).DefaultIfEmpty("plans"))).In(language)));
                }

                return 1;
            }

            PlanCompilation compilation;
            try
            {
                compilation = PlanCompilation.Create(sources);
            }
            catch (Exception exception)
            {
                // Last resort: the compilation contains failures per file, plan and rule (SP9001 at the plan), so this is a
                // bug outside them. Say so once, in the compiler format, and fail.
                var (step, scope) = CliText.CheckFailed;
                var message = Diagnose.InternalError(step, exception, scope).TextIn(language);
                Console.WriteLine(PrintableText.Escape($"dslplanning : error {DiagnosticCatalog.InternalError.Id}: {message}"));
                return 1;
            }

            foreach (var diagnostic in compilation.Diagnostics)
            {
                Console.WriteLine(diagnostic.ToString(language));
            }

            var errors = compilation.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            var warnings = compilation.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
            Console.WriteLine(CliText.CheckSummary(sources.Count, compilation.Plans.Count, errors, warnings).In(language));
            return errors > 0 || planFiles.Problems.Count > 0 ? 1 : 0;
        }

        private static int WrongUsage(Phrase problem, PlanLanguage language)
        {
            Console.Error.WriteLine(PrintableText.Escape(CliText.WrongUsage(problem).In(language)));
            Console.Error.WriteLine(CliText.Usage.In(language));
            return 2;
        }

        internal static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
    }
}
