using System;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;

namespace DslPlanning.Language.Blocks
{
    /// <summary>One statement of a block: its keyword, shape, how often it may stand, what it means and an example.</summary>
    internal abstract class StatementEntry
    {
        protected StatementEntry(string keyword, string form, Grammar<StatementSyntax> grammar, Occurs occurs, string description, string example)
        {
            Keyword = keyword;
            Form = form;
            Grammar = grammar;
            Occurs = occurs;
            Description = description;
            Example = example;
        }

        /// <summary>The first word; for the facts of a subsidy or the terms of a scheme a placeholder such as <c>&lt;fact&gt;</c>.</summary>
        public string Keyword { get; }

        /// <summary>What follows the keyword (see <see cref="Shape{TSyntax}.Form"/>).</summary>
        public string Form { get; }

        /// <summary>The statement as the docs write it: <c>owner &lt;actor&gt;, …</c>.</summary>
        public string Syntax => Form.Length == 0 ? Keyword : Keyword + " " + Form;

        public Grammar<StatementSyntax> Grammar { get; }

        public Occurs Occurs { get; }

        /// <summary>One line: what the statement says.</summary>
        public string Description { get; }

        /// <summary>The statement as a plan writes it.</summary>
        public string Example { get; }
    }

    /// <summary>A statement of a block bound by a <typeparamref name="TBlock"/> (the binder's state for one block).</summary>
    internal sealed class StatementEntry<TBlock> : StatementEntry
    {
        private readonly Func<TBlock, StatementSyntax, bool> _bind;

        private StatementEntry(string keyword, string form, Grammar<StatementSyntax> grammar, Occurs occurs, string description, string example, Func<TBlock, StatementSyntax, bool> bind)
            : base(keyword, form, grammar, occurs, description, example)
        {
            _bind = bind;
        }

        public static StatementEntry<TBlock> Create<TSyntax>(string keyword, Shape<TSyntax> shape, Occurs occurs, Action<TBlock, TSyntax> bind, string description, string example)
            where TSyntax : StatementSyntax =>
            new(keyword, shape.Form, shape.GrammarFor(keyword), occurs, description, example, (block, statement) =>
            {
                if (statement is not TSyntax syntax)
                {
                    return false;
                }

                bind(block, syntax);
                return true;
            });

        /// <summary>Binds <paramref name="statement"/> into <paramref name="block"/>; false when it is not of this statement's shape.</summary>
        public bool TryBind(TBlock block, StatementSyntax statement) => _bind(block, statement);
    }
}
