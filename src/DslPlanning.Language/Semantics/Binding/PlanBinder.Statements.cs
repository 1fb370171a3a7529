using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>Binds a block's statements through its table: each statement by the binder method its entry names.</summary>
    internal sealed partial class PlanBinder
    {
        /// <summary>
        /// Binds <paramref name="statements"/> into <paramref name="block"/>: a statement that may stand once is bound
        /// only the first time (SP1009 for the others; a fact's binder checks that itself, once the name is known to be a
        /// fact); one the table cannot bind is an internal error (SP9004).
        /// </summary>
        private void BindStatements<TBlock>(BlockTable<TBlock> table, TBlock block, ValueList<StatementSyntax> statements, Once once)
        {
            foreach (var statement in statements)
            {
                if (statement is ErrorStatementSyntax)
                {
                    continue; // reported by the parser
                }

                var entry = table.Find(statement);
                if (entry is not null && entry.Occurs == Occurs.Once && entry != table.Fallback && !once.First(statement.Keyword))
                {
                    continue;
                }

                if (entry is null || !entry.TryBind(block, statement))
                {
                    ReportNotBound(statement.Keyword, table.Description);
                }
            }
        }

        private void ReportNotBound(NameSyntax keyword, Phrase block) =>
            Report(keyword.Span, Diagnose.StatementNotBound(keyword.Text, block));
    }
}
