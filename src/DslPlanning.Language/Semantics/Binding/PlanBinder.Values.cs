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

            Mismatch(value, Phrase.Of("a year", "ett år"), "2024");
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
                    Mismatch(value, Phrase.Of("a year or year range", "ett år eller årsintervall"), "2023..2030");
                    return null;
            }
        }

        private PlanDate? Date(ValueSyntax? value)
        {
            if (value is not DateSyntax date)
            {
                Mismatch(value, Phrase.Of("a date", "ett datum"), "2023-03-01");
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
                Mismatch(value, Phrase.Of("a day of the year (month-day)", "en dag på året (månad-dag)"), "01-31");
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

            Mismatch(value, Phrase.Of("an amount in kr", "ett belopp i kr"), "50 000 kr");
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
            Number(value, "km", QuantityUnit.Kilometres, Phrase.Of("a distance in km", "ett avstånd i km"), "12 km") is { } kilometres ? new Distance(kilometres) : null;

        private Percent? Percent(ValueSyntax? value) =>
            Number(value, "%", QuantityUnit.Percent, Phrase.Of("a percentage", "en procentsats"), "50 %") is { } percent ? new Percent(percent) : null;

        private WeeklyHours? Hours(ValueSyntax? value) =>
            Number(value, "h/week", QuantityUnit.HoursPerWeek, Phrase.Of("opening hours per week", "öppettid i timmar per vecka"), "45 h/week") is { } hours ? new WeeklyHours(hours) : null;

        private decimal? Count(ValueSyntax? value) => Number(value, null, QuantityUnit.Count, Phrase.Of("a number", "ett tal"), "40");

        /// <summary>A whole count; its bound is below <see cref="int.MaxValue"/>, so it fits an int.</summary>
        private int? WholeCount(ValueSyntax? value)
        {
            if (value is QuantitySyntax { Unit: null, PerYear: false } quantity && quantity.IsWholeNumber)
            {
                return WithinBounds(quantity, QuantityUnit.Count) ? (int)quantity.Value : null;
            }

            return MismatchNull<int>(value, Phrase.Of("a whole number", "ett heltal"), "1 400");
        }

        /// <summary>A number with <paramref name="unit"/> (and no rate) within the bound of <paramref name="bound"/>.</summary>
        private decimal? Number(ValueSyntax? value, string? unit, QuantityUnit bound, Phrase expected, string example)
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
                return MismatchNull<Quantity>(value, Phrase.Of("a value (a number, an amount, a percentage …)", "ett värde (ett tal, ett belopp, en procentsats …)"), "80 %");
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

            Mismatch(value, Phrase.Of("a text in quotes", "en text inom citattecken"), "\"…\"");
            return null;
        }

        /// <summary>The names of a name list, for positions that take plain words (priorities, services).</summary>
        private IEnumerable<NameSyntax> NameList(ValueSyntax? value, Phrase expected, string example)
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
            NameList(value, Phrase.Of("names", "namn"), "high, medium, low").Select(name => name.Text);

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
            NameList(value, Phrase.Of(vocabulary.Category.English + " words", "ord av typen " + vocabulary.Category.Swedish), example)
                .Select(name => Word(name, vocabulary))
                .Where(word => word.HasValue)
                .Select(word => word!.Value)
                .ToList();

        private T? MismatchNull<T>(ValueSyntax? value, Phrase expected, string example) where T : struct
        {
            Mismatch(value, expected, example);
            return null;
        }

        private void Mismatch(SyntaxNode? value, Phrase expected, string example)
        {
            if (value is null)
            {
                return;
            }

            Report(value.Span, Diagnose.UnitMismatch(expected, found: Describe(value), example));
        }

        /// <summary>How a value is named in messages: "the amount 28 kr" / "beloppet 28 kr", "the year range 2023..2030" / "årsintervallet 2023..2030" …</summary>
        private Phrase Describe(SyntaxNode value)
        {
            var text = _source.ToString(value.Span);
            return value switch
            {
                QuantitySyntax { Unit: "kr" } => Phrase.Of("the amount ", "beloppet ") + text,
                QuantitySyntax { Unit: "km" } => Phrase.Of("the distance ", "avståndet ") + text,
                QuantitySyntax { Unit: "%" } => Phrase.Of("the percentage ", "procentsatsen ") + text,
                QuantitySyntax { Unit: "h/week" } => Phrase.Of("the opening hours ", "öppettiden ") + text,
                QuantitySyntax { Unit: "years" } => Phrase.Of("the duration ", "tiden ") + text,
                QuantitySyntax => Phrase.Of("the number ", "talet ") + text,
                YearRangeSyntax => Phrase.Of("the year range ", "årsintervallet ") + text,
                DateSyntax => Phrase.Of("the date ", "datumet ") + text,
                MonthDaySyntax => Phrase.Of("the day ", "dagen ") + text,
                StringSyntax => Phrase.Of("a text in quotes", "en text inom citattecken"),
                ReferenceListSyntax list when list.Items.Count == 1 => Phrase.Of("the name '", "namnet '") + text + "'",
                ReferenceListSyntax => Phrase.Of("the names ", "namnen ") + text,
                _ => "'" + text + "'",
            };
        }

        private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
