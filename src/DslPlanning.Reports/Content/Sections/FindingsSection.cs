using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>
    /// Särskilda skäl och anmärkningar: the justified exceptions the plan states (from the model, with the planner's
    /// reasons), and the warnings and information the build reported for the plan (from the findings).
    /// </summary>
    internal static class FindingsSection
    {
        public const string Id = "findings";

        /// <summary>The rule ID of a justified exception that suppressed a finding.</summary>
        public const string ExceptionApplied = "SP1016";

        public static Section Build(ReportContext context, ServicePlan plan)
        {
            var findings = context.FindingsOf(plan);
            var exceptions = new Table(
                "justified-exceptions",
                Labels.JustifiedExceptions,
                new[] { new Column("appliesTo", Labels.AppliesTo), new Column("rule", Labels.Rule), new Column("reason", Labels.Reasons) },
                Exceptions(plan).Select(entry => new Row(null, new[] { Cell.Of(entry.Element), Cell.Of(entry.Exception.RuleId), Cell.Of(entry.Exception.Reason) })).ToList(),
                "Planen anger inga särskilda skäl.");
            var warnings = FindingTable("warnings", Labels.Warnings, findings.Where(finding => finding.Severity != FindingSeverity.Info), "Bygget rapporterar inga varningar för planen.");
            var information = FindingTable("information", Labels.Information, findings.Where(finding => finding.Severity == FindingSeverity.Info && finding.Id != ExceptionApplied), "Bygget rapporterar ingen övrig information för planen.");
            return new Section(Id, Labels.Findings, exceptions, warnings, information);
        }

        public static ReportCounts Count(IReadOnlyList<PlanFinding> findings) => new(
            findings.Count(finding => finding.Severity == FindingSeverity.Error),
            findings.Count(finding => finding.Severity == FindingSeverity.Warning),
            findings.Count(finding => finding.Id == ExceptionApplied),
            findings.Count(finding => finding.Severity == FindingSeverity.Info && finding.Id != ExceptionApplied));

        private static Table FindingTable(string id, string caption, IEnumerable<PlanFinding> findings, string emptyText) => new(
            id,
            caption,
            new[]
            {
                new Column("rule", Labels.Rule),
                new Column("severity", Labels.Severity),
                new Column("message", Labels.Message),
                new Column("location", Labels.Location),
            },
            findings.Select(finding => new Row(null, new[]
            {
                Cell.Of(finding.Id),
                Cell.Of(SwedishTerms.Of(finding.Severity)),
                Cell.Of(finding.Message),
                Cell.Of(finding.File + ":" + finding.Line.ToString(CultureInfo.InvariantCulture) + ":" + finding.Column.ToString(CultureInfo.InvariantCulture)),
            })).ToList(),
            emptyText);

        /// <summary>Every exception of the plan with the element it stands in, in the plan's order.</summary>
        private static IEnumerable<(string Element, JustifiedException Exception)> Exceptions(ServicePlan plan)
        {
            foreach (var exception in plan.Exceptions)
            {
                yield return ("Planen", exception);
            }

            foreach (var place in plan.Places)
            {
                foreach (var exception in place.Exceptions)
                {
                    yield return (Labels.Place + " " + (place.Title ?? place.Name), exception);
                }
            }

            foreach (var goal in plan.Goals)
            {
                foreach (var exception in goal.Exceptions)
                {
                    yield return (Labels.Goal + " " + goal.Name, exception);
                }
            }

            foreach (var (element, exception) in plan.Actions.SelectMany(ActionExceptions))
            {
                yield return (element, exception);
            }

            foreach (var area in AreasSection.Ordered(plan))
            {
                foreach (var exception in area.Exceptions)
                {
                    yield return (Labels.Area + " " + PlanLookup.AreaLabel(area), exception);
                }

                foreach (var goal in area.Goals)
                {
                    foreach (var exception in goal.Exceptions)
                    {
                        yield return (Labels.Goal + " " + goal.Name, exception);
                    }
                }

                foreach (var (element, exception) in area.Actions.SelectMany(ActionExceptions))
                {
                    yield return (element, exception);
                }
            }
        }

        private static IEnumerable<(string Element, JustifiedException Exception)> ActionExceptions(PlanAction action)
        {
            var name = action.Title ?? action.Name;
            foreach (var exception in action.Exceptions)
            {
                yield return (Labels.Action + " " + name, exception);
            }

            foreach (var application in action.Subsidies)
            {
                foreach (var exception in application.Exceptions)
                {
                    yield return ("Ansökan om " + SwedishTerms.Of(application.Kind).ToLowerInvariant() + " i insatsen " + name, exception);
                }
            }
        }
    }
}
