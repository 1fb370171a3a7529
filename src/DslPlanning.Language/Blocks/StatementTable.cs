using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The base of a block's table: <see cref="Statement{TSyntax}"/> makes its entries.</summary>
    internal abstract class StatementTable<TBlock>
    {
        /// <summary>A statement: its keyword, shape, how often it may stand, the binder method that binds it, what it means and an example.</summary>
        protected static StatementEntry<TBlock> Statement<TSyntax>(string keyword, Shape<TSyntax> shape, Occurs occurs, System.Action<TBlock, TSyntax> bind, string description, string example)
            where TSyntax : StatementSyntax =>
            StatementEntry<TBlock>.Create(keyword, shape, occurs, bind, description, example);

        /// <summary>
        /// The statement of a block whose first word is not a keyword but a fact's name (<paramref name="placeholder"/>).
        /// <see cref="Occurs.Once"/> means once per fact, which its binder method checks once it knows the name is a fact.
        /// </summary>
        protected static StatementEntry<TBlock> Facts(string placeholder, string form, Occurs occurs, System.Action<TBlock, FactStatementSyntax> bind, string description, string example) =>
            StatementEntry<TBlock>.Create(placeholder, new Shape<FactStatementSyntax>(form, _ => StatementGrammar.Fact), occurs, bind, description, example);
    }
}
