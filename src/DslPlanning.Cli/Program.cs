using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Cli
{
    /// <summary><c>dslplanning check [paths…]</c>: parses and binds plan files and prints diagnostics as a compiler does.</summary>
    public static class Program
    {
        private const string Usage = "usage: dslplanning check [<file.plan | folder>...]   (dslplanning --help for more)";

        private const string Help =
            "usage: dslplanning check [<file.plan | folder>...]\n" +
            "\n" +
            "Checks plan files as the build does, and prints each problem as a compiler does:\n" +
            "  plans/krokom.plan(42,7): error SP3001: …\n" +
            "A folder is searched for *.plan files, with its subfolders; links are followed, and each file is read\n" +
            "once. Without a path, the folder 'plans' is checked. The diagnostics are described in docs/rules.\n" +
            "\n" +
            "Exit code: 0 when no plan has an error, 1 when one has (or a path cannot be read), 2 for wrong usage.";

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

            if (args[0] != "check")
            {
                Console.Error.WriteLine(PrintableText.Escape($"dslplanning: unknown command '{args[0]}'"));
                Console.Error.WriteLine(Usage);
                return 2;
            }

            var option = args.Skip(1).FirstOrDefault(arg => arg.StartsWith("-", StringComparison.Ordinal) && arg != "-");
            if (option is not null)
            {
                Console.Error.WriteLine(PrintableText.Escape($"dslplanning: unknown option '{option}'"));
                Console.Error.WriteLine(Usage);
                return 2;
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
                    Console.Error.WriteLine(PrintableText.Escape($"error: no .plan files in {string.Join(", ", args.Skip(1).DefaultIfEmpty("plans").Select(path => "'" + path + "'"))}"));
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
                var message = Diagnose.InternalError("checking the plan files", exception, scope: "no plan file").Text;
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

        private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
    }
}
