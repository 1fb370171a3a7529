using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;
using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// The statements a kind of block accepts, keyed by their first word, and the error-recovering loop that parses
    /// a block: a statement that fails is reported at the exact position of the failure and skipped up to the end of
    /// its line (or of the block it opens), and parsing continues with the next statement.
    /// </summary>
    internal sealed class BlockGrammar
    {
        private static readonly string[] ExpectedOpeningBrace = Combinators.Expecting("'{'");

        private readonly Dictionary<string, Grammar<StatementSyntax>> _statements;

        public BlockGrammar(
            Phrase description,
            IEnumerable<(string Keyword, Grammar<StatementSyntax> Parser)> statements,
            Grammar<StatementSyntax>? fallback = null,
            Phrase? fallbackName = null)
        {
            Description = description;
            _statements = statements.ToDictionary(statement => statement.Keyword, statement => statement.Parser, StringComparer.Ordinal);
            Fallback = fallback;
            FallbackName = fallbackName ?? Phrase.Of("the statement", "satsen");
        }

        /// <summary>What a statement parsed by <see cref="Fallback"/> is called in messages, before its first word: "the fact" / "uppgiften".</summary>
        public Phrase FallbackName { get; }

        /// <summary>How the block is named in messages, e.g. "an area" / "ett insatsområde".</summary>
        public Phrase Description { get; }

        public IEnumerable<string> Keywords => _statements.Keys.OrderBy(keyword => keyword, StringComparer.Ordinal);

        /// <summary>The parser for statements whose first word is not a keyword (facts of a subsidy, plans of a file).</summary>
        public Grammar<StatementSyntax>? Fallback { get; }

        /// <summary>Parses <c>{ statements }</c> when the next token (possibly on a following line) is '{'; otherwise an empty body.</summary>
        public Grammar<ValueList<StatementSyntax>> OptionalBlock => input => ParseBlock(input.Source(), required: false);

        /// <summary>Parses <c>{ statements }</c>.</summary>
        public Grammar<ValueList<StatementSyntax>> RequiredBlock => input => ParseBlock(input.Source(), required: true);

        /// <summary>Parses statements up to the end of the text (the top level of a file).</summary>
        public IResult<ValueList<StatementSyntax>> ParseToEnd(SourceInput input) => ParseStatements(input, openBrace: -1);

        private IResult<ValueList<StatementSyntax>> ParseBlock(SourceInput input, bool required)
        {
            var text = input.Source;
            var brace = input.Position;
            if (brace >= text.Length || text[brace] != '{')
            {
                var next = Scanner.SkipTrivia(text, brace, semicolons: false);
                var onNextLine = next < text.Length && text[next] == '{' && Scanner.HasLineBreak(text, brace, next);
                if (!onNextLine)
                {
                    return required
                        ? Combinators.Fail<ValueList<StatementSyntax>>(input, ExpectedOpeningBrace)
                        : Result.Success(ValueList<StatementSyntax>.Empty, (IInput)input);
                }

                brace = next;
            }

            return ParseStatements(input.At(brace + 1), brace);
        }

        private IResult<ValueList<StatementSyntax>> ParseStatements(SourceInput input, int openBrace)
        {
            var context = input.Context;
            var indent = openBrace < 0 ? -1 : Indentation(context.Text, openBrace);
            context.OpenBlocks.Add((this, indent));
            try
            {
                return ParseStatements(input, openBrace, indent);
            }
            finally
            {
                context.OpenBlocks.RemoveAt(context.OpenBlocks.Count - 1);
            }
        }

        private IResult<ValueList<StatementSyntax>> ParseStatements(SourceInput input, int openBrace, int indent)
        {
            var text = input.Source;
            var context = input.Context;
            var statements = new List<StatementSyntax>();
            var position = input.Position;
            var lastEnd = position;
            var bodyIndent = -1;

            IResult<ValueList<StatementSyntax>> Close(int at) =>
                Result.Success(new ValueList<StatementSyntax>(statements.ToArray()), (IInput)input.At(at));

            while (true)
            {
                position = Scanner.SkipTrivia(text, position, semicolons: true);
                if (position >= text.Length)
                {
                    if (openBrace >= 0)
                    {
                        context.Report(new TextSpan(openBrace, 1), Diagnose.MissingClosingBrace(Description, beforeLine: null));
                    }

                    return Close(openBrace >= 0 ? lastEnd : position);
                }

                var column = context.Text.GetLinePosition(position).Character;
                if (text[position] == '}')
                {
                    if (openBrace >= 0 && column < indent && Unbalanced(context, position))
                    {
                        // A '}' left of this block's header closes an enclosing block: this one lacks its own '}'.
                        context.Report(new TextSpan(openBrace, 1), Diagnose.MissingClosingBrace(Description, beforeLine: context.Text.GetLinePosition(position).Line + 1));
                        return Close(lastEnd);
                    }

                    if (openBrace >= 0)
                    {
                        return Close(Scanner.SkipInlineSpace(text, position + 1));
                    }

                    context.Report(new TextSpan(position, 1), Diagnose.UnexpectedClosingBrace());
                    position++;
                    continue;
                }

                if (openBrace >= 0 && bodyIndent > indent && column <= indent && BelongsToOuterBlock(context, text, position) && Unbalanced(context, position))
                {
                    context.Report(new TextSpan(openBrace, 1), Diagnose.MissingClosingBrace(Description, beforeLine: context.Text.GetLinePosition(position).Line + 1));
                    return Close(lastEnd);
                }

                if (bodyIndent < 0)
                {
                    bodyIndent = column;
                }

                var start = position;
                position = ParseStatement(input.At(position), statements);
                lastEnd = Math.Max(lastEnd, Scanner.ContentEnd(text, start, position));
            }
        }

        /// <summary>Whether the braces from here on cannot close every open block: only then is a missing '}' guessed from indentation.</summary>
        private static bool Unbalanced(ParseContext context, int position) => context.NetClosers(position) < context.OpenBlocks.Count - 1;

        /// <summary>A statement that this block does not accept, but an enclosing block does.</summary>
        private bool BelongsToOuterBlock(ParseContext context, string text, int position)
        {
            var keywordEnd = Scanner.ScanName(text, position);
            if (keywordEnd == position)
            {
                return false;
            }

            var keyword = text.Substring(position, keywordEnd - position);
            if (_statements.ContainsKey(keyword))
            {
                return false;
            }

            var blocks = context.OpenBlocks;
            for (var i = blocks.Count - 2; i >= 0; i--)
            {
                var grammar = blocks[i].Grammar;
                if (grammar._statements.ContainsKey(keyword) || (i == 0 && grammar.Fallback is not null && IsPlanDeclaration(text, keywordEnd)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether only spaces stand between the start of the line and <paramref name="position"/> (a block that was closed implicitly ends there).</summary>
        private static bool AtLineStart(string text, int position)
        {
            var start = position;
            while (start > 0 && Scanner.IsInlineSpace(text[start - 1]))
            {
                start--;
            }

            return start == 0 || Scanner.IsLineEnd(text[start - 1]);
        }

        private static bool IsPlanDeclaration(string text, int afterKind)
        {
            var start = Scanner.SkipInlineSpace(text, afterKind);
            var end = Scanner.ScanName(text, start);
            return end - start == 4 && string.CompareOrdinal(text, start, "plan", 0, 4) == 0;
        }

        /// <summary>The column of the first non-space character on the line of <paramref name="position"/>.</summary>
        private static int Indentation(SourceText source, int position)
        {
            var lineStart = source.GetLineStart(source.GetLinePosition(position).Line);
            return Scanner.SkipInlineSpace(source.Text, lineStart) - lineStart;
        }

        /// <summary>Parses one statement into <paramref name="statements"/> and returns where the next one may start.</summary>
        private int ParseStatement(SourceInput input, List<StatementSyntax> statements)
        {
            var text = input.Source;
            var context = input.Context;
            var start = input.Position;
            var keywordEnd = Scanner.ScanName(text, start);
            var keyword = new NameSyntax(Scanner.NameText(text, start, keywordEnd), TextSpan.FromBounds(start, keywordEnd));

            Grammar<StatementSyntax>? parser = null;
            if (keyword.Text.Length > 0 && !_statements.TryGetValue(keyword.Text, out parser))
            {
                parser = Fallback;
            }

            if (parser is null)
            {
                if (keyword.Text.Length == 0)
                {
                    context.Report(TokenSpan(text, start), Diagnose.SyntaxError(found: Describe(text, start), where: Description, expected: Phrase.Of("a statement or '}'", "en sats eller '}'")));
                }
                else
                {
                    context.Report(keyword.Span, Diagnose.UnknownStatement(keyword.Text, Description, didYouMean: Suggestions.Closest(keyword.Text, _statements.Keys), statements: Keywords));
                }

                return Skip(text, start, keyword, statements);
            }

            var mark = context.Mark;
            var result = parser(input);
            if (!result.WasSuccessful)
            {
                context.RollBack(mark);
                var at = result.Remainder.Position;
                context.Report(TokenSpan(text, at), Diagnose.SyntaxError(found: Describe(text, at), where: StatementName(keyword), expected: Expectations(result.Expectations)));
                return Skip(text, start, keyword, statements);
            }

            statements.Add(result.Value);
            var end = Scanner.SkipInlineSpace(text, result.Remainder.Position);
            if (end < text.Length && !Scanner.IsLineEnd(text[end]) && text[end] != ';' && text[end] != '}' && text[end] != '#' && !AtLineStart(text, end))
            {
                context.Report(TokenSpan(text, end), Diagnose.TextAfterStatement(found: Describe(text, end), statement: StatementName(keyword)));
                return SkipWithBlock(text, end);
            }

            return end;
        }

        /// <summary>"the period statement" / "satsen 'period'", or a statement of the fallback: "the fact 'turnover'" / "uppgiften 'turnover'".</summary>
        private Phrase StatementName(NameSyntax keyword) =>
            _statements.ContainsKey(keyword.Text) || Fallback is null
                ? Phrase.Of("the " + keyword.Text + " statement", "satsen '" + keyword.Text + "'")
                : FallbackName + " '" + keyword.Text + "'";

        /// <summary>Skips a statement that could not be parsed, including a block that follows its line.</summary>
        private static int Skip(string text, int start, NameSyntax keyword, List<StatementSyntax> statements)
        {
            var resume = SkipWithBlock(text, start);
            statements.Add(new ErrorStatementSyntax(keyword, TextSpan.FromBounds(start, Scanner.ContentEnd(text, start, resume))));
            return resume;
        }

        /// <summary>Skips to the end of the statement, and over a block whose '{' stands on the next line.</summary>
        private static int SkipWithBlock(string text, int start)
        {
            var resume = Scanner.SkipStatement(text, start);
            if (resume > 0 && text[resume - 1] == ';')
            {
                return resume;
            }

            var next = Scanner.SkipTrivia(text, resume, semicolons: false);
            return next < text.Length && text[next] == '{' ? Scanner.SkipStatement(text, next) : resume;
        }

        /// <summary>The span of the token at <paramref name="position"/>: a name, one character, or empty at a line end.</summary>
        internal static TextSpan TokenSpan(string text, int position)
        {
            if (position >= text.Length || Scanner.IsLineEnd(text[position]) || Scanner.IsInlineSpace(text[position]))
            {
                return new TextSpan(Math.Min(position, text.Length), 0);
            }

            var nameEnd = Scanner.ScanName(text, position);
            var pair = char.IsHighSurrogate(text[position]) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]);
            return nameEnd > position ? TextSpan.FromBounds(position, nameEnd) : new TextSpan(position, pair ? 2 : 1);
        }

        /// <summary>How the token at <paramref name="position"/> is named in a message.</summary>
        internal static Phrase Describe(string text, int position)
        {
            position = Scanner.SkipInlineSpace(text, position);
            if (position >= text.Length)
            {
                return Phrase.Of("end of file", "filens slut");
            }

            var c = text[position];
            if (Scanner.IsLineEnd(c) || c == '#')
            {
                return Phrase.Of("end of line", "radens slut");
            }

            if (c == '"')
            {
                return Phrase.Of("a string", "en text inom citattecken");
            }

            var span = TokenSpan(text, position);
            var token = text.Substring(span.Start, span.Length);
            return char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                ? Phrase.Of($"character U+{(int)c:X4}", $"tecknet U+{(int)c:X4}")
                : "'" + token + "'";
        }

        private static Phrase Expectations(IEnumerable<string> expectations)
        {
            var list = expectations.Where(expectation => !string.IsNullOrEmpty(expectation)).Distinct().ToList();
            return list.Count == 0 ? Phrase.Of("something else", "något annat") : MessageText.Alternatives(list.Select(ExpectationWords.Of));
        }
    }
}
