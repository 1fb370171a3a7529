using System;
using System.Collections.Generic;
using DslPlanning.Files;
using DslPlanning.Language.Formatting;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Cli
{
    /// <summary>
    /// <c>dslplanning format [--check] paths…</c>: formats plan files with <see cref="PlanFormatter"/>, each in its own
    /// encoding and line ends, writing a file only when its text changes. A file with syntax errors (or not UTF-8) is left
    /// as it is and said in one line; <c>--check</c> writes nothing and lists the files that would change.
    /// </summary>
    internal static class FormatCommand
    {
        public static int Run(IReadOnlyList<string> paths, bool check)
        {
            var planFiles = new PlanFiles();
            var (changed, unchanged, notFormatted) = (0, 0, 0);
            foreach (var path in planFiles.Find(paths))
            {
                var displayPath = Program.Relative(path);
                var bytes = planFiles.ReadBytes(path, displayPath);
                if (bytes is null)
                {
                    continue;
                }

                var (text, notUtf8) = PlanFileEncoding.Decode(bytes);
                var result = notUtf8 is null
                    ? PlanFormatter.Format(displayPath, text)
                    : null;
                if (result is null || !result.IsFormatted)
                {
                    notFormatted++;
                    var why = result?.Problem ?? "it is not UTF-8 (SP0010)";
                    Console.Error.WriteLine(PrintableText.Escape($"error: {displayPath}: not formatted: {why}"));
                }
                else if (!result.Changed)
                {
                    unchanged++;
                }
                else if (check)
                {
                    changed++;
                    Console.WriteLine(PrintableText.Escape("would format " + displayPath));
                }
                else if (planFiles.Write(path, displayPath, PlanFileEncoding.EncodeLike(bytes, result.Text)))
                {
                    changed++;
                    Console.WriteLine(PrintableText.Escape("formatted " + displayPath));
                }
            }

            foreach (var problem in planFiles.Problems)
            {
                Console.Error.WriteLine(PrintableText.Escape("error: " + problem));
            }

            var files = changed + unchanged + notFormatted;
            if (files == 0)
            {
                if (planFiles.Problems.Count == 0)
                {
                    Console.Error.WriteLine(PrintableText.Escape("error: " + PlanFiles.NoPlanFiles(paths)));
                }

                return 1;
            }

            var summary = $"{files} files: {changed} {(check ? "would be formatted" : "formatted")}, {unchanged} already formatted";
            Console.WriteLine(notFormatted > 0 ? $"{summary}, {notFormatted} not formatted (syntax errors)" : summary);
            return notFormatted > 0 || planFiles.Problems.Count > 0 || (check && changed > 0) ? 1 : 0;
        }
    }
}
