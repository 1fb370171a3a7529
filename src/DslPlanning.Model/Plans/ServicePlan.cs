using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Model
{
    /// <summary>A compiled service plan: the typed, immutable, value-equatable form of one <c>plan</c> declaration.</summary>
    public sealed record ServicePlan
    {
        public string Name { get; init; } = "";
        public PlanKind Kind { get; init; }
        public string? Title { get; init; }
        public SymbolRef? Owner { get; init; }
        public YearRange? Period { get; init; }

        /// <summary>The day the plan enters into force (gäller från), e.g. a programme whose end is not yet decided.</summary>
        public PlanDate? InForce { get; init; }

        /// <summary>The last year of a period extended by decision (förlängning till 2024); the period keeps its decided years.</summary>
        public int? ExtendedTo { get; init; }

        /// <summary>The years of the plan's own action plan (handlingsplan), which its actions belong to, when shorter than the plan.</summary>
        public YearRange? ActionPlanYears { get; init; }
        public int? ReviewIntervalYears { get; init; }
        public int? RevisionStart { get; init; }

        /// <summary>The day the plan was adopted (antagen, beslutad): what the checks of a current plan go by, where stated.</summary>
        public PlanDate? Adopted { get; init; }

        /// <summary>The body that adopted the plan (kommunfullmäktige, regionfullmäktige …).</summary>
        public SymbolRef? AdoptedBy { get; init; }

        /// <summary>The paragraph of the minutes with the decision, as written (§ 45).</summary>
        public string? MinuteParagraph { get; init; }

        /// <summary>The diary number of the decision (diarienummer), as written (KS 2025/41).</summary>
        public string? DiaryNumber { get; init; }

        public ValueList<SymbolRef> PreparedBy { get; init; } = ValueList<SymbolRef>.Empty;

        /// <summary>Who is responsible for revising the plan (för revidering ansvarar).</summary>
        public ValueList<SymbolRef> RevisionOwners { get; init; } = ValueList<SymbolRef>.Empty;
        public ValueList<string> Follows { get; init; } = ValueList<string>.Empty;
        public ValueList<ReportingDuty> Reporting { get; init; } = ValueList<ReportingDuty>.Empty;
        public string? Source { get; init; }
        public string? Aim { get; init; }
        public string? Purpose { get; init; }
        public string? Scope { get; init; }
        public string? Excerpt { get; init; }
        public string? Description { get; init; }
        public ValueList<string> Indicators { get; init; } = ValueList<string>.Empty;
        public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;
        public ValueList<string> PriorityScale { get; init; } = ValueList<string>.Empty;
        public ValueList<ServiceLevel> Levels { get; init; } = ValueList<ServiceLevel>.Empty;
        public ValueList<Actor> Actors { get; init; } = ValueList<Actor>.Empty;
        public ValueList<Funder> Funders { get; init; } = ValueList<Funder>.Empty;
        public ValueList<Place> Places { get; init; } = ValueList<Place>.Empty;
        public ValueList<Area> Areas { get; init; } = ValueList<Area>.Empty;
        public ValueList<SubsidyScheme> Schemes { get; init; } = ValueList<SubsidyScheme>.Empty;

        /// <summary>Justified exceptions that hold for the whole plan.</summary>
        public ValueList<JustifiedException> Exceptions { get; init; } = ValueList<JustifiedException>.Empty;

        /// <summary>Goals declared directly in the plan, outside any area.</summary>
        public ValueList<Goal> Goals { get; init; } = ValueList<Goal>.Empty;

        /// <summary>Actions declared directly in the plan, outside any area.</summary>
        public ValueList<PlanAction> Actions { get; init; } = ValueList<PlanAction>.Empty;

        /// <summary>Every goal of the plan, those outside areas first, then area by area.</summary>
        public IEnumerable<Goal> AllGoals => Goals.Concat(Areas.SelectMany(area => area.Goals));

        /// <summary>Every action of the plan, those outside areas first, then area by area.</summary>
        public IEnumerable<PlanAction> AllActions => Actions.Concat(Areas.SelectMany(area => area.Actions));

        /// <summary>The years the plan runs: its period, up to the year it was extended to.</summary>
        public YearRange? EffectivePeriod => Period is { } period && ExtendedTo is { } end && end > period.End ? new YearRange(period.Start, end) : Period;

        /// <summary>The years an action of this plan runs: its own period, else its action plan's years, else the years the plan runs.</summary>
        public YearRange? YearsOf(PlanAction action) => action.Period ?? ActionPlanYears ?? EffectivePeriod;

        /// <summary>The actions that are planned, ongoing or done, without the examples, proposals and cancelled ones.</summary>
        public IEnumerable<PlanAction> PlannedActions => AllActions.Where(action => action.Status.CountsAsPlanned());

        /// <summary>The examples of actions the plan lists (exempel på åtgärder).</summary>
        public IEnumerable<PlanAction> ExampleActions => AllActions.Where(action => action.Status == ActionStatus.Example);

        /// <summary>A reference to an element of this plan.</summary>
        public SymbolRef Ref(string name) => new SymbolRef(Name, name);
    }

    /// <summary>A duty to report follow-up, e.g. to Tillväxtverket by 31 January every year from 2015.</summary>
    public sealed record ReportingDuty(SymbolRef? To, string? ToText, int? IntervalYears, MonthDay? Deadline, int? FromYear);

    /// <summary>A service level of places (nivå), e.g. level 1 "Centralort".</summary>
    public sealed record ServiceLevel(string Key, string? Title, string? Description, ValueList<string> Notes);

    /// <summary>An organisation that is responsible for or performs actions (ansvarig, utförare).</summary>
    public sealed record Actor(string Name, string? Title, OrganisationKind? Kind, string? Description, ValueList<string> Notes);

    /// <summary>A funding source (finansiär), with its budget per year where the document states one.</summary>
    public sealed record Funder(string Name, string? Title, OrganisationKind? Kind, ValueList<Budget> Budgets, string? Description, ValueList<string> Notes);

    /// <summary>A budget line: an amount per year or in total, over some years (or the plan period when none are given).</summary>
    public sealed record Budget(Money Amount, bool PerYear, YearRange? Years);
}
