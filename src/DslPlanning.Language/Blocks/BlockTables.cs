using System.Collections.Generic;

namespace DslPlanning.Language.Blocks
{
    /// <summary>Every block's table, in the order docs/language.md describes the blocks.</summary>
    internal static class BlockTables
    {
        public static IReadOnlyList<BlockTable> All { get; } = new BlockTable[]
        {
            PlanStatements.Table,
            LevelStatements.Table,
            ActorStatements.Table,
            FunderStatements.Table,
            PlaceStatements.Table,
            AreaStatements.Table,
            GoalStatements.Table,
            ActionStatements.Table,
            SubsidyStatements.Table,
            SchemeStatements.Table,
        };
    }
}
