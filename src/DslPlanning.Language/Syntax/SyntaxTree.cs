using System.Runtime.CompilerServices;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Syntax
{
    /// <summary>The parsed form of one plan file: its plans and the syntax diagnostics.</summary>
    public sealed record SyntaxTree(SourceText Text, ValueList<PlanSyntax> Plans, ValueList<Diagnostic> Diagnostics)
    {
        /// <summary>The token lists of trees, made when first asked for: checking a plan does not need them.</summary>
        private static readonly ConditionalWeakTable<SyntaxTree, SyntaxTokenList> TokenLists = new();

        /// <summary>
        /// Every token of the file with its trivia (whitespace, line breaks, comments, and the text error recovery skipped):
        /// the lossless form of the file. A node's tokens are <c>Tokens.TokensIn(node.Span)</c>.
        /// </summary>
        public SyntaxTokenList Tokens => TokenLists.GetValue(this, tree => Lexer.Lex(tree));

        /// <summary>The file's text, printed from its tokens and trivia: the source, character for character.</summary>
        public string ToFullString() => Tokens.ToFullString();
    }
}
