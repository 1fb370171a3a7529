using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Syntax
{
    /// <summary>A name: letters, digits, '_' and '-', in segments joined by '.', e.g. <c>Kluk</c>, <c>1.1</c>, <c>VästerbottenRSP.1.1</c>.</summary>
    public sealed record NameSyntax(string Text, TextSpan Span) : SyntaxNode(Span)
    {
        public override string ToString() => Text;
    }

    /// <summary>A value written in a statement. The binder checks that it has the type the position expects.</summary>
    public abstract record ValueSyntax(TextSpan Span) : SyntaxNode(Span);

    /// <summary>A string literal, with its escapes resolved.</summary>
    public sealed record StringSyntax(string Value, TextSpan Span) : ValueSyntax(Span);

    /// <summary>
    /// A number with an optional unit (<c>kr</c>, <c>km</c>, <c>%</c>, <c>h/week</c>, <c>years</c> …) and an optional
    /// "per year" rate, e.g. <c>50 000 kr</c>, <c>400 000 kr/year</c>, <c>15 per year</c>, <c>2018</c>.
    /// </summary>
    public sealed record QuantitySyntax(decimal Value, string Digits, string? Unit, bool PerYear, TextSpan Span) : ValueSyntax(Span)
    {
        public bool IsWholeNumber => Value == decimal.Truncate(Value) && Digits.IndexOfAny(new[] { ',', '.' }) < 0;
    }

    /// <summary>An explicit year range, e.g. <c>2023..2030</c> or <c>2014–2020</c>.</summary>
    public sealed record YearRangeSyntax(int Start, int End, TextSpan Span) : ValueSyntax(Span);

    /// <summary>A date, e.g. <c>2012-01-12</c> (validated by the binder).</summary>
    public sealed record DateSyntax(int Year, int Month, int Day, TextSpan Span) : ValueSyntax(Span);

    /// <summary>A day of the year, e.g. <c>01-31</c> (validated by the binder).</summary>
    public sealed record MonthDaySyntax(int Month, int Day, TextSpan Span) : ValueSyntax(Span);

    /// <summary>One or more names separated by commas, e.g. <c>groceries, fuel</c> or <c>VästerbottenRSP.3.1–3.3</c>.</summary>
    public sealed record ReferenceListSyntax(ValueList<ReferenceSyntax> Items, TextSpan Span) : ValueSyntax(Span);

    /// <summary>A name, or a range of names <c>first..last</c>.</summary>
    public sealed record ReferenceSyntax(NameSyntax Start, NameSyntax? End, TextSpan Span) : SyntaxNode(Span)
    {
        public bool IsRange => End is not null;

        public override string ToString() => End is null ? Start.Text : Start.Text + ".." + End.Text;
    }

    /// <summary>A comparison written before a value: <c>at least</c>, <c>more than</c>, <c>&gt;=</c> …</summary>
    public sealed record ComparisonSyntax(Comparison Value, TextSpan Span) : SyntaxNode(Span);
}
