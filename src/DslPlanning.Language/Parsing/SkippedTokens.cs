using System;
using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// Which tokens the parser skipped, found from the tree: the tokens of a statement that could not be parsed
    /// (<see cref="ErrorStatementSyntax"/>), and the tokens of a block (or of the file) that no statement holds and that
    /// are neither a ';' between statements nor the block's braces (a stray '}', text after a statement).
    /// </summary>
    internal static class SkippedTokens
    {
        /// <summary>Per token: 0 when the parser read it, a statement number for a token of a skipped statement, -1 for a token outside statements.</summary>
        public static int[] Mark(SyntaxTree tree, List<(SyntaxTokenKind Kind, TextSpan Span)> tokens)
        {
            var marks = new int[tokens.Count];
            var starts = new int[tokens.Count];
            for (var index = 0; index < tokens.Count; index++)
            {
                starts[index] = tokens[index].Span.Start;
            }

            var errors = 0;
            var blocks = new Stack<(IReadOnlyList<StatementSyntax> Statements, int First, int End)>();
            var plans = new List<StatementSyntax>(tree.Plans);
            blocks.Push((plans, 0, tokens.Count));
            while (blocks.Count > 0)
            {
                // The tokens First..End-1 of a block's inside: its statements, and what stands between them.
                var (statements, first, end) = blocks.Pop();
                var index = first;
                foreach (var statement in statements)
                {
                    var statementFirst = Math.Max(index, IndexAtOrAfter(starts, statement.Span.Start));
                    var statementEnd = Math.Min(end, IndexAtOrAfter(starts, statement.Span.End));
                    MarkOutside(tokens, marks, index, statementFirst);
                    if (statement is ErrorStatementSyntax)
                    {
                        errors++;
                        for (var token = statementFirst; token < statementEnd; token++)
                        {
                            marks[token] = errors;
                        }
                    }
                    else if (Body(statement) is { } body)
                    {
                        // After the header, the block: '{', its statements, and '}' (missing after recovery from an unclosed block).
                        var open = statementFirst;
                        while (open < statementEnd && (tokens[open].Kind != SyntaxTokenKind.OpenBrace || tokens[open].Span.Start < HeaderEnd(statement)))
                        {
                            open++;
                        }

                        var bodyEnd = body.Count > 0 ? body[body.Count - 1].Span.End : 0;
                        var closed = statementEnd > open + 1 && tokens[statementEnd - 1].Kind == SyntaxTokenKind.CloseBrace && tokens[statementEnd - 1].Span.Start >= bodyEnd;
                        var close = closed ? statementEnd - 1 : statementEnd;
                        if (open < statementEnd)
                        {
                            blocks.Push((body, open + 1, close));
                        }
                    }

                    index = Math.Max(index, statementEnd);
                }

                MarkOutside(tokens, marks, index, end);
            }

            return marks;
        }

        private static void MarkOutside(List<(SyntaxTokenKind Kind, TextSpan Span)> tokens, int[] marks, int first, int end)
        {
            for (var token = first; token < end; token++)
            {
                if (tokens[token].Kind != SyntaxTokenKind.Semicolon)
                {
                    marks[token] = -1;
                }
            }
        }

        private static IReadOnlyList<StatementSyntax>? Body(StatementSyntax statement) => statement switch
        {
            PlanSyntax plan => plan.Body,
            DeclarationSyntax declaration => declaration.Body,
            _ => null,
        };

        /// <summary>The end of a declaration's header: its last node before the block.</summary>
        private static int HeaderEnd(StatementSyntax statement)
        {
            var end = statement.Keyword.Span.End;
            void Include(SyntaxNode? node) => end = node is null ? end : Math.Max(end, node.Span.End);
            switch (statement)
            {
                case PlanSyntax plan:
                    Include(plan.Name);
                    Include(plan.Title);
                    break;
                case DeclarationSyntax declaration:
                    Include(declaration.Name);
                    Include(declaration.Title);
                    Include(declaration.Word);
                    foreach (var clause in declaration.Clauses)
                    {
                        Include(clause);
                    }

                    break;
            }

            return end;
        }

        private static int IndexAtOrAfter(int[] starts, int position)
        {
            var index = Array.BinarySearch(starts, position);
            return index >= 0 ? index : ~index;
        }
    }
}
