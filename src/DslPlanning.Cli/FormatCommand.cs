using System;
using System.Collections.Generic;
using DslPlanning.Files;
using DslPlanning.Language.Diagnostics;
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
        public static int Run(IReadOnlyList<string> paths, bool check, PlanLanguage language)
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
                    var why = result?.ProblemIn(language) ?? CliText.NotUtf8.In(language);
                    Console.Error.WriteLine(PrintableText.Escape(CliText.Error(CliText.NotFormatted(displayPath, why)).In(language)));
                }
                else if (!result.Changed)
                {
                    unchanged++;
                }
                else if (check)
                {
                    changed++;
                    Console.WriteLine(PrintableText.Escape(CliText.WouldFormat(displayPath).In(language)));
                }
                else if (planFiles.Write(path, displayPath, PlanFileEncoding.EncodeLike(bytes, result.Text)))
                {
                    changed++;
                    Console.WriteLine(PrintableText.Escape(CliText.Formatted(displayPath).In(language)));
                }
            }

            foreach (var problem in planFiles.Problems)
            {
                Console.Error.WriteLine(PrintableText.Escape(CliText.Error(problem).In(language)));
            }

            var files = changed + unchanged + notFormatted;
            if (files == 0)
            {
                if (planFiles.Problems.Count == 0)
                {
                    Console.Error.WriteLine(PrintableText.Escape(CliText.Error(PlanFiles.NoPlanFiles(paths)).In(language)));
                }

                return 1;
            }

            Console.WriteLine(CliText.FormatSummary(files, changed, unchanged, notFormatted, check).In(language));
            return notFormatted > 0 || planFiles.Problems.Count > 0 || (check && changed > 0) ? 1 : 0;
        }
    }
}
