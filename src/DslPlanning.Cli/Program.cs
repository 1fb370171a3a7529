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
    /// </summary>
    public static class Program
    {
        private const string Usage = "usage: dslplanning check [<file.plan | folder>...] | format [--check] <file.plan | folder>...   (dslplanning --help for more)";

        private const string Help =
            "usage: dslplanning check [<file.plan | folder>...]\n" +
            "       dslplanning format [--check] <file.plan | folder>...\n" +
            "\n" +
            "check: checks plan files as the build does, and prints each problem as a compiler does:\n" +
            "  plans/krokom.plan(42,7): error SP3001: …\n" +
            "Without a path, the folder 'plans' is checked. The diagnostics are described in docs/rules.\n" +
            "\n" +
            "format: writes plan files in the canonical layout (docs/language.md, 'Layout and formatting'), keeping\n" +
            "their line ends and encoding; a file is written only when its text changes. A file with syntax errors is\n" +
            "left as it is, said in one line. With --check, nothing is written: the files that would change are listed.\n" +
            "\n" +
            "A folder is searched for *.plan files, with its subfolders; links are followed, and each file is read once.\n" +
            "\n" +
            "Exit code: 0 when no plan has an error, 1 when one has (or a path cannot be read), 2 for wrong usage.\n" +
            "format: 0 when every file is formatted, 1 when one has syntax errors or cannot be read or written, or\n" +
            "(with --check) would change, 2 for wrong usage.";

        /// <summary>Exit codes: 0 no errors, 1 errors (in a plan, or a path that cannot be read), 2 wrong usage.</summary>
        public static int Main(string[] args)
        {
            try
            {
                return Run(args);
            }
            catch (Exception exception)
            {
                // A bug in this tool: one line, never a stack trace.
                Console.Error.WriteLine(PrintableText.Escape($"dslplanning: internal error ({exception.GetType().Name}: {exception.Message}); please report this"));
                return 1;
            }
        }

        private static int Run(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            if (args.Any(arg => arg is "-h" or "--help" or "-?") || args is ["help"])
            {
                Console.WriteLine(Help);
                return 0;
            }

            if (args[0] is not ("check" or "format"))
            {
                return WrongUsage($"unknown command '{args[0]}'");
            }

            var options = args[0] == "format" ? new[] { "--check" } : Array.Empty<string>();
            var option = args.Skip(1).FirstOrDefault(arg => arg.StartsWith("-", StringComparison.Ordinal) && arg != "-" && !options.Contains(arg));
            if (option is not null)
            {
                return WrongUsage($"unknown option '{option}'");
            }

            if (args[0] == "format")
            {
                var paths = args.Skip(1).Where(arg => !options.Contains(arg)).ToList();
                return paths.Count == 0 ? WrongUsage("format needs the plan files or folders to format") : FormatCommand.Run(paths, check: args.Contains("--check"));
            }

            var planFiles = new PlanFiles();
            var sources = planFiles.Find(args.Skip(1).DefaultIfEmpty("plans"))
                .Select(path => planFiles.Read(path, Relative(path)))
                .OfType<SourceText>()
                .ToList();
            foreach (var problem in planFiles.Problems)
            {
                Console.Error.WriteLine(PrintableText.Escape("error: " + problem));
            }

            if (sources.Count == 0)
            {
                if (planFiles.Problems.Count == 0)
                {
                    Console.Error.WriteLine(PrintableText.Escape("error: " + PlanFiles.NoPlanFiles(args.Skip(1).DefaultIfEmpty("plans"))));
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
                var message = Diagnose.InternalError(Phrase.Of("checking the plan files", "kontrollen av planfilerna"), exception, scope: Phrase.Of("no plan file", "ingen planfil")).Text;
                Console.WriteLine(PrintableText.Escape($"dslplanning : error {DiagnosticCatalog.InternalError.Id}: {message}"));
                return 1;
            }

            foreach (var diagnostic in compilation.Diagnostics)
            {
                Console.WriteLine(diagnostic);
            }

            var errors = compilation.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            var warnings = compilation.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
            Console.WriteLine($"{sources.Count} files, {compilation.Plans.Count} plans: {errors} errors, {warnings} warnings");
            return errors > 0 || planFiles.Problems.Count > 0 ? 1 : 0;
        }

        private static int WrongUsage(string problem)
        {
            Console.Error.WriteLine(PrintableText.Escape("dslplanning: " + problem));
            Console.Error.WriteLine(Usage);
            return 2;
        }

        internal static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
    }
}
