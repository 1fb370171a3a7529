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
            return InternalErrors.Run("parsing", "this file", text.GetLocation(new TextSpan(0, 0)), failure, () => ParseText(text))
                ?? new SyntaxTree(text, ValueList<PlanSyntax>.Empty, failure.ToValueList());
        }

        private static SyntaxTree ParseText(SourceText text)
        {
            var context = new ParseContext(text);
            ReportBidirectionalControls(context);
            SizeLimits.Report(context);
            var result = PlanGrammar.File.ParseToEnd(new SourceInput(context, 0));
            var plans = result.Value.OfType<PlanSyntax>().ToValueList();
            if (plans.Count == 0 && context.Diagnostics.Count == 0)
            {
                context.Report(DiagnosticCatalog.EmptyFile, new TextSpan(0, 0));
            }

            return new SyntaxTree(text, plans, context.Diagnostics.ToValueList());
        }

        /// <summary>Bidirectional controls make text display in another order than it is parsed in: each is reported.</summary>
        private static void ReportBidirectionalControls(ParseContext context)
        {
            var text = context.Text.Text;
            for (var position = 0; position < text.Length; position++)
            {
                var name = BidirectionalName(text[position]);
                if (name is not null)
                {
                    context.Report(DiagnosticCatalog.BidirectionalControl, new TextSpan(position, 1),
                        ((int)text[position]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), name);
                }
            }
        }

        private static string? BidirectionalName(char c) => c switch
        {
            '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
            '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
            '\u202C' => "POP DIRECTIONAL FORMATTING",
            '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
            '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
            '\u2066' => "LEFT-TO-RIGHT ISOLATE",
            '\u2067' => "RIGHT-TO-LEFT ISOLATE",
            '\u2068' => "FIRST STRONG ISOLATE",
            '\u2069' => "POP DIRECTIONAL ISOLATE",
            '\u200E' => "LEFT-TO-RIGHT MARK",
            '\u200F' => "RIGHT-TO-LEFT MARK",
            '\u061C' => "ARABIC LETTER MARK",
            _ => null,
        };
    }
}
