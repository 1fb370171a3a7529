using DslPlanning.Model;
namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP1022–SP1025: a statement that lacks a part it needs, or has a part it cannot take (formerly SP1015).</summary>
    public static partial class Diagnose
    {
        /// <summary>SP1022: <c>progress</c> without the year it was recorded.</summary>
        public static DiagnosticMessage ProgressWithoutYear() =>
            new(DiagnosticCatalog.ValueMissing, "progress", Phrase.Of("the year it was recorded", "året då uppgiften registrerades"),
                Phrase.Of("write e.g. progress 50 % in 2018", "skriv t.ex. 'progress 50 % in 2018'"));

        /// <summary>SP1022: <paramref name="fact"/> without its value, <paramref name="expected"/> ("an amount in kr (e.g. 120 000 kr)" / "ett belopp i kr (t.ex. 120 000 kr)").</summary>
        public static DiagnosticMessage FactWithoutValue(string fact, Phrase expected) =>
            new(DiagnosticCatalog.ValueMissing, fact, Phrase.Of("a value: ", "ett värde: ") + expected, Phrase.Of($"write it after '{fact}'", $"skriv det efter '{fact}'"));

        /// <summary>SP1023: a year on <paramref name="measure"/> (<c>completion</c>), whose action's period says when.</summary>
        public static DiagnosticMessage YearOnMeasure(string measure) =>
            new(DiagnosticCatalog.PartNotAllowed, Phrase.Of("A year", "Ett år"), $"'{measure}'",
                Phrase.Of("the action's period says when, so remove the year", "åtgärdens period anger när, så ta bort året"));

        /// <summary>SP1023: a note on <paramref name="measure"/>.</summary>
        public static DiagnosticMessage NoteOnMeasure(string measure) =>
            new(DiagnosticCatalog.PartNotAllowed, Phrase.Of("A note", "En anteckning"), $"'{measure}'",
                Phrase.Of("write it as a statement of its own: note \"…\"", "skriv den som en egen sats: 'note \"…\"'"));

        /// <summary>SP1023: <c>per year</c> on an amount that is stated once.</summary>
        public static DiagnosticMessage PerYearOnAmount() =>
            new(DiagnosticCatalog.PartNotAllowed, "'per year'", Phrase.Of("this amount", "det här beloppet"),
                Phrase.Of("write the amount alone (e.g. 120 000 kr)", "skriv bara beloppet (t.ex. 120 000 kr)"));

        /// <summary>SP1023: a value after the flag <paramref name="fact"/>.</summary>
        public static DiagnosticMessage ValueOnFlag(string fact) =>
            new(DiagnosticCatalog.PartNotAllowed, Phrase.Of("A value", "Ett värde"), Phrase.Of($"'{fact}', which is a flag", $"'{fact}', som är en flagga"),
                Phrase.Of("remove the value", "ta bort värdet"));

        /// <summary>SP1023: a comparison on <paramref name="fact"/>, which states a value.</summary>
        public static DiagnosticMessage ComparisonOnFact(string fact) =>
            new(DiagnosticCatalog.PartNotAllowed, Phrase.Of("A comparison", "En jämförelse"), Phrase.Of($"the fact '{fact}'", $"uppgiften '{fact}'"),
                Phrase.Of("comparisons belong to targets and scheme terms, so write the value alone", "jämförelser hör till målvärden och villkor i stödformer, så skriv bara värdet"));

        /// <summary>SP1023: a condition on <paramref name="fact"/>.</summary>
        public static DiagnosticMessage ConditionOnFact(string fact) =>
            new(DiagnosticCatalog.PartNotAllowed, Phrase.Of("A condition", "Ett villkor"), Phrase.Of($"the fact '{fact}'", $"uppgiften '{fact}'"),
                Phrase.Of("conditions belong to scheme terms, so remove it", "villkor hör till villkoren i stödformer, så ta bort det"));

        /// <summary>SP1023: a baseline or target on a plan's <c>indicator</c>.</summary>
        public static DiagnosticMessage ValuesOnPlanIndicator() =>
            new(DiagnosticCatalog.PartNotAllowed, Phrase.Of("A baseline or target", "Ett utgångsläge eller målvärde"),
                Phrase.Of("the plan's 'indicator', which is a text only", "planens 'indicator', som bara är en text"),
                Phrase.Of("baselines and targets belong to goals (goal … { indicator \"…\" baseline … target … })", "utgångslägen och målvärden hör till mål ('goal … { indicator \"…\" baseline … target … }')"));

        /// <summary>SP1023: <c>in &lt;years&gt;</c> on a funder before any <c>budget</c>.</summary>
        public static DiagnosticMessage YearsWithoutBudget() =>
            new(DiagnosticCatalog.PartNotAllowed, "'in'", Phrase.Of("a funder without a budget before it", "en finansiär utan en föregående budget"),
                Phrase.Of("write 'budget <amount> in <years>'", "skriv 'budget <belopp> in <år>'"));

        /// <summary>SP1024: <paramref name="unit"/> ("per place") given twice in a cost or funding source.</summary>
        public static DiagnosticMessage UnitGivenTwice(string unit) => new(DiagnosticCatalog.UnitGivenTwice, unit);

        /// <summary>SP1025: <paramref name="keyword"/> names one <paramref name="kind"/>, but <paramref name="count"/> are given.</summary>
        /// <param name="kind">"actor" / "en enda aktör" (<see cref="Semantics.KindNouns.One"/>).</param>
        public static DiagnosticMessage MoreThanOneName(string keyword, Phrase kind, int count) =>
            new(DiagnosticCatalog.MoreThanOneName, keyword, kind, MessageText.Number(count));
    }
}
