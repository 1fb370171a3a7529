using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// What the checks across plans and the compilation-wide facts of the rules take from one bound plan, computed once
    /// for the plan and kept with it: a compilation that reuses the plan (<see cref="Workspaces.PlanWorkspace"/>) reuses
    /// these too, so that a check across all plans costs a pass over the plans, not over their text.
    /// </summary>
    internal sealed class PlanFacts
    {
        private readonly BoundPlan _plan;
        private IReadOnlyList<ReferenceSyntax>? _follows;
        private IReadOnlyList<Declaration>? _declarations;
        private IReadOnlyList<Diagnostic>? _memberClashes;
        private System.Runtime.CompilerServices.StrongBox<long>? _heapBytes;
        private CoverageContribution? _coverage;
        private FundingContribution? _funding;

        public PlanFacts(BoundPlan plan)
        {
            _plan = plan;
        }

        /// <summary>The references of the plan's <c>follows</c> statements.</summary>
        public IReadOnlyList<ReferenceSyntax> Follows => Once(ref _follows, () => FollowsChecks.FollowsReferences(_plan.Syntax).ToList());

        /// <summary>The names the plan declares with their look (<see cref="LookAlikeNames"/>).</summary>
        public IReadOnlyList<Declaration> Declarations => Once(ref _declarations, () => LookAlikeNames.DeclarationsOf(_plan));

        /// <summary>Elements of the plan that become one C# member (SP1019).</summary>
        public IReadOnlyList<Diagnostic> MemberClashes => Once(ref _memberClashes, () =>
        {
            var diagnostics = new List<Diagnostic>();
            CSharpNameChecks.ReportMembers(_plan, diagnostics);
            return diagnostics;
        });

        /// <summary>The bytes of the plan's strings in the generated C#, each string once (<see cref="GeneratedStringBudget"/>).</summary>
        public long HeapBytes => Once(ref _heapBytes, () => new System.Runtime.CompilerServices.StrongBox<long>(GeneratedStringBudget.HeapBytes(_plan))).Value;

        /// <summary>What the plan serves (<see cref="GoalCoverage"/>).</summary>
        public CoverageContribution Coverage => Once(ref _coverage, () => GoalCoverage.Contribution(_plan.Model));

        /// <summary>What the plan commits of funders, and its funders' budgets (<see cref="FundingTotals"/>).</summary>
        public FundingContribution Funding => Once(ref _funding, () => FundingContribution.Of(_plan.Model));

        private static T Once<T>(ref T? field, System.Func<T> compute) where T : class =>
            LazyInitializer.EnsureInitialized(ref field, compute)!;
    }

    /// <summary>
    /// One plan's part in the funding totals: its name and period, each yearly commitment of its actions with the funder
    /// committed, and its funders' budgets. Equal contributions give equal totals.
    /// </summary>
    internal sealed record FundingContribution(
        string Plan, YearRange? Period, ValueList<(SymbolRef Funder, Commitment Commitment)> Commitments, ValueList<(string Funder, ValueList<Budget> Budgets)> Budgets)
    {
        public static FundingContribution Of(ServicePlan plan) => new(
            plan.Name,
            plan.EffectivePeriod,
            FundingTotals.Commitments(plan).ToValueList(),
            plan.Funders.Select(funder => (funder.Name, funder.Budgets)).ToValueList());
    }
}
