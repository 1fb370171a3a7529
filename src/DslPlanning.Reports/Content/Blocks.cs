using System.Collections.Generic;

namespace DslPlanning.Reports.Content
{
    /// <summary>The content of a section: text, a list, key–value facts, a table or a chart.</summary>
    public abstract record Block;

    public sealed record Paragraph(string Text) : Block;

    /// <summary>A list of texts under an optional title, e.g. the notes of a plan.</summary>
    public sealed record BulletList(string? Title, IReadOnlyList<string> Items) : Block;

    /// <summary>Facts such as owner and period: <see cref="KeyValue.Key"/> is a stable English key, the label Swedish.</summary>
    public sealed record KeyValueList(IReadOnlyList<KeyValue> Items) : Block;

    public sealed record KeyValue(string Key, string Label, Cell Value);
}
