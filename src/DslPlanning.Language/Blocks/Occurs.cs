namespace DslPlanning.Language.Blocks
{
    /// <summary>How often a statement may stand in one block.</summary>
    internal enum Occurs
    {
        /// <summary>At most once; a second one is SP1009.</summary>
        Once,

        /// <summary>Any number of times; the statements add up.</summary>
        Many,
    }
}
