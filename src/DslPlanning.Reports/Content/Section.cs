using System.Collections.Generic;

namespace DslPlanning.Reports.Content
{
    /// <summary>A headed part of a report; <see cref="Id"/> is stable (an HTML id, a JSON id, part of a CSV file name).</summary>
    public sealed record Section(string Id, string Heading, IReadOnlyList<Block> Blocks, IReadOnlyList<Section> Subsections)
    {
        public Section(string id, string heading, params Block[] blocks)
            : this(id, heading, blocks, System.Array.Empty<Section>())
        {
        }
    }
}
