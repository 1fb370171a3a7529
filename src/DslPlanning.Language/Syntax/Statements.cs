using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Syntax
{
    /// <summary>A statement: one line, or a declaration with a block. <see cref="Keyword"/> is its first word.</summary>
    public abstract record StatementSyntax(NameSyntax Keyword, TextSpan Span) : SyntaxNode(Span);

    /// <summary>A plan declaration: <c>municipal plan Krokom "title" { … }</c>.</summary>
    public sealed record PlanSyntax(NameSyntax Keyword, NameSyntax Name, StringSyntax? Title, ValueList<StatementSyntax> Body, TextSpan Span)
        : StatementSyntax(Keyword, Span);

    /// <summary>A declaration of a named element with an optional block: <c>area</c>, <c>goal</c>, <c>action</c>, <c>place</c> …</summary>
    /// <remarks>
    /// <see cref="Word"/> is the optional word after the title (a kind: <c>municipality</c>, <c>result</c> …);
    /// <see cref="Clauses"/> are the header clauses such as <c>priority 1</c>, <c>serves X</c>, <c>level 3</c>, <c>budget …</c>, <c>in 2024</c>, <c>for Kluk</c>.
    /// </remarks>
    public sealed record DeclarationSyntax(
        NameSyntax Keyword,
        NameSyntax Name,
        StringSyntax? Title,
        NameSyntax? Word,
        ValueList<ClauseSyntax> Clauses,
        ValueList<StatementSyntax> Body,
        TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary>A header clause: a keyword and its value, e.g. <c>priority 1</c>, <c>serves G1, G2</c>.</summary>
    public sealed record ClauseSyntax(NameSyntax Keyword, ValueSyntax? Value, ComparisonSyntax? Comparison, TextSpan Span) : SyntaxNode(Span);

    /// <summary>A statement whose whole content is one value: <c>period 2023..2030</c>, <c>owner X</c>, <c>note "…"</c>, <c>island</c>.</summary>
    public sealed record ValueStatementSyntax(NameSyntax Keyword, ValueSyntax? Value, TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary><c>review yearly</c> or <c>review every 2 years</c>; <see cref="Interval"/> is null for yearly.</summary>
    public sealed record ReviewSyntax(NameSyntax Keyword, NameSyntax Frequency, QuantitySyntax? Interval, TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary><c>report to X yearly by 01-31 from 2015</c>.</summary>
    public sealed record ReportSyntax(
        NameSyntax Keyword,
        ReferenceSyntax To,
        NameSyntax? Frequency,
        QuantitySyntax? Interval,
        ValueSyntax? By,
        ValueSyntax? From,
        TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary><c>budget 400 000 kr per year in 2023..2030</c>.</summary>
    public sealed record BudgetSyntax(NameSyntax Keyword, ValueSyntax Amount, ValueSyntax? Years, TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary>A statement of named facts: <c>store "name" turnover 3 200 000 kr, articles 1 400, year-round</c> or <c>nearest groceries 28 km</c>.</summary>
    public sealed record FactListSyntax(NameSyntax Keyword, StringSyntax? Title, ValueList<FactSyntax> Facts, TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary>A fact: a name with an optional comparison, value and condition, e.g. <c>turnover 3 200 000 kr</c>, <c>amount at most 250 000 kr per year "…"</c>.</summary>
    public sealed record FactSyntax(NameSyntax Name, ComparisonSyntax? Comparison, ValueSyntax? Value, StringSyntax? Condition, TextSpan Span) : SyntaxNode(Span);

    /// <summary>A fact written as a statement of its own, in a <c>subsidy</c> or <c>scheme</c> block.</summary>
    public sealed record FactStatementSyntax(NameSyntax Keyword, FactSyntax Fact, TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary><c>indicator "…" baseline 1 in 2023 target 3 in 2026</c>.</summary>
    public sealed record IndicatorSyntax(NameSyntax Keyword, StringSyntax Text, MeasureSyntax? Baseline, MeasureSyntax? Target, TextSpan Span)
        : StatementSyntax(Keyword, Span);

    /// <summary>
    /// A measured or targeted value: <c>baseline 1 in 2023</c>, <c>target at least 80 % in 2015</c>,
    /// <c>actual 83 % in 2015 "note"</c>, <c>progress 50 % in 2018</c>, <c>completion &gt; 50 %</c>.
    /// </summary>
    public sealed record MeasureSyntax(
        NameSyntax Keyword,
        ComparisonSyntax? Comparison,
        ValueSyntax Value,
        ValueSyntax? Year,
        StringSyntax? Note,
        TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary><c>cost at most 50 000 kr per place per year, 600 deliveries per year in 2024</c>.</summary>
    public sealed record CostSyntax(
        NameSyntax Keyword,
        ComparisonSyntax? Bound,
        ValueSyntax Amount,
        ValueList<NameSyntax> Per,
        VolumeSyntax? Volume,
        ValueSyntax? Years,
        TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary>The volume clause of a cost: <c>600 deliveries per year</c>.</summary>
    public sealed record VolumeSyntax(ValueSyntax Count, NameSyntax Unit, bool PerYear, TextSpan Span) : SyntaxNode(Span);

    /// <summary><c>funding Kommunstyrelsen 50 %, RegionJH 50 %</c>.</summary>
    public sealed record FundingSyntax(NameSyntax Keyword, ValueList<FundingItemSyntax> Items, TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary>One funding source: <c>RegionJH 50 %</c>, <c>Kommunen 100 kr per delivery in 2024</c>, <c>Anslag11</c>.</summary>
    public sealed record FundingItemSyntax(ReferenceSyntax Funder, ValueList<ValueSyntax> Values, ValueList<NameSyntax> Per, ValueSyntax? Years, TextSpan Span)
        : SyntaxNode(Span);

    /// <summary><c>exception SP4012 "särskilda skäl: …"</c>.</summary>
    public sealed record ExceptionSyntax(NameSyntax Keyword, NameSyntax RuleId, StringSyntax Reason, TextSpan Span) : StatementSyntax(Keyword, Span);

    /// <summary>A statement that could not be parsed; the parser reported a diagnostic and went on with the next one.</summary>
    public sealed record ErrorStatementSyntax(NameSyntax Keyword, TextSpan Span) : StatementSyntax(Keyword, Span);
}
