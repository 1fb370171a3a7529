namespace DslPlanning.Language.Blocks
{
    /// <summary>
    /// A statement of a block as tools show it (completion, hover): read from the block tables, which the grammar, the
    /// binder and the docs read too. <see cref="Keyword"/> is a placeholder such as <c>&lt;fact&gt;</c> for the
    /// statement whose first word is a fact's name.
    /// </summary>
    public sealed record StatementInfo(string Keyword, string Syntax, string Description, string Example, bool Once, bool IsFallback);
}
