using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP1005–SP1007, SP1026, SP1027: ranges of years and of names, dates, and the years a plan runs. The range or date is quoted as written.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP1005: the year range <paramref name="range"/> ends before it starts.</summary>
        public static DiagnosticMessage YearRangeEndsBeforeStart(string range, int start, int end) =>
            new(DiagnosticCatalog.InvalidYearRange, range, EndsBeforeStart(MessageText.Number(end) + ".." + MessageText.Number(start)));

        /// <summary>SP1006: a range of names where no range is allowed, in a list of names (<paramref name="inList"/>) or where one name is expected.</summary>
        public static DiagnosticMessage NameRangeNotAllowed(string range, bool inList) =>
            new(DiagnosticCatalog.InvalidNameRange, range,
                inList
                    ? Phrase.Of("a range of names is only allowed where goals are named (serves)", "ett intervall av namn är bara tillåtet där mål anges (serves)")
                    : Phrase.Of("a single name is expected here, not a range", "här väntas ett enda namn, inte ett intervall"));

        /// <summary>SP1006: the ends of <paramref name="range"/> differ in more than their last number; <paramref name="first"/> is its start, <paramref name="prefix"/> the parts before its last number.</summary>
        public static DiagnosticMessage NameRangeEndsDiffer(string range, string first, string prefix)
        {
            var example = $"{first}..{(prefix.Length > 0 ? prefix + "." : string.Empty)}9";
            return new(DiagnosticCatalog.InvalidNameRange, range,
                Phrase.Of($"both ends must differ only in their last number (e.g. {example})", $"ändarna får bara skilja sig åt i det sista talet (t.ex. {example})"));
        }

        /// <summary>SP1006: the last part of an end of <paramref name="range"/> is no number.</summary>
        public static DiagnosticMessage NameRangeNotNumbered(string range) =>
            new(DiagnosticCatalog.InvalidNameRange, range, Phrase.Of("the last part of both ends must be a number", "den sista delen av båda ändarna måste vara ett tal"));

        /// <summary>SP1006: <paramref name="range"/> ends before it starts: it is <paramref name="end"/>..<paramref name="start"/> the other way round.</summary>
        public static DiagnosticMessage NameRangeEndsBeforeStart(string range, string start, string end) =>
            new(DiagnosticCatalog.InvalidNameRange, range, EndsBeforeStart($"{end}..{start}"));

        /// <summary>SP1006: <paramref name="range"/> spans <paramref name="numbers"/> numbers, more than the <paramref name="declared"/> names <paramref name="plan"/> declares.</summary>
        public static DiagnosticMessage NameRangeTooLong(string range, long numbers, int declared, string plan) =>
            new(DiagnosticCatalog.InvalidNameRange, range,
                Phrase.Of(
                    $"it spans {MessageText.Number(numbers)} numbers, more than the {MessageText.Number(declared)} names plan {plan} declares; check its end",
                    $"det omfattar {MessageText.Number(numbers)} tal, fler än de {MessageText.Number(declared)} namn som planen {plan} deklarerar; kontrollera var det slutar"));

        /// <summary>SP1006: <paramref name="name"/>, within <paramref name="range"/>, is not declared in <paramref name="plan"/>.</summary>
        public static DiagnosticMessage NameInRangeUndeclared(string range, string name, string plan) =>
            new(DiagnosticCatalog.InvalidNameRange, range, Phrase.Of($"'{name}' is not declared in plan {plan}", $"'{name}' finns inte i planen {plan}"));

        /// <summary>SP1007: the month of <paramref name="date"/> is not 01 to 12.</summary>
        public static DiagnosticMessage InvalidMonth(string date) =>
            new(DiagnosticCatalog.InvalidDate, date, Phrase.Of("the month must be 01 to 12", "månaden måste vara 01–12"));

        /// <summary>SP1007: the day of <paramref name="date"/> is not 01 to <paramref name="daysInMonth"/>.</summary>
        public static DiagnosticMessage InvalidDay(string date, int daysInMonth)
        {
            var last = daysInMonth.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            return new(DiagnosticCatalog.InvalidDate, date, Phrase.Of($"the day must be 01 to {last} in that month", $"dagen måste vara 01–{last} i den månaden"));
        }

        /// <summary>SP1007: <paramref name="day"/> is no day of the year (month-day).</summary>
        public static DiagnosticMessage InvalidDayOfYear(string day) =>
            new(DiagnosticCatalog.InvalidDate, day, Phrase.Of("write the month (01–12), '-', and a day of that month", "skriv månaden (01–12), '-' och en dag i den månaden"));

        /// <summary>SP1026: <c>extended-to <paramref name="year"/></c> does not come after the plan's <paramref name="period"/> (or the plan states none).</summary>
        public static DiagnosticMessage ExtensionNotAfterPeriod(int year, YearRange? period)
        {
            if (period is { } years)
            {
                var end = MessageText.Number(years.End);
                return new(DiagnosticCatalog.ExtensionNotAfterPeriod, MessageText.Number(year),
                    Phrase.Of($"does not extend the period {years}, which already runs to {end}", $"förlänger inte giltighetstiden {years}, som redan sträcker sig till {end}"),
                    Phrase.Of($"write a year after {end}, or remove the statement", $"skriv ett år efter {end}, eller ta bort satsen"));
            }

            return new(DiagnosticCatalog.ExtensionNotAfterPeriod, MessageText.Number(year),
                Phrase.Of("extends a period the plan does not state", "förlänger en giltighetstid som planen inte anger"),
                Phrase.Of("add the decided period (e.g. period 2019..2022)", "lägg till den beslutade giltighetstiden (t.ex. 'period 2019..2022')"));
        }

        /// <summary>SP1027: the action plan's <paramref name="years"/> reach outside the years the plan <paramref name="runs"/> (its period, as extended).</summary>
        public static DiagnosticMessage ActionPlanOutsidePeriod(YearRange years, YearRange runs) =>
            new(DiagnosticCatalog.ActionPlanOutsidePeriod, years.ToString(), runs.ToString(),
                Phrase.Of("the action plan is part of the plan: correct its years or the plan's period", "handlingsplanen är en del av planen: rätta dess år eller planens giltighetstid"));

        /// <summary>"it ends before it starts; write <paramref name="reversed"/>".</summary>
        private static Phrase EndsBeforeStart(string reversed) =>
            Phrase.Of($"it ends before it starts; write {reversed}", $"det slutar innan det börjar; skriv {reversed}");
    }
}
