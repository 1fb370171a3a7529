using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;

namespace DslPlanning.Cli
{
    /// <summary><c>dslplanning check [paths…]</c>: parses and binds plan files and prints diagnostics as a compiler does.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" || args[0] != "check")
            {
                Console.Error.WriteLine("usage: dslplanning check <file.plan | folder>...");
                return args.Length > 0 && args[0] is "-h" or "--help" ? 0 : 2;
            }

            var files = PlanFiles(args.Skip(1).DefaultIfEmpty("plans")).ToList();
            if (files.Count == 0)
            {
                Console.Error.WriteLine("no .plan files found");
                return 2;
            }

            var sources = files.Select(path => (Relative(path), File.ReadAllText(path))).ToList();
            PlanCompilation compilation;
            try
            {
                compilation = PlanCompilation.Create(sources);
            }
            catch (Exception exception)
            {
                // Last resort: the compilation contains failures per file, plan and rule (SP9001 at the plan), so this is a
                // bug outside them. Say so once, in the compiler format, and fail.
                var message = DiagnosticCatalog.InternalError.FormatMessage(InternalErrors.Arguments("checking the plan files", exception, "no plan file"));
                Console.WriteLine($"dslplanning : error {DiagnosticCatalog.InternalError.Id}: {message}");
                return 1;
            }

            foreach (var diagnostic in compilation.Diagnostics)
            {
                Console.WriteLine(diagnostic);
            }

            var errors = compilation.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            var warnings = compilation.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
            Console.WriteLine($"{files.Count} files, {compilation.Plans.Count} plans: {errors} errors, {warnings} warnings");
            return errors > 0 ? 1 : 0;
        }

        private static IEnumerable<string> PlanFiles(IEnumerable<string> paths) =>
            paths.SelectMany(path => Directory.Exists(path)
                    ? Directory.EnumerateFiles(path, "*.plan", SearchOption.AllDirectories)
                    : new[] { path })
                .OrderBy(path => path, StringComparer.Ordinal);

        private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
    }
}
