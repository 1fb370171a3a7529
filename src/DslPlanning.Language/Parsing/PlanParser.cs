using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Parsing
{
    /// <summary>Parses plan files. Never throws on bad input: every problem becomes a diagnostic.</summary>
    public static class PlanParser
    {
        public static SyntaxTree Parse(string path, string text) => Parse(new SourceText(path, text));

        public static SyntaxTree Parse(SourceText text)
        {
            var context = new ParseContext(text);
            TextChecks.Report(context);
            var result = PlanGrammar.File.ParseToEnd(new SourceInput(context, 0));
            var plans = result.Value.OfType<PlanSyntax>().ToValueList();
            if (plans.Count == 0 && context.Diagnostics.Count == 0)
            {
                context.Report(DiagnosticCatalog.EmptyFile, new TextSpan(0, 0));
            }

            return new SyntaxTree(text, plans, context.Diagnostics.ToValueList());
        }
    }
}
