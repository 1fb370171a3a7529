using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.LanguageServer.Features.SemanticTokens
{
    /// <summary>
    /// The tokens of a plan file as the editor colours them: the lexer's tokens and comments, statement keywords from the
    /// syntax tree, and names from the binding (declarations, and references with the kind of what they name).
    /// </summary>
    internal static class PlanClassifier
    {
        /// <summary>The classified spans of the document, in order and not overlapping.</summary>
        public static IReadOnlyList<ClassifiedSpan> Classify(PlanWorkspace workspace, PlanDocument document)
        {
            var tree = document.SyntaxTree;
            var names = Names(workspace.Compilation, document.Path);
            foreach (var keyword in Keywords(tree))
            {
                names.TryAdd(keyword.Start, new ClassifiedSpan(keyword, SemanticTokenTypes.Keyword, 0));
            }

            var spans = new List<ClassifiedSpan>();
            foreach (var token in tree.Tokens)
            {
                spans.AddRange(token.LeadingTrivia.Where(IsComment).Select(trivia => new ClassifiedSpan(trivia.Span, SemanticTokenTypes.Comment, 0)));
                spans.AddRange(Of(token, names));
                spans.AddRange(token.TrailingTrivia.Where(IsComment).Select(trivia => new ClassifiedSpan(trivia.Span, SemanticTokenTypes.Comment, 0)));
            }

            return spans;
        }

        private static IEnumerable<ClassifiedSpan> Of(SyntaxToken token, Dictionary<int, ClassifiedSpan> names)
        {
            switch (token.Kind)
            {
                case SyntaxTokenKind.String:
                    yield return new ClassifiedSpan(token.Span, SemanticTokenTypes.String, 0);
                    break;
                case SyntaxTokenKind.Number:
                    yield return new ClassifiedSpan(token.Span, SemanticTokenTypes.Number, 0);
                    break;
                case SyntaxTokenKind.Punctuation:
                    yield return new ClassifiedSpan(token.Span, SemanticTokenTypes.Operator, 0);
                    break;
                case SyntaxTokenKind.Name:
                    // A qualified name (Plan.member) is one token with two parts, each classified.
                    for (var start = token.Span.Start; start >= 0 && start < token.Span.End; start = NextPart(token, start))
                    {
                        if (names.TryGetValue(start, out var name))
                        {
                            yield return name;
                        }
                    }

                    break;
            }
        }

        /// <summary>Where the part of a qualified name after <paramref name="start"/> begins, or -1.</summary>
        private static int NextPart(SyntaxToken token, int start)
        {
            var dot = token.Text.IndexOf('.', start - token.Span.Start);
            return dot < 0 ? -1 : token.Span.Start + dot + 1;
        }

        /// <summary>Declared and referenced names by their start, from the plans of the file.</summary>
        private static Dictionary<int, ClassifiedSpan> Names(PlanCompilation compilation, string path)
        {
            var names = new Dictionary<int, ClassifiedSpan>();
            foreach (var plan in compilation.Plans.Where(plan => plan.Tree.Text.Path == path))
            {
                names[plan.Syntax.Name.Span.Start] = new ClassifiedSpan(plan.Syntax.Name.Span, SemanticTokenTypes.Namespace, SemanticTokenTypes.Declaration);
                foreach (var symbol in plan.Symbols.All)
                {
                    var name = symbol.Declaration.Name.Span;
                    names[name.Start] = new ClassifiedSpan(name, SemanticTokenTypes.Of(symbol.Kind), SemanticTokenTypes.Declaration);
                }

                foreach (var reference in plan.References.Where(reference => !reference.IsImpliedByRange))
                {
                    if (reference.PlanSpan is { } planPart)
                    {
                        names[planPart.Start] = new ClassifiedSpan(planPart, SemanticTokenTypes.Namespace, 0);
                    }

                    switch (reference.Symbol)
                    {
                        case ElementKey element:
                            var readOnly = element.Plan == plan.Name ? 0 : SemanticTokenTypes.Readonly;
                            names[reference.MemberSpan.Start] = new ClassifiedSpan(reference.MemberSpan, SemanticTokenTypes.Of(element.Kind), readOnly);
                            break;
                        case PlanKey:
                            names[reference.MemberSpan.Start] = new ClassifiedSpan(reference.MemberSpan, SemanticTokenTypes.Namespace, 0);
                            break;
                    }
                }
            }

            return names;
        }

        /// <summary>The first words of statements and header clauses, and a plan's kind words (<c>municipal plan</c>).</summary>
        private static IEnumerable<TextSpan> Keywords(SyntaxTree tree) =>
            tree.Plans.SelectMany(plan => plan.DescendantNodesAndSelf()).SelectMany(node => node switch
            {
                PlanSyntax plan => tree.Tokens
                    .Where(token => token.Kind == SyntaxTokenKind.Name && token.Span.Start >= plan.Keyword.Span.Start && token.Span.End <= plan.Name.Span.Start)
                    .Select(token => token.Span),
                StatementSyntax statement => new[] { statement.Keyword.Span },
                ClauseSyntax clause => new[] { clause.Keyword.Span },
                _ => Enumerable.Empty<TextSpan>(),
            });

        private static bool IsComment(SyntaxTrivia trivia) => trivia.Kind == SyntaxTriviaKind.Comment;
    }
}
