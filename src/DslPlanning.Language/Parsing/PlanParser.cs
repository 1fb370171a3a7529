using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Parsing
{
    /// <summary>Parses plan files. Never throws: every problem becomes a diagnostic.</summary>
    public static class PlanParser
    {
        public static SyntaxTree Parse(string path, string text) => Parse(new SourceText(path, text));

        /// <summary>Parses a file; a failure of the parser itself (a bug) gives a tree without plans and SP9001 at the file's start.</summary>
        public static SyntaxTree Parse(SourceText text)
        {
            var failure = new List<Diagnostic>();
            return InternalErrors.Run(Phrase.Of("parsing", "inläsningen"), Phrase.Of("this file", "den här filen"), text.GetLocation(new TextSpan(0, 0)), failure, () => ParseText(text))
                ?? new SyntaxTree(text, ValueList<PlanSyntax>.Empty, failure.ToValueList());
        }

        private static SyntaxTree ParseText(SourceText text)
        {
            var context = new ParseContext(text);
            TextChecks.Report(context);
            SizeLimits.Report(context);
            var result = PlanGrammar.File.ParseToEnd(new SourceInput(context, 0));
            var plans = result.Value.OfType<PlanSyntax>().ToValueList();
            if (plans.Count == 0 && context.Diagnostics.Count == 0)
            {
                context.Report(new TextSpan(0, 0), Diagnose.EmptyFile());
            }

            return new SyntaxTree(text, plans, context.Diagnostics.ToValueList());
        }
    }
}
