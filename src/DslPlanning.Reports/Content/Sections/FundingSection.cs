using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>
    /// Finansiering: each funding source of the plan's areas and actions, with the yearly amount where the plan states
    /// enough to compute it (and why not where it does not), then funding per funder and year against budget, summed over
    /// every plan that names the funder (<see cref="FundingTotals"/>), as a table and a chart.
    /// </summary>
    internal static class FundingSection
    {
        public const string Id = "funding";

        /// <summary>The largest amount the figures compute with, as the report writes it.</summary>
        private static readonly string Largest = SwedishFormat.Money(new Money(decimal.MaxValue));

        public static Section Build(ReportContext context, ServicePlan plan)
        {
            var byYear = FunderYears(context, plan);
            var tables = new[] { Sources(context, plan), YearTable(byYear) };
            var blocks = new List<Block>(tables)
            {
                Chart(byYear),
                new Paragraph("Åtagandena summeras per finansiär och år över alla planer som nämner finansiären. Ett belopp per år räknas där planen anger "
                    + "finansiärens andel eller belopp och hur många enheter per år kostnaden avser; föreslagna och avbrutna insatser räknas inte."),
            };
            if (tables.SelectMany(table => table.Rows).SelectMany(row => row.Cells).Any(cell => cell.IsTooLarge))
            {
                blocks.Add(new Paragraph("Ett belopp som blir större än " + Largest + " kan inte räknas: tabellerna anger det, och summor "
                    + "det ingår i, som " + Labels.TooLarge + ", och diagrammet visar det inte."));
            }

            return new Section(Id, Labels.Funding, blocks.ToArray());
        }

        private static Table Sources(ReportContext context, ServicePlan plan)
        {
            var lookup = context.Lookup;
            var rows = new List<Row>();
            var areas = plan.Areas.Count > 0;
            foreach (var area in AreasSection.Ordered(plan).Where(area => area.Funding.Count > 0))
            {
                rows.AddRange(area.Funding.Select(source => new Row(PlanLookup.AreaLabel(area), new[]
                {
                    Cell.Of("Hela insatsområdet"), Cell.Empty, Cell.Empty, Cell.Of(lookup.FunderName(source.Funder)), Cell.Of(source.Share),
                    Cell.Of(source.Amount is { } amount ? Phrases.Amount(amount, source.Per) : null), Cell.Empty, Cell.Of(source.Years), Cell.Empty,
                })));
            }

            foreach (var (area, actions) in ActionPlanSection.Grouped(plan))
            {
                var group = area is null ? (areas ? Labels.OutsideAreas : null) : PlanLookup.AreaLabel(area);
                foreach (var action in actions)
                {
                    foreach (var source in action.Funding)
                    {
                        var perYear = CostFigures.PerYear(source, action);
                        var years = CostFigures.Years(source, action, plan);
                        rows.Add(new Row(group, new[]
                        {
                            Cell.Of(action.Title ?? action.Name),
                            Cell.Of(Phrases.Costs(action)),
                            Cell.Of(CostFigures.PerYear(action)),
                            Cell.Of(lookup.FunderName(source.Funder)),
                            Cell.Of(source.Share),
                            Cell.Of(AmountPerUnit(source, action)),
                            Cell.Of(perYear),
                            Cell.Of(years),
                            Cell.Of(Gap(source, action, perYear, years)),
                        }));
                    }
                }
            }

            return new Table(
                "funding-sources",
                "Finansieringskällor",
                new[]
                {
                    new Column("action", Labels.Action),
                    new Column("cost", Labels.Cost),
                    new Column("costPerYear", Labels.CostPerYear, CellKind.Money, "kr"),
                    new Column("funder", Labels.Funder),
                    new Column("share", Labels.Share, CellKind.Percent, "%"),
                    new Column("amount", Labels.Amount),
                    new Column("perYear", Labels.PerYear, CellKind.Money, "kr"),
                    new Column("years", Labels.Years, CellKind.Years),
                    new Column("comment", Labels.Comment),
                },
                rows,
                "Planen anger ingen finansiering.",
                Labels.Area);
        }

        /// <summary>The funder's amount per unit: as stated, or its share of a single unit cost (50 % of 200 kr per hemsändning = 100 kr per hemsändning).</summary>
        private static string? AmountPerUnit(FundingSource source, PlanAction action)
        {
            if (source.Amount is { } amount)
            {
                return Phrases.Amount(amount, source.Per);
            }

            if (source.Share is { } share && action.Costs.Count == 1)
            {
                var cost = action.Costs[0];
                var funded = cost.Amount * share.Fraction;
                return funded.IsSaturated ? Labels.TooLarge : SwedishFormat.Compared(cost.Bound, Phrases.Amount(funded, cost.Per));
            }

            return null;
        }

        /// <summary>Why a yearly amount is not counted, in the planner's terms.</summary>
        private static string? Gap(FundingSource source, PlanAction action, Money? perYear, YearRange? years)
        {
            if (!action.Status.CountsAsPlanned())
            {
                return "Insatsen är " + SwedishTerms.Of(action.Status) + " och räknas inte in i åtagandena.";
            }

            var sole = source.Share is null && source.Amount is null && action.Funding.Count == 1;
            if (perYear is { IsSaturated: true })
            {
                return "Beloppet per år blir större än " + Largest + " och kan inte räknas.";
            }

            if (perYear is null)
            {
                if (source.Share is null && source.Amount is null && !sole)
                {
                    return "Planen anger inte finansiärens andel eller belopp.";
                }

                if (source.Amount is null && action.Costs.Count == 0)
                {
                    return "Planen anger ingen kostnad för insatsen.";
                }

                var units = (source.Amount is null ? action.Costs.SelectMany(cost => cost.Per) : source.Per)
                    .Where(unit => unit != CostUnit.Year && !(unit == CostUnit.Place && action.Places.Count > 0))
                    .Distinct()
                    .Select(SwedishTerms.Plural)
                    .ToList();
                return units.Count > 0
                    ? "Planen anger inte antalet " + string.Join(" och ", units) + " per år."
                    : "Planen anger inte beloppet per år.";
            }

            if (years is null)
            {
                return "Planen anger inga år för finansieringen.";
            }

            return sole ? "Enda finansiär: bär hela kostnaden." : null;
        }

        /// <summary>Per funder the plan declares or funds from: its years with commitments or budget.</summary>
        private static IReadOnlyList<(string Funder, IReadOnlyList<YearFigures> Years)> FunderYears(ReportContext context, ServicePlan plan)
        {
            var funders = plan.Funders.Select(funder => plan.Ref(funder.Name)).ToList();
            var declared = new HashSet<SymbolRef>(funders);
            var named = plan.AllActions.SelectMany(action => action.Funding).Concat(plan.Areas.SelectMany(area => area.Funding))
                .Select(source => source.Funder)
                .Where(funder => !declared.Contains(funder))
                .Distinct()
                .OrderBy(funder => funder.ToString(), System.StringComparer.Ordinal);
            funders.AddRange(named);

            var result = new List<(string, IReadOnlyList<YearFigures>)>();
            foreach (var funder in funders)
            {
                var totals = context.FundingOf(funder).ToDictionary(entry => entry.Year);
                var budgets = Budgets(context, funder);
                var years = totals.Keys.Concat(budgets.Keys).Distinct().OrderBy(year => year).ToList();
                if (years.Count == 0)
                {
                    continue;
                }

                var rows = years.Select(year =>
                {
                    totals.TryGetValue(year, out var total);
                    var inPlan = (total?.Commitments ?? Enumerable.Empty<Commitment>())
                        .Where(commitment => commitment.Plan == plan.Name)
                        .Aggregate(Money.Zero, (sum, commitment) => sum + commitment.Amount);
                    var committed = total is null ? Money.Zero : total.Committed;
                    return new YearFigures(year, inPlan, committed, budgets.TryGetValue(year, out var budget) ? budget : null, total?.OverBudget);
                }).ToList();
                result.Add((context.Lookup.FunderName(funder), rows));
            }

            return result;
        }

        /// <summary>The funder's budget per year it has one.</summary>
        private static Dictionary<int, Money> Budgets(ReportContext context, SymbolRef reference)
        {
            var budgets = new Dictionary<int, Money>();
            if (context.Lookup.Plan(reference.Plan) is not { } owner || context.Lookup.Funder(reference) is not { } funder)
            {
                return budgets;
            }

            foreach (var line in funder.Budgets)
            {
                if ((line.Years ?? owner.EffectivePeriod) is not { } range)
                {
                    continue;
                }

                foreach (var year in range.Years)
                {
                    if (FundingTotals.Budget(funder, owner, year) is { } budget)
                    {
                        budgets[year] = budget;
                    }
                }
            }

            return budgets;
        }

        private static Table YearTable(IReadOnlyList<(string Funder, IReadOnlyList<YearFigures> Years)> funders) => new(
            "funding-by-year",
            "Finansiering per finansiär och år mot budget",
            new[]
            {
                new Column("year", Labels.Year, CellKind.Year),
                new Column("committedInPlan", Labels.CommittedInPlan, CellKind.Money, "kr"),
                new Column("committedInAllPlans", Labels.CommittedInAllPlans, CellKind.Money, "kr"),
                new Column("budget", Labels.Budget, CellKind.Money, "kr"),
                new Column("overBudget", Labels.OverBudget, CellKind.Money, "kr"),
            },
            funders.SelectMany(funder => funder.Years.Select(year => new Row(funder.Funder, year.Cells))).ToList(),
            "Planen anger inga belopp per år som kan summeras och inga budgetar.",
            Labels.Funder);

        private static BarChart Chart(IReadOnlyList<(string Funder, IReadOnlyList<YearFigures> Years)> funders) => new(
            "funding-chart",
            "Åtagande per finansiär och år mot budget",
            "kr",
            Labels.Committed,
            Labels.Budget,
            funders.Select(funder => new ChartGroup(
                funder.Funder,
                funder.Years.Where(year => !year.InAllPlans.IsSaturated && year.Budget is not { IsSaturated: true }).Select(year => new ChartBar(
                    year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    SwedishFormat.Round(year.InAllPlans.Kronor),
                    year.Budget is { } budget ? SwedishFormat.Round(budget.Kronor) : null)).ToList()))
                .Where(group => group.Bars.Count > 0).ToList(),
            "Inget diagram: planen anger inga belopp per år som kan summeras och inga budgetar (se finansieringskällorna).");

        /// <summary>A funder's year: its commitments in this plan and in all plans, its budget and how much they exceed it.</summary>
        private sealed record YearFigures(int Year, Money InPlan, Money InAllPlans, Money? Budget, Money? OverBudget)
        {
            public IReadOnlyList<Cell> Cells => new[] { Cell.Year(Year), Cell.Of(InPlan), Cell.Of(InAllPlans), Cell.Of(Budget), Cell.Of(OverBudget) };
        }
    }
}
