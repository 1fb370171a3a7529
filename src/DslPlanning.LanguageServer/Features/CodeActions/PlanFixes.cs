using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;
using DslPlanning.LanguageServer.Features.Formatting;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Features.CodeActions
{
    /// <summary>
    /// The fixes for the diagnostics in a part of a document: the replacement a message suggests ("did you mean"), a
    /// justified exception for a rule's finding, an <c>owner</c> or <c>funding</c> an action lacks, and the removal of
    /// an exception that suppresses nothing. Their titles are in the server's language.
    /// </summary>
    internal static class PlanFixes
    {
        /// <summary>What an exception added by a fix says until the planner writes the reason (särskilda skäl).</summary>
        public const string ReasonPlaceholder = "Ange särskilda skäl";

        public static IReadOnlyList<PlanFix> For(PlanWorkspace workspace, PlanDocument document, TextSpan range, PlanLanguage language = PlanLanguage.English)
        {
            var tree = document.SyntaxTree;
            var plans = workspace.Compilation.Plans.Where(plan => plan.Tree.Text.Path == document.Path).ToList();
            var fixes = new List<PlanFix>();
            foreach (var diagnostic in workspace.Compilation.Diagnostics.Where(diagnostic => diagnostic.Location.Path == document.Path && Touches(diagnostic.Location.Span, range)))
            {
                fixes.AddRange(Replacement(tree, diagnostic, language));
                fixes.AddRange(Removal(tree, diagnostic, language));
                fixes.AddRange(Stub(tree, plans.FirstOrDefault(plan => plan.Syntax.Span.Contains(diagnostic.Location.Span)), diagnostic, language));
                fixes.AddRange(Exception(tree, diagnostic, language));
            }

            return fixes;
        }

        private static bool Touches(TextSpan span, TextSpan range) =>
            span.Start <= range.End && range.Start <= span.End;

        private static IEnumerable<PlanFix> Replacement(SyntaxTree tree, Diagnostic diagnostic, PlanLanguage language)
        {
            if (diagnostic.Suggestion is not { } suggestion)
            {
                yield break;
            }

            var span = diagnostic.Location.Span;
            var at = tree.Text.Text.Substring(span.Start, span.Length).LastIndexOf(suggestion.Replaced, System.StringComparison.Ordinal);
            if (at >= 0)
            {
                var title = Phrase.Of("Change '", "Ändra '") + suggestion.Replaced + Phrase.Of("' to '", "' till '") + suggestion.Replacement + "'";
                yield return new PlanFix(title.In(language), diagnostic,
                    new[] { new PlanEdit(new TextSpan(span.Start + at, suggestion.Replaced.Length), suggestion.Replacement) }, IsPreferred: true);
            }
        }

        private static IEnumerable<PlanFix> Removal(SyntaxTree tree, Diagnostic diagnostic, PlanLanguage language)
        {
            if (diagnostic.Descriptor != DiagnosticCatalog.ExceptionUnused)
            {
                yield break;
            }

            var exception = tree.Plans.SelectMany(plan => plan.DescendantNodesAndSelf()).OfType<ExceptionSyntax>()
                .FirstOrDefault(candidate => candidate.Span.Contains(diagnostic.Location.Span) || diagnostic.Location.Span.Contains(candidate.RuleId.Span));
            if (exception is not null)
            {
                var title = Phrase.Of("Remove the exception for ", "Ta bort det motiverade undantaget för ") + exception.RuleId.Text
                    + Phrase.Of(", which no finding needs", ", som inget fynd behöver");
                yield return new PlanFix(title.In(language), diagnostic,
                    new[] { new PlanEdit(WholeLines(tree.Text.Text, exception.Span), string.Empty) }, IsPreferred: true);
            }
        }

        private static IEnumerable<PlanFix> Stub(SyntaxTree tree, BoundPlan? plan, Diagnostic diagnostic, PlanLanguage language)
        {
            var (keyword, names, term) =
                diagnostic.Descriptor == DiagnosticCatalog.ActionWithoutOwner ? ("owner", plan?.Model.Actors.Select(actor => actor.Name), "ansvarig")
                : diagnostic.Descriptor == DiagnosticCatalog.NoFundingStated || diagnostic.Descriptor == DiagnosticCatalog.ActionPlanWithoutFunding
                    ? ("funding", plan?.Model.Funders.Select(funder => funder.Name), "finansiering")
                : (null, null, null);
            if (keyword is null || names?.FirstOrDefault() is not { } name || Enclosing(tree, diagnostic.Location.Span, keyword) is not DeclarationSyntax action)
            {
                yield break;
            }

            var title = Phrase.Of("Add '", "Lägg till '") + keyword + " " + name + "' (" + term! + Phrase.Of(") to ", ") i ") + Named(action);
            yield return new PlanFix(title.In(language), diagnostic,
                new[] { StatementInsertion.AtEnd(tree, action, keyword + " " + name) });
        }

        private static IEnumerable<PlanFix> Exception(SyntaxTree tree, Diagnostic diagnostic, PlanLanguage language)
        {
            if (!DiagnosticCatalog.IsSuppressible(diagnostic.Descriptor) || Enclosing(tree, diagnostic.Location.Span, "exception") is not { } element)
            {
                yield break;
            }

            var name = element is DeclarationSyntax declaration ? Named(declaration) : Phrase.Of("the plan", "planen");
            var title = Phrase.Of("Add a justified exception (särskilda skäl) for ", "Lägg till ett motiverat undantag (särskilda skäl) för ") + diagnostic.Id + Phrase.Of(" to ", " i ") + name;
            yield return new PlanFix(title.In(language), diagnostic,
                new[] { StatementInsertion.AtEnd(tree, element, $"exception {diagnostic.Id} \"{ReasonPlaceholder}\"") });
        }

        /// <summary>A declaration as a title names it: "action Hjälp" / "åtgärden Hjälp", the keyword in English, the element's kind in Swedish.</summary>
        private static Phrase Named(DeclarationSyntax declaration)
        {
            var name = declaration.Keyword.Text + " " + declaration.Name.Text;
            return Symbol.KindOfKeyword(declaration.Keyword.Text) is { } kind
                ? Phrase.Of(name, KindNouns.BeforeName(kind).Swedish + " " + declaration.Name.Text)
                : name;
        }

        /// <summary>The innermost plan or declaration around <paramref name="span"/> whose block accepts <paramref name="keyword"/>.</summary>
        private static StatementSyntax? Enclosing(SyntaxTree tree, TextSpan span, string keyword) =>
            tree.Plans.SelectMany(plan => plan.DescendantNodesAndSelf())
                .OfType<StatementSyntax>()
                .Where(node => node is PlanSyntax or DeclarationSyntax && node.Span.Contains(span) && BlockStatements.Accepts(node, keyword))
                .LastOrDefault();

        /// <summary>The statement's lines when nothing else stands on them, else the statement alone.</summary>
        private static TextSpan WholeLines(string text, TextSpan span)
        {
            var start = span.Start;
            while (start > 0 && text[start - 1] is ' ' or '\t')
            {
                start--;
            }

            var end = span.End;
            while (end < text.Length && text[end] is ' ' or '\t')
            {
                end++;
            }

            var alone = (start == 0 || text[start - 1] is '\n' or '\r') && (end == text.Length || text[end] is '\n' or '\r');
            if (!alone)
            {
                return span;
            }

            end += end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : end < text.Length ? 1 : 0;
            return TextSpan.FromBounds(start, end);
        }
    }
}
