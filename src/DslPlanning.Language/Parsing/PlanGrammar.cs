using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;
using Sprache;
using static DslPlanning.Language.Parsing.StatementGrammar;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// The declarations (statements that name an element and may open a block) and the grammar of a file. Which
    /// statements each kind of block accepts is in the block tables (<see cref="BlockTable"/>).
    /// </summary>
    internal static class PlanGrammar
    {
        private static readonly Grammar<ValueSyntax> References = ValueGrammar.References.As<ReferenceListSyntax, ValueSyntax>();

        /// <summary>A header clause such as <c>priority 1</c>: its keyword and its parser.</summary>
        private sealed record ClauseGrammar(string Keyword, Grammar<ClauseSyntax> Parser);

        private static ClauseGrammar Clause(string keyword, Grammar<ValueSyntax> value, string expectation) => new(
            keyword,
            (from k in Tokens.Keyword(keyword)
             from v in value.Named(expectation)
             select (k, v))
            .Spanned((x, span) => new ClauseSyntax(x.k, x.v, null, span)));

        /// <summary>The header clauses of each declaration, by its keyword, in the order the grammar lists them.</summary>
        private static readonly Dictionary<string, IReadOnlyList<string>> ClauseKeywords = new(StringComparer.Ordinal);

        private static readonly ClauseGrammar PriorityClause = Clause("priority", ValueGrammar.NumberOrName, "a priority (a rank such as 1, or a level such as high)");
        private static readonly ClauseGrammar ServesClause = Clause("serves", References, "the goals or areas it serves");

        /// <summary>
        /// <c>keyword Name ["title"] [word] [clauses…] [{ body }]</c>. The optional word (a kind such as
        /// <c>municipality</c> or <c>result</c>) is any name that is not one of the clause keywords.
        /// </summary>
        private static Grammar<StatementSyntax> Declaration(
            string keyword,
            string nameExpectation,
            Func<BlockGrammar> body,
            bool kindWord,
            params ClauseGrammar[] clauses)
        {
            ClauseKeywords[keyword] = clauses.Select(clause => clause.Keyword).ToList();
            var word = kindWord ? Tokens.NameExcept(clauses.Select(clause => clause.Keyword).ToArray()).Maybe() : Combinators.Return<NameSyntax?>(null);
            var headerClauses = clauses.Length == 0
                ? Combinators.Return(ValueList<ClauseSyntax>.Empty)
                : Choice(clauses.Select(clause => clause.Parser).ToArray()).Repeat();
            var block = Combinators.Defer(() => body().OptionalBlock);

            return (from k in Tokens.Keyword(keyword)
                    from name in Tokens.Name.Named(nameExpectation)
                    from title in Tokens.String.Maybe()
                    from kind in word
                    from header in headerClauses
                    from statements in block
                    select (k, name, title, kind, header, statements))
                .Spanned((x, span) => (StatementSyntax)new DeclarationSyntax(x.k, x.name, x.title, x.kind, x.header, x.statements, span));
        }

        public static readonly Grammar<StatementSyntax> Level = Declaration("level", "a level key (e.g. 1 or servicenod)", () => LevelStatements.Table.Grammar, kindWord: false);
        public static readonly Grammar<StatementSyntax> Actor = Declaration("actor", "the actor's name", () => ActorStatements.Table.Grammar, kindWord: true);
        public static readonly Grammar<StatementSyntax> Funder = Declaration(
            "funder", "the funder's name", () => FunderStatements.Table.Grammar, kindWord: true,
            Clause("budget", Tokens.Numeric, "an amount (e.g. 400 000 kr per year)"),
            Clause("in", Tokens.Numeric, "a year or year range"));
        public static readonly Grammar<StatementSyntax> Place = Declaration(
            "place", "the place's name", () => PlaceStatements.Table.Grammar, kindWord: false,
            Clause("level", ValueGrammar.NumberOrName, "a service level (e.g. 1 or servicenod)"));
        public static readonly Grammar<StatementSyntax> Area = Declaration("area", "the area's name", () => AreaStatements.Table.Grammar, kindWord: false, PriorityClause, ServesClause);
        public static readonly Grammar<StatementSyntax> Goal = Declaration("goal", "the goal's name (e.g. 1.1)", () => GoalStatements.Table.Grammar, kindWord: true, ServesClause);
        public static readonly Grammar<StatementSyntax> Action = Declaration("action", "the action's name", () => ActionStatements.Table.Grammar, kindWord: false, PriorityClause, ServesClause);
        public static readonly Grammar<StatementSyntax> Scheme = Declaration("scheme", "a subsidy kind (e.g. service-grant)", () => SchemeStatements.Table.Grammar, kindWord: false);
        public static readonly Grammar<StatementSyntax> Subsidy = Declaration(
            "subsidy", "a subsidy kind (e.g. home-delivery-grant)", () => SubsidyStatements.Table.Grammar, kindWord: false,
            Clause("in", Tokens.Numeric, "the year applied for"),
            Clause("for", References, "the place"));

        /// <summary><c>municipal plan Name "title" { … }</c>.</summary>
        public static readonly Grammar<StatementSyntax> Plan =
            (from kind in Tokens.Name.Named("a plan kind (national, regional, annual or municipal)")
             from _ in Tokens.Keyword("plan")
             from name in Tokens.Name.Named("the plan's name")
             from title in Tokens.String.Maybe()
             from body in Combinators.Defer(() => PlanStatements.Table.Grammar.RequiredBlock)
             select (kind, name, title, body))
            .Spanned((x, span) => (StatementSyntax)new PlanSyntax(x.kind, x.name, x.title, x.body, span));

        /// <summary>The header clauses a declaration takes (<c>priority</c>, <c>serves</c> of an area); empty for another word.</summary>
        public static IReadOnlyList<string> HeaderClauses(string declaration) =>
            ClauseKeywords.TryGetValue(declaration, out var clauses) ? clauses : Array.Empty<string>();

        public static readonly BlockGrammar File = new(
            Phrase.Of("the file", "filen"), Enumerable.Empty<(string, Grammar<StatementSyntax>)>(), Plan, Phrase.Of("the plan declaration", "plandeklarationen"));
    }
}
