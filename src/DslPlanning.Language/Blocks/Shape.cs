using System;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;

namespace DslPlanning.Language.Blocks
{
    /// <summary>
    /// The syntax of a statement: how it is written after its keyword (for the docs and completion) and the grammar that
    /// parses it into a <typeparamref name="TSyntax"/>, which is what the statement's binder method takes.
    /// </summary>
    internal sealed class Shape<TSyntax>
        where TSyntax : StatementSyntax
    {
        private readonly Func<string, Grammar<StatementSyntax>> _grammar;

        public Shape(string form, Func<string, Grammar<StatementSyntax>> grammar)
        {
            Form = form;
            _grammar = grammar;
        }

        /// <summary>What follows the keyword, e.g. <c>&lt;actor&gt;, …</c>; empty for a keyword alone.</summary>
        public string Form { get; }

        /// <summary>The grammar of the statement that starts with <paramref name="keyword"/>.</summary>
        public Grammar<StatementSyntax> GrammarFor(string keyword) => _grammar(keyword);
    }

    /// <summary>The shapes statements have.</summary>
    internal static class Shape
    {
        /// <summary><c>keyword "text"</c>.</summary>
        public static readonly Shape<ValueStatementSyntax> Text = new("\"…\"", StatementGrammar.TextStatement);

        /// <summary>A keyword alone: <c>island</c>.</summary>
        public static readonly Shape<ValueStatementSyntax> Flag = new("", StatementGrammar.Flag);

        public static readonly Shape<ReviewSyntax> Review = new("yearly | every <n> years", _ => StatementGrammar.Review);

        public static readonly Shape<ReportSyntax> Report = new("to <actor> [yearly | every <n> years] [by MM-DD] [from <year>]", _ => StatementGrammar.Report);

        public static readonly Shape<BudgetSyntax> Budget = new("<money> [per year] [in <year or range>]", _ => StatementGrammar.Budget);

        public static readonly Shape<IndicatorSyntax> Indicator = new("\"…\" [baseline …] [target …]", _ => StatementGrammar.Indicator);

        public static readonly Shape<CostSyntax> Cost = new("[at most | about] <money> [per <unit>]… [, <count> <units> per year] [in <years>]", _ => StatementGrammar.CostStatement);

        public static readonly Shape<FundingSyntax> Funding = new("<funder> [<percent>] [<money> [per <unit>]…] [in <years>], …", _ => StatementGrammar.Funding);

        public static readonly Shape<DeclarationSyntax> LevelDeclaration = Declaration("<key> [\"title\"] [{ … }]", PlanGrammar.Level);

        public static readonly Shape<DeclarationSyntax> ActorDeclaration = Declaration("<Name> [\"title\"] [<kind>] [{ … }]", PlanGrammar.Actor);

        public static readonly Shape<DeclarationSyntax> FunderDeclaration = Declaration("<Name> [\"title\"] [<kind>] [budget …] [{ … }]", PlanGrammar.Funder);

        public static readonly Shape<DeclarationSyntax> PlaceDeclaration = Declaration("<Name> [\"title\"] [level <key>] [{ … }]", PlanGrammar.Place);

        public static readonly Shape<DeclarationSyntax> AreaDeclaration = Declaration("<Name> [\"title\"] [priority <n>] [serves <goal>, …] [{ … }]", PlanGrammar.Area);

        public static readonly Shape<DeclarationSyntax> GoalDeclaration = Declaration("<Name> [\"title\"] [<kind>] [serves <goal>, …] [{ … }]", PlanGrammar.Goal);

        public static readonly Shape<DeclarationSyntax> ActionDeclaration = Declaration("<Name> [\"title\"] [priority <word>] [serves <goal>, …] [{ … }]", PlanGrammar.Action);

        public static readonly Shape<DeclarationSyntax> SchemeDeclaration = Declaration("<subsidy kind> [\"title\"] [{ … }]", PlanGrammar.Scheme);

        public static readonly Shape<DeclarationSyntax> SubsidyDeclaration = Declaration("<kind> [in <years>] [for <place>] [{ … }]", PlanGrammar.Subsidy);

        public static readonly Shape<ExceptionSyntax> Exception = new("<rule id> \"reason\"", _ => StatementGrammar.ExceptionStatement);

        /// <summary><c>keyword name, …</c>; <paramref name="expectation"/> names the list when it is missing.</summary>
        public static Shape<ValueStatementSyntax> Names(string form, string expectation) => new(form, keyword => StatementGrammar.Names(keyword, expectation));

        /// <summary><c>keyword value</c>: any value, whose type the binder checks.</summary>
        public static Shape<ValueStatementSyntax> Value(string form, string expectation) => new(form, keyword => StatementGrammar.AnyValue(keyword, expectation));

        /// <summary><c>keyword [comparison] value [in year] ["note"]</c>.</summary>
        public static Shape<MeasureSyntax> Measure(string form) => new(form, StatementGrammar.MeasureStatement);

        /// <summary><c>keyword ["title"] fact value, …</c>.</summary>
        public static Shape<FactListSyntax> Facts(string form, bool title) => new(form, keyword => StatementGrammar.FactList(keyword, title));

        /// <summary>A declaration: <c>keyword Name ["title"] … [{ block }]</c>.</summary>
        private static Shape<DeclarationSyntax> Declaration(string form, Grammar<StatementSyntax> grammar) => new(form, _ => grammar);
    }
}
