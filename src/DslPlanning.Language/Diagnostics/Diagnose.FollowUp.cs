using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP5xxx: goals and follow-up.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP5001: no action serves <paramref name="goal"/> (<paramref name="title"/>, or its name).</summary>
        public static DiagnosticMessage GoalNotServed(string goal, string title) => new(DiagnosticCatalog.GoalNotServed, goal, title);

        /// <summary>SP5002: no plan compiled together serves <paramref name="goal"/> of <paramref name="plan"/>.</summary>
        public static DiagnosticMessage ProgrammeGoalNotServed(string goal, string plan, string title) =>
            new(DiagnosticCatalog.ProgrammeGoalNotServed, goal, plan, title);

        /// <summary>SP5003.</summary>
        public static DiagnosticMessage ActionServesNoGoal(string action) => new(DiagnosticCatalog.ActionServesNoGoal, action);

        /// <summary>SP5004: <paramref name="goal"/> of <paramref name="kind"/> has no target (nor an indicator, unless <paramref name="hasIndicator"/>).</summary>
        public static DiagnosticMessage GoalWithoutTarget(string goal, GoalKind kind, bool hasIndicator) =>
            new(DiagnosticCatalog.GoalWithoutTarget, goal,
                kind switch
                {
                    GoalKind.Output => Phrase.Of("an output goal (insatsmål)", "ett insatsmål ('output')"),
                    GoalKind.Result => Phrase.Of("a result goal (resultatmål)", "ett resultatmål ('result')"),
                    _ => Phrase.Of("an effect goal (effektmål)", "ett effektmål ('effect')"),
                },
                hasIndicator ? Phrase.Of("no target", "målvärde") : Phrase.Of("neither a target nor an indicator", "både målvärde och indikator"));

        /// <summary>SP5005.</summary>
        public static DiagnosticMessage GoalWithoutIndicator(string goal) => new(DiagnosticCatalog.GoalWithoutIndicator, goal);

        /// <summary>SP5006: the target of <paramref name="goal"/> is for <paramref name="year"/>, outside <paramref name="period"/>.</summary>
        public static DiagnosticMessage TargetOutsidePeriod(string goal, int year, YearRange period) =>
            new(DiagnosticCatalog.TargetOutsidePeriod, goal, MessageText.Number(year), period.ToString());

        /// <summary>SP5007: annual plan <paramref name="plan"/> covers <paramref name="period"/>, outside <paramref name="programmePeriod"/> of <paramref name="programme"/>.</summary>
        public static DiagnosticMessage AnnualPlanOutsideProgramme(string plan, YearRange period, YearRange programmePeriod, string programme) =>
            new(DiagnosticCatalog.AnnualPlanOutsideProgramme, plan, period.ToString(), programmePeriod.ToString(), programme);

        /// <summary>SP5008.</summary>
        public static DiagnosticMessage AnnualPlanNotOneYear(string plan, YearRange period) =>
            new(DiagnosticCatalog.AnnualPlanNotOneYear, plan, period.ToString());

        /// <summary>SP5009: the target completion (or, when <paramref name="recorded"/>, a recorded progress) of <paramref name="action"/> is <paramref name="value"/>.</summary>
        public static DiagnosticMessage CompletionOutOfRange(bool recorded, string action, Percent value) =>
            new(DiagnosticCatalog.CompletionOutOfRange, recorded
                    ? Phrase.Of("recorded progress", "Den registrerade genomförandegraden ('progress')")
                    : Phrase.Of("target completion", "Den planerade genomförandegraden ('completion')"), action, value.ToString());

        /// <summary>SP5010.</summary>
        public static DiagnosticMessage NoReviewSchedule(string plan) => new(DiagnosticCatalog.NoReviewSchedule, plan);

        /// <summary>SP5011: <paramref name="plan"/> covers <paramref name="period"/>, which ended before <paramref name="asOf"/>.</summary>
        public static DiagnosticMessage PlanNotCurrent(string plan, YearRange period, PlanDate asOf) =>
            new(DiagnosticCatalog.PlanNotCurrent, plan, period.ToString(), asOf.ToString());

        /// <summary>SP5012.</summary>
        public static DiagnosticMessage AnnualPlanWithoutProgramme(string plan) => new(DiagnosticCatalog.AnnualPlanWithoutProgramme, plan);

        /// <summary>SP5013.</summary>
        public static DiagnosticMessage PlanWithoutPeriod(string plan) => new(DiagnosticCatalog.PlanWithoutPeriod, plan);

        /// <summary>SP5014: planned or ongoing <paramref name="action"/> has no owner, nor has its area.</summary>
        public static DiagnosticMessage ActionWithoutOwner(string action, ActionStatus status) =>
            new(DiagnosticCatalog.ActionWithoutOwner, action, status == ActionStatus.Ongoing ? Phrase.Of("ongoing", "pågående") : Phrase.Of("planned", "planerad"));

        /// <summary>
        /// SP5015: <paramref name="action"/> of <paramref name="area"/> (which serves <paramref name="areaServes"/>) serves
        /// <paramref name="goal"/> of <paramref name="programme"/>'s area <paramref name="goalArea"/>.
        /// </summary>
        public static DiagnosticMessage ActionServesOtherArea(string action, string area, IEnumerable<string> areaServes, string goal, string programme, string goalArea) =>
            new(DiagnosticCatalog.ActionServesOtherArea, action, area, MessageText.AllOf(areaServes), goal, programme, goalArea);

        /// <summary>
        /// SP5016: <paramref name="what"/> (actor / aktör, funder / finansiär) <paramref name="name"/> has a title that
        /// differs from the one of <paramref name="otherName"/> on <paramref name="otherLine"/> only in case, spacing or
        /// punctuation (<paramref name="letters"/> 0) or by one or two letters. The English message opens with the first one
        /// ("Funder X"), the Swedish with <paramref name="both"/> (the funders, "Finansiärerna X och Y").
        /// </summary>
        public static DiagnosticMessage NearDuplicateNames(Phrase what, Phrase both, string name, string title, string otherName, string otherTitle, int otherLine, int letters) =>
            new(DiagnosticCatalog.NearDuplicateNames, Phrase.Of(MessageText.Capitalized(what.English), MessageText.Capitalized(both.Swedish)), name, title,
                otherName, otherTitle, MessageText.Number(otherLine),
                letters == 0
                    ? Phrase.Of("in case, spacing or punctuation", "i stora och små bokstäver, mellanslag eller skiljetecken")
                    : Phrase.Of("by ", "med ") + MessageText.Counted(letters, Phrase.Of("letter", "bokstav"), Phrase.Of("letters", "bokstäver")),
                what);

        /// <summary>SP5017: annual plan <paramref name="plan"/> for <paramref name="year"/> serves none of <paramref name="goals"/> of <paramref name="programme"/>.</summary>
        public static DiagnosticMessage ProgrammeGoalNotInAnnualPlan(string plan, YearRange year, string programme, IReadOnlyCollection<string> goals) =>
            new(DiagnosticCatalog.ProgrammeGoalNotInAnnualPlan, plan, year.ToString(), MessageText.Counted(goals.Count, Phrase.Of("goal", "mål"), Phrase.Of("goals", "mål")),
                programme, MessageText.AllOf(goals));

        /// <summary>SP5018: the actions of <paramref name="plan"/> end in <paramref name="actionsEnd"/>, its <paramref name="period"/> runs on past <paramref name="asOf"/>.</summary>
        public static DiagnosticMessage ActionPlanEnded(string plan, int actionsEnd, YearRange period, PlanDate asOf) =>
            new(DiagnosticCatalog.ActionPlanEnded, plan, MessageText.Number(actionsEnd), MessageText.Number(period.End), asOf.ToString(),
                new YearRange(asOf.Year, period.End).ToString());

        /// <summary>SP5019: municipal <paramref name="plan"/> follows nothing, while the regional <paramref name="programmes"/> of its years are compiled together with it.</summary>
        public static DiagnosticMessage MunicipalPlanWithoutProgramme(string plan, IReadOnlyList<string> programmes) =>
            new(DiagnosticCatalog.MunicipalPlanWithoutProgramme, plan,
                (programmes.Count == 1
                    ? Phrase.Of("regional programme ", "det regionala serviceprogrammet ")
                    : Phrase.Of("regional programmes ", "de regionala serviceprogrammen ")) + MessageText.AllOf(programmes),
                MessageText.Alternatives(programmes.Select(name => "'follows " + name + "'")));

        /// <summary>SP5020: the target (or, unless <paramref name="target"/>, the baseline) <paramref name="value"/> of <paramref name="goal"/> has no year.</summary>
        public static DiagnosticMessage MeasurementWithoutYear(bool target, string goal, Comparison comparison, Quantity value) =>
            new(DiagnosticCatalog.MeasurementWithoutYear, target ? Phrase.Of("target", "Målvärdet") : Phrase.Of("baseline", "Utgångsläget"), goal,
                MessageText.Compared(comparison, value),
                target
                    ? Phrase.Of("the year it is to be reached by", "det år då målvärdet ska vara nått")
                    : Phrase.Of("the year it was measured in", "det år då utgångsläget mättes"));

        /// <summary>SP5021: <paramref name="action"/> has the same <paramref name="title"/> as <paramref name="other"/> on <paramref name="otherLine"/>.</summary>
        public static DiagnosticMessage DuplicateActionTitle(string action, string other, int otherLine, string title) =>
            new(DiagnosticCatalog.DuplicateActionTitle, action, other, MessageText.Number(otherLine), title);
    }
}
