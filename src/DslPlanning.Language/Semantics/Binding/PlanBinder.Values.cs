using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>Typed values: each conversion reports SP1004 with what was expected, what was found and an example.</summary>
    internal sealed partial class PlanBinder
    {
        private int? Year(ValueSyntax? value)
        {
            if (value is QuantitySyntax { Unit: null, PerYear: false } quantity && quantity.IsWholeNumber && quantity.Digits.Length == 4)
            {
                return WithinBounds((int)quantity.Value, quantity.Span) ? (int)quantity.Value : null;
            }

            Mismatch(value, "a year", "2024");
            return null;
        }

        private YearRange? Years(ValueSyntax? value)
        {
            switch (value)
            {
                case YearRangeSyntax range:
                    // Each year of the range is four digits: the first at its start, the last at its end.
                    var startInBounds = WithinBounds(range.Start, new TextSpan(range.Span.Start, 4));
                    if (!WithinBounds(range.End, TextSpan.FromBounds(range.Span.End - 4, range.Span.End)) || !startInBounds)
                    {
                        return null;
                    }

                    if (range.End < range.Start)
                    {
                        Report(range.Span, Diagnose.YearRangeEndsBeforeStart(_source.ToString(range.Span), range.Start, range.End));
                        return null;
                    }

                    return new YearRange(range.Start, range.End);
                case QuantitySyntax { Unit: null, PerYear: false } quantity when quantity.IsWholeNumber && quantity.Digits.Length == 4:
                    return Year(quantity) is { } year ? YearRange.Single(year) : null;
                default:
                    Mismatch(value, "a year or year range", "2023..2030");
                    return null;
            }
        }

        private PlanDate? Date(ValueSyntax? value)
        {
            if (value is not DateSyntax date)
            {
                Mismatch(value, "a date", "2023-03-01");
                return null;
            }

            if (!WithinBounds(date.Year, new TextSpan(date.Span.Start, 4)))
            {
                return null;
            }

            if (date.Month < 1 || date.Month > 12)
            {
                Report(date.Span, Diagnose.InvalidMonth(_source.ToString(date.Span)));
                return null;
            }

            var days = DateTime.DaysInMonth(date.Year, date.Month);
            if (date.Day < 1 || date.Day > days)
            {
                Report(date.Span, Diagnose.InvalidDay(_source.ToString(date.Span), daysInMonth: days));
                return null;
            }

            return new PlanDate(date.Year, date.Month, date.Day);
        }

        private MonthDay? DayOfYear(ValueSyntax value)
        {
            if (value is not MonthDaySyntax day)
            {
                Mismatch(value, "a day of the year (month-day)", "01-31");
                return null;
            }

            if (day.Month < 1 || day.Month > 12 || day.Day < 1 || day.Day > DateTime.DaysInMonth(2000, day.Month))
            {
                Report(day.Span, Diagnose.InvalidDayOfYear(_source.ToString(day.Span)));
                return null;
            }

            return new MonthDay(day.Month, day.Day);
        }

        private Money? Money(ValueSyntax? value, out bool perYear)
        {
            perYear = false;
            if (value is QuantitySyntax { Unit: "kr" } quantity)
            {
                perYear = quantity.PerYear;
                return WithinBounds(quantity, QuantityUnit.Kronor) ? new Money(quantity.Value) : null;
            }

            Mismatch(value, "an amount in kr", "50 000 kr");
            return null;
        }

        private Money? Money(ValueSyntax? value)
        {
            var money = Money(value, out var perYear);
            if (money is not null && perYear)
            {
                Report(value!.Span, Diagnose.PerYearOnAmount());
            }

            return money;
        }

        private Distance? Distance(ValueSyntax? value) =>
            Number(value, "km", QuantityUnit.Kilometres, "a distance in km", "12 km") is { } kilometres ? new Distance(kilometres) : null;

        private Percent? Percent(ValueSyntax? value) =>
            Number(value, "%", QuantityUnit.Percent, "a percentage", "50 %") is { } percent ? new Percent(percent) : null;

        private WeeklyHours? Hours(ValueSyntax? value) =>
            Number(value, "h/week", QuantityUnit.HoursPerWeek, "opening hours per week", "45 h/week") is { } hours ? new WeeklyHours(hours) : null;

        private decimal? Count(ValueSyntax? value) => Number(value, null, QuantityUnit.Count, "a number", "40");

        /// <summary>A whole count; its bound is below <see cref="int.MaxValue"/>, so it fits an int.</summary>
        private int? WholeCount(ValueSyntax? value)
        {
            if (value is QuantitySyntax { Unit: null, PerYear: false } quantity && quantity.IsWholeNumber)
            {
                return WithinBounds(quantity, QuantityUnit.Count) ? (int)quantity.Value : null;
            }

            return MismatchNull<int>(value, "a whole number", "1 400");
        }

        /// <summary>A number with <paramref name="unit"/> (and no rate) within the bound of <paramref name="bound"/>.</summary>
        private decimal? Number(ValueSyntax? value, string? unit, QuantityUnit bound, string expected, string example)
        {
            if (value is QuantitySyntax { PerYear: false } quantity && quantity.Unit == unit)
            {
                return WithinBounds(quantity, bound) ? quantity.Value : null;
            }

            return MismatchNull<decimal>(value, expected, example);
        }

        /// <summary>
        /// Whether a number lies within the bound of its unit (<see cref="NumberBounds"/>); one beyond it is reported
        /// (SP1021) and not bound, so no figure computed from the plan comes near decimal's range.
        /// </summary>
        private bool WithinBounds(QuantitySyntax quantity, QuantityUnit unit)
        {
            if (NumberBounds.Contains(unit, quantity.Value))
            {
                return true;
            }

            Report(quantity.Span, Diagnose.NumberOutOfRange(_source.ToString(quantity.Span), unit));
            return false;
        }

        /// <summary>Whether a calendar year lies within the bounds (<see cref="NumberBounds.FirstYear"/> to <see cref="NumberBounds.LastYear"/>); else SP1021.</summary>
        private bool WithinBounds(int year, TextSpan span)
        {
            if (NumberBounds.ContainsYear(year))
            {
                return true;
            }

            Report(span, Diagnose.YearOutOfRange(_source.ToString(span)));
            return false;
        }

        /// <summary>Any number with a unit: the value of an indicator.</summary>
        private Quantity? Measure(ValueSyntax? value)
        {
            if (value is not QuantitySyntax quantity)
            {
                return MismatchNull<Quantity>(value, "a value (a number, an amount, a percentage …)", "80 %");
            }

            var unit = quantity.Unit switch
            {
                "kr" => QuantityUnit.Kronor,
                "km" => QuantityUnit.Kilometres,
                "%" => QuantityUnit.Percent,
                "h/week" => QuantityUnit.HoursPerWeek,
                "years" => QuantityUnit.Years,
                _ => QuantityUnit.Count,
            };
            return WithinBounds(quantity, unit) ? new Quantity(quantity.Value, unit, quantity.PerYear) : null;
        }

        private string? Text(ValueSyntax? value)
        {
            if (value is StringSyntax text)
            {
                return text.Value;
            }

            Mismatch(value, "a text in quotes", "\"…\"");
            return null;
        }

        /// <summary>The names of a name list, for positions that take plain words (priorities, services).</summary>
        private IEnumerable<NameSyntax> NameList(ValueSyntax? value, string expected, string example)
        {
            if (value is not ReferenceListSyntax list)
            {
                Mismatch(value, expected, example);
                return Enumerable.Empty<NameSyntax>();
            }

            var names = new List<NameSyntax>();
            foreach (var item in list.Items)
            {
                if (item.End is not null)
                {
                    Report(item.Span, Diagnose.NameRangeNotAllowed(item.ToString(), inList: true));
                }

                names.Add(item.Start);
            }

            return names;
        }

        private IEnumerable<string> SimpleNames(ValueSyntax? value) =>
            NameList(value, "names", "high, medium, low").Select(name => name.Text);

        /// <summary>A word of a closed vocabulary; unknown words are reported with the words allowed.</summary>
        private T? Word<T>(NameSyntax word, Vocabulary<T> vocabulary) where T : struct
        {
            if (vocabulary.TryGet(word.Text, out var value))
            {
                return value;
            }

            Report(word.Span, Diagnose.UnknownWord(vocabulary.Category, word.Text, didYouMean: Suggestions.Closest(word.Text, vocabulary.Words), vocabulary.Words));
            return null;
        }

        private IEnumerable<T> Words<T>(ValueSyntax? value, Vocabulary<T> vocabulary, string example) where T : struct =>
            NameList(value, vocabulary.Category + " words", example)
                .Select(name => Word(name, vocabulary))
                .Where(word => word.HasValue)
                .Select(word => word!.Value)
                .ToList();

        private T? MismatchNull<T>(ValueSyntax? value, string expected, string example) where T : struct
        {
            Mismatch(value, expected, example);
            return null;
        }

        private void Mismatch(SyntaxNode? value, string expected, string example)
        {
            if (value is null)
            {
                return;
            }

            Report(value.Span, Diagnose.UnitMismatch(expected, found: Describe(value), example));
        }

        /// <summary>How a value is named in messages: "the amount 28 kr", "the year range 2023..2030" …</summary>
        private string Describe(SyntaxNode value)
        {
            var text = _source.ToString(value.Span);
            return value switch
            {
                QuantitySyntax { Unit: "kr" } => "the amount " + text,
                QuantitySyntax { Unit: "km" } => "the distance " + text,
                QuantitySyntax { Unit: "%" } => "the percentage " + text,
                QuantitySyntax { Unit: "h/week" } => "the opening hours " + text,
                QuantitySyntax { Unit: "years" } => "the duration " + text,
                QuantitySyntax => "the number " + text,
                YearRangeSyntax => "the year range " + text,
                DateSyntax => "the date " + text,
                MonthDaySyntax => "the day " + text,
                StringSyntax => "a text in quotes",
                ReferenceListSyntax list when list.Items.Count == 1 => "the name '" + text + "'",
                ReferenceListSyntax => "the names " + text,
                _ => "'" + text + "'",
            };
        }

        private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
