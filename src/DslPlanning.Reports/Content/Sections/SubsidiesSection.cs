using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>
    /// Stöd: the subsidy schemes the plan describes (e.g. a regional programme's caps and distance criteria), and for each
    /// subsidy application and year the maximum amount by the law tables (<see cref="GrantLimits"/>), what it rests on, and
    /// the justified exceptions (särskilda skäl) that hold for it.
    /// </summary>
    internal static class SubsidiesSection
    {
        public const string Id = "subsidies";

        public static Section Build(ReportContext context, ServicePlan plan)
        {
            var blocks = new List<Block> { Schemes(plan), Limits(context, plan) };
            var remaining = context.FindingsOf(plan).Count(finding => finding.Id.StartsWith("SP4", System.StringComparison.Ordinal));
            if (remaining > 0)
            {
                blocks.Add(new Paragraph("Kontrollen rapporterar " + remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + (remaining == 1 ? " anmärkning" : " anmärkningar") + " om stödens villkor; se " + Labels.Findings + "."));
            }

            return new Section(Id, Labels.Subsidies, blocks.ToArray());
        }

        private static Table Schemes(ServicePlan plan) => new(
            "subsidy-schemes",
            Labels.Schemes,
            new[]
            {
                new Column("condition", Labels.Condition),
                new Column("limit", Labels.Limit),
                new Column("appliesWhen", Labels.AppliesWhen),
            },
            plan.Schemes.SelectMany(scheme => scheme.Terms.Select(term => new Row(SchemeLabel(scheme), new[]
            {
                Cell.Of(SwedishTerms.Fact(term.Fact)),
                Cell.Of(TermLimit(term)),
                Cell.Of(term.Condition),
            }))).ToList(),
            "Planen beskriver inga stödformer.",
            Labels.Subsidy);

        private static string SchemeLabel(SubsidyScheme scheme)
        {
            var kind = SwedishTerms.Of(scheme.Kind);
            return scheme.Title is null || scheme.Title == kind ? kind : scheme.Title + " (" + kind.ToLowerInvariant() + ")";
        }

        private static string TermLimit(SchemeTerm term)
        {
            if (term.Value is { } value)
            {
                return SwedishFormat.Compared(term.Comparison, SwedishFormat.Quantity(value));
            }

            if (term.Text is { } text)
            {
                return term.Fact == "grounds" ? SwedishTerms.Grounds(text) : text;
            }

            return "krävs";
        }

        private static Table Limits(ReportContext context, ServicePlan plan)
        {
            var rows = new List<Row>();
            var actions = plan.Actions.Select(action => ((Area?)null, action))
                .Concat(plan.Areas.SelectMany(area => area.Actions.Select(action => ((Area?)area, action))));
            foreach (var (area, action) in actions)
            {
                foreach (var application in action.Subsidies)
                {
                    rows.AddRange(ApplicationRows(context, plan, area, action, application));
                }
            }

            return new Table(
                "subsidy-limits",
                "Stöd per ansökan och år",
                new[]
                {
                    new Column("subsidy", Labels.Subsidy),
                    new Column("years", Labels.Years, CellKind.Years),
                    new Column("recipient", Labels.Recipient),
                    new Column("place", Labels.Place),
                    new Column("amountApplied", Labels.AmountApplied, CellKind.Money, "kr"),
                    new Column("maximum", Labels.MaximumAmount, CellKind.Money, "kr"),
                    new Column("per", Labels.AmountPer),
                    new Column("basis", Labels.Basis),
                    new Column("source", Labels.Source),
                    new Column("reasons", Labels.Reasons),
                },
                rows,
                "Planen har inga stödansökningar.",
                Labels.Action);
        }

        private static IEnumerable<Row> ApplicationRows(ReportContext context, ServicePlan plan, Area? area, PlanAction action, SubsidyApplication application)
        {
            var lookup = context.Lookup;
            var group = action.Title ?? action.Name;
            var fixedCells = (
                Subsidy: Cell.Of(SwedishTerms.Of(application.Kind)),
                Recipient: Cell.Of(application.Recipient is { } recipient ? lookup.ActorName(recipient) : null),
                Place: Cell.Of(application.Place is { } place ? lookup.PlaceName(place) : null),
                Applied: Cell.Of(application.Amount),
                Reasons: Cell.Of(Reasons(plan, area, action, application)));

            if (application.Years is not { } years)
            {
                yield return new Row(group, new[]
                {
                    fixedCells.Subsidy, Cell.Empty, fixedCells.Recipient, fixedCells.Place, fixedCells.Applied, Cell.Empty, Cell.Empty,
                    Cell.Of("Ansökan anger inget år, så lagens belopp kan inte väljas."), Cell.Empty, fixedCells.Reasons,
                });
                yield break;
            }

            var store = application.Place is { } at ? lookup.Place(at)?.Stores.FirstOrDefault() : null;
            foreach (var (range, limit) in Runs(years.Years.Select(year => GrantLimits.For(application, year, store, action))))
            {
                yield return new Row(group, new[]
                {
                    fixedCells.Subsidy,
                    Cell.Of(range),
                    fixedCells.Recipient,
                    fixedCells.Place,
                    fixedCells.Applied,
                    Cell.Of(limit.Maximum),
                    Cell.Of(limit.Maximum is null ? null : GrantTexts.Per(limit)),
                    Cell.Of(GrantTexts.Basis(limit, application, action, store)),
                    Cell.Of(limit.Basis == GrantBasis.NoLawFigures ? null : GrantTexts.Source(limit)),
                    fixedCells.Reasons,
                });
            }
        }

        /// <summary>Consecutive years with the same maximum, basis and source, as one row (2023–2026).</summary>
        private static IEnumerable<(YearRange Years, GrantLimit Limit)> Runs(IEnumerable<GrantLimit> limits)
        {
            (YearRange Years, GrantLimit Limit)? run = null;
            foreach (var limit in limits)
            {
                if (run is { } open && open.Limit with { Year = limit.Year } == limit && open.Years.End + 1 == limit.Year)
                {
                    run = (new YearRange(open.Years.Start, limit.Year), open.Limit);
                    continue;
                }

                if (run is { } done)
                {
                    yield return done;
                }

                run = (YearRange.Single(limit.Year), limit);
            }

            if (run is { } last)
            {
                yield return last;
            }
        }

        /// <summary>The särskilda skäl that set aside a subsidy rule (SP4xxx) for the application, its action, its area or the plan.</summary>
        private static string Reasons(ServicePlan plan, Area? area, PlanAction action, SubsidyApplication application)
        {
            var exceptions = application.Exceptions.Concat(action.Exceptions).Concat(area?.Exceptions ?? ValueList<JustifiedException>.Empty).Concat(plan.Exceptions)
                .Where(exception => exception.RuleId.StartsWith("SP4", System.StringComparison.Ordinal));
            return string.Join(" ", exceptions.Select(exception => exception.RuleId + ": " + exception.Reason.TrimEnd('.') + "."));
        }
    }
}
