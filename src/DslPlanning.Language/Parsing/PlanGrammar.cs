using System;
using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;
using Sprache;
using static DslPlanning.Language.Parsing.StatementGrammar;

namespace DslPlanning.Language.Parsing
{
    /// <summary>
    /// The declarations (statements that name an element and may open a block) and the block grammars: which
    /// statements each kind of block accepts.
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

        private static readonly Grammar<StatementSyntax> Level = Declaration("level", "a level key (e.g. 1 or servicenod)", () => Blocks.Level, kindWord: false);
        private static readonly Grammar<StatementSyntax> Actor = Declaration("actor", "the actor's name", () => Blocks.Actor, kindWord: true);
        private static readonly Grammar<StatementSyntax> Funder = Declaration(
            "funder", "the funder's name", () => Blocks.Funder, kindWord: true,
            Clause("budget", Tokens.Numeric, "an amount (e.g. 400 000 kr per year)"),
            Clause("in", Tokens.Numeric, "a year or year range"));
        private static readonly Grammar<StatementSyntax> Place = Declaration(
            "place", "the place's name", () => Blocks.Place, kindWord: false,
            Clause("level", ValueGrammar.NumberOrName, "a service level (e.g. 1 or servicenod)"));
        private static readonly Grammar<StatementSyntax> Area = Declaration("area", "the area's name", () => Blocks.Area, kindWord: false, PriorityClause, ServesClause);
        private static readonly Grammar<StatementSyntax> Goal = Declaration("goal", "the goal's name (e.g. 1.1)", () => Blocks.Goal, kindWord: true, ServesClause);
        private static readonly Grammar<StatementSyntax> Action = Declaration("action", "the action's name", () => Blocks.Action, kindWord: false, PriorityClause, ServesClause);
        private static readonly Grammar<StatementSyntax> Scheme = Declaration("scheme", "a subsidy kind (e.g. service-grant)", () => Blocks.Scheme, kindWord: false);
        private static readonly Grammar<StatementSyntax> Subsidy = Declaration(
            "subsidy", "a subsidy kind (e.g. home-delivery-grant)", () => Blocks.Subsidy, kindWord: false,
            Clause("in", Tokens.Numeric, "the year applied for"),
            Clause("for", References, "the place"));

        /// <summary>The block grammars, in a class of their own so that they are built after the declarations they contain.</summary>
        private static class Blocks
        {
            public static readonly BlockGrammar Level = TextBlock("a level");
            public static readonly BlockGrammar Actor = TextBlock("an actor");

            private static BlockGrammar TextBlock(string description) => new(description, new[]
            {
                ("description", TextStatement("description")),
                ("note", TextStatement("note")),
            });

            public static readonly BlockGrammar Funder = new("a funder", new[]
            {
                ("budget", StatementGrammar.Budget),
                ("description", TextStatement("description")),
                ("note", TextStatement("note")),
            });

            public static readonly BlockGrammar Place = new("a place", new[]
            {
                ("services", Names("services", "services (e.g. groceries, fuel)")),
                ("needs", Names("needs", "services (e.g. pharmacy)")),
                ("store", FactList("store", title: true)),
                ("nearest", FactList("nearest", title: false)),
                ("island", Flag("island")),
                ("status", Names("status", "existing, planned or closed")),
                ("municipality", TextStatement("municipality")),
                ("description", TextStatement("description")),
                ("exception", ExceptionStatement),
                ("note", TextStatement("note")),
            });

            public static readonly BlockGrammar Subsidy = new("a subsidy", new[]
            {
                ("exception", ExceptionStatement),
                ("note", TextStatement("note")),
            }, Fact, "fact");

            public static readonly BlockGrammar Scheme = new("a scheme", new[]
            {
                ("source", TextStatement("source")),
                ("description", TextStatement("description")),
                ("note", TextStatement("note")),
            }, Fact, "term");

            public static readonly BlockGrammar Goal = new("a goal", new[]
            {
                ("indicator", Indicator),
                ("baseline", MeasureStatement("baseline")),
                ("target", MeasureStatement("target")),
                ("actual", MeasureStatement("actual")),
                ("serves", Names("serves", "the goals it serves")),
                ("owner", Names("owner", "who is responsible")),
                ("description", TextStatement("description")),
                ("exception", ExceptionStatement),
                ("note", TextStatement("note")),
            });

            public static readonly BlockGrammar Action = new("an action", new[]
            {
                ("description", TextStatement("description")),
                ("owner", Names("owner", "who is responsible")),
                ("period", AnyValue("period", "a year or year range (e.g. 2023..2030)")),
                ("status", Names("status", "planned, proposed, ongoing, completed or cancelled")),
                ("priority", AnyValue("priority", "a priority (e.g. high)")),
                ("serves", Names("serves", "the goals it serves")),
                ("completion", MeasureStatement("completion")),
                ("progress", MeasureStatement("progress")),
                ("cost", CostStatement),
                ("funding", Funding),
                ("places", Names("places", "the places it concerns")),
                ("subsidy", PlanGrammar.Subsidy),
                ("exception", ExceptionStatement),
                ("note", TextStatement("note")),
            });

            public static readonly BlockGrammar Area = new("an area", new[]
            {
                ("description", TextStatement("description")),
                ("owner", Names("owner", "the performers")),
                ("funding", Funding),
                ("priority", AnyValue("priority", "a rank (e.g. 1)")),
                ("serves", Names("serves", "the goals or areas it serves")),
                ("goal", PlanGrammar.Goal),
                ("action", PlanGrammar.Action),
                ("exception", ExceptionStatement),
                ("note", TextStatement("note")),
            });

            public static readonly BlockGrammar Plan = new("a plan", new[]
            {
                ("owner", Names("owner", "the owning actor")),
                ("period", AnyValue("period", "a year or year range (e.g. 2023..2030)")),
                ("review", Review),
                ("revision", AnyValue("revision", "the year revision starts")),
                ("report", Report),
                ("adopted", AnyValue("adopted", "a date (e.g. 2023-03-01)")),
                ("follows", Names("follows", "the plans it follows")),
                ("source", TextStatement("source")),
                ("aim", TextStatement("aim")),
                ("purpose", TextStatement("purpose")),
                ("scope", TextStatement("scope")),
                ("indicator", Indicator),
                ("excerpt", TextStatement("excerpt")),
                ("description", TextStatement("description")),
                ("note", TextStatement("note")),
                ("priorities", Names("priorities", "the priority scale, highest first (e.g. high, medium, low)")),
                ("level", PlanGrammar.Level),
                ("actor", PlanGrammar.Actor),
                ("funder", PlanGrammar.Funder),
                ("place", PlanGrammar.Place),
                ("area", PlanGrammar.Area),
                ("goal", PlanGrammar.Goal),
                ("action", PlanGrammar.Action),
                ("scheme", PlanGrammar.Scheme),
                ("exception", ExceptionStatement),
            });
        }

        /// <summary><c>municipal plan Name "title" { … }</c>.</summary>
        public static readonly Grammar<StatementSyntax> Plan =
            (from kind in Tokens.Name.Named("a plan kind (national, regional, annual or municipal)")
             from _ in Tokens.Keyword("plan")
             from name in Tokens.Name.Named("the plan's name")
             from title in Tokens.String.Maybe()
             from body in Combinators.Defer(() => Blocks.Plan.RequiredBlock)
             select (kind, name, title, body))
            .Spanned((x, span) => (StatementSyntax)new PlanSyntax(x.kind, x.name, x.title, x.body, span));

        public static readonly BlockGrammar File = new("the file", Enumerable.Empty<(string, Grammar<StatementSyntax>)>(), Plan, "plan declaration");
    }
}
