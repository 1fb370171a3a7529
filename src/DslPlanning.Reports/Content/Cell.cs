using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content
{
    /// <summary>What a cell holds, so that CSV and JSON can write numbers as numbers.</summary>
    public enum CellKind
    {
        Text,
        Money,
        Number,
        Percent,
        Year,
        Years,
        Date,
    }

    /// <summary>
    /// A typed value with its Swedish text (<c>50 000 kr</c>). Numeric kinds carry <see cref="Value"/>; a year range
    /// carries <see cref="From"/> and <see cref="To"/>. An empty cell has empty text and no value.
    /// </summary>
    public sealed record Cell(CellKind Kind, string Text, decimal? Value = null, int? From = null, int? To = null)
    {
        public static Cell Empty { get; } = new(CellKind.Text, string.Empty);

        public bool IsEmpty => Text.Length == 0 && Value is null;

        public static Cell Of(string? text) => string.IsNullOrEmpty(text) ? Empty : new Cell(CellKind.Text, text!);

        /// <summary>An amount; one too large to compute (<see cref="Money.IsSaturated"/>) is said to be so, without a value.</summary>
        public static Cell Of(Money? money) => money switch
        {
            null => Empty,
            { IsSaturated: true } => new Cell(CellKind.Money, Labels.TooLarge),
            { } amount => new Cell(CellKind.Money, SwedishFormat.Money(amount), SwedishFormat.Round(amount.Kronor)),
        };

        /// <summary>Whether the cell stands for an amount too large to compute.</summary>
        public bool IsTooLarge => Kind == CellKind.Money && Value is null && Text == Labels.TooLarge;

        public static Cell Of(Percent? percent) => percent is { } share ? new Cell(CellKind.Percent, SwedishFormat.Percent(share), share.Value) : Empty;

        public static Cell Of(YearRange? years) => years is { } range
            ? range.Length == 1 ? Year(range.Start) : new Cell(CellKind.Years, SwedishFormat.Years(range), null, range.Start, range.End)
            : Empty;

        public static Cell Of(PlanDate? date) => date is { } day ? new Cell(CellKind.Date, SwedishFormat.Date(day)) : Empty;

        public static Cell Number(decimal value) => new(CellKind.Number, SwedishFormat.Number(value), value);

        public static Cell Year(int year) => new(CellKind.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), year);
    }
}
