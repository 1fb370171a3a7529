namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP1022–SP1025: a statement that lacks a part it needs, or has a part it cannot take (formerly SP1015).</summary>
    public static partial class Diagnose
    {
        /// <summary>SP1022: <c>progress</c> without the year it was recorded.</summary>
        public static DiagnosticMessage ProgressWithoutYear() =>
            new(DiagnosticCatalog.ValueMissing, "progress", "the year it was recorded", "write e.g. progress 50 % in 2018");

        /// <summary>SP1022: <paramref name="fact"/> without its value, <paramref name="expected"/> ("an amount in kr (e.g. 120 000 kr)").</summary>
        public static DiagnosticMessage FactWithoutValue(string fact, string expected) =>
            new(DiagnosticCatalog.ValueMissing, fact, "a value: " + expected, $"write it after '{fact}'");

        /// <summary>SP1023: a year on <paramref name="measure"/> (<c>completion</c>), whose action's period says when.</summary>
        public static DiagnosticMessage YearOnMeasure(string measure) =>
            new(DiagnosticCatalog.PartNotAllowed, "A year", $"'{measure}'", "the action's period says when, so remove the year");

        /// <summary>SP1023: a note on <paramref name="measure"/>.</summary>
        public static DiagnosticMessage NoteOnMeasure(string measure) =>
            new(DiagnosticCatalog.PartNotAllowed, "A note", $"'{measure}'", "write it as a statement of its own: note \"…\"");

        /// <summary>SP1023: <c>per year</c> on an amount that is stated once.</summary>
        public static DiagnosticMessage PerYearOnAmount() =>
            new(DiagnosticCatalog.PartNotAllowed, "'per year'", "this amount", "write the amount alone (e.g. 120 000 kr)");

        /// <summary>SP1023: a value after the flag <paramref name="fact"/>.</summary>
        public static DiagnosticMessage ValueOnFlag(string fact) =>
            new(DiagnosticCatalog.PartNotAllowed, "A value", $"'{fact}', which is a flag", "remove the value");

        /// <summary>SP1023: a comparison on <paramref name="fact"/>, which states a value.</summary>
        public static DiagnosticMessage ComparisonOnFact(string fact) =>
            new(DiagnosticCatalog.PartNotAllowed, "A comparison", $"the fact '{fact}'", "comparisons belong to targets and scheme terms, so write the value alone");

        /// <summary>SP1023: a condition on <paramref name="fact"/>.</summary>
        public static DiagnosticMessage ConditionOnFact(string fact) =>
            new(DiagnosticCatalog.PartNotAllowed, "A condition", $"the fact '{fact}'", "conditions belong to scheme terms, so remove it");

        /// <summary>SP1023: a baseline or target on a plan's <c>indicator</c>.</summary>
        public static DiagnosticMessage ValuesOnPlanIndicator() =>
            new(DiagnosticCatalog.PartNotAllowed, "A baseline or target", "the plan's 'indicator', which is a text only",
                "baselines and targets belong to goals (goal … { indicator \"…\" baseline … target … })");

        /// <summary>SP1023: <c>in &lt;years&gt;</c> on a funder before any <c>budget</c>.</summary>
        public static DiagnosticMessage YearsWithoutBudget() =>
            new(DiagnosticCatalog.PartNotAllowed, "'in'", "a funder without a budget before it", "write 'budget <amount> in <years>'");

        /// <summary>SP1024: <paramref name="unit"/> ("per place") given twice in a cost or funding source.</summary>
        public static DiagnosticMessage UnitGivenTwice(string unit) => new(DiagnosticCatalog.UnitGivenTwice, unit);

        /// <summary>SP1025: <paramref name="keyword"/> names one <paramref name="kind"/>, but <paramref name="count"/> are given.</summary>
        public static DiagnosticMessage MoreThanOneName(string keyword, string kind, int count) =>
            new(DiagnosticCatalog.MoreThanOneName, keyword, kind, MessageText.Number(count));
    }
}
