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
                    GoalKind.Output => "an output goal (insatsmål)",
                    GoalKind.Result => "a result goal (resultatmål)",
                    _ => "an effect goal (effektmål)",
                },
                hasIndicator ? "no target" : "neither a target nor an indicator");

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
            new(DiagnosticCatalog.CompletionOutOfRange, recorded ? "recorded progress" : "target completion", action, value.ToString());

        /// <summary>SP5010.</summary>
        public static DiagnosticMessage NoReviewSchedule(string plan) => new(DiagnosticCatalog.NoReviewSchedule, plan);

        /// <summary>SP5011: <paramref name="plan"/> covers <paramref name="period"/>, which ended before <paramref name="asOf"/>.</summary>
        public static DiagnosticMessage PlanNotCurrent(string plan, YearRange period, PlanDate asOf) =>
            new(DiagnosticCatalog.PlanNotCurrent, plan, period.ToString(), asOf.ToString());

        /// <summary>SP5012.</summary>
        public static DiagnosticMessage AnnualPlanWithoutProgramme(string plan) => new(DiagnosticCatalog.AnnualPlanWithoutProgramme, plan);

        /// <summary>SP5013.</summary>
        public static DiagnosticMessage PlanWithoutPeriod(string plan) => new(DiagnosticCatalog.PlanWithoutPeriod, plan);
    }
}
