using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Model.Figures;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>
    /// Fullständighet: how many actions name who is responsible, who pays, the goals they serve and their years, how many
    /// goals have an indicator and a target (<see cref="Completeness"/>, the figures the job prints), and each action and
    /// goal with what it lacks.
    /// </summary>
    internal static class CompletenessSection
    {
        public const string Id = "completeness";

        public static Section Build(Completeness figures)
        {
            var counts = new Table(
                "completeness",
                "Nyckeltal",
                new[]
                {
                    new Column("what", "Uppgift"),
                    new Column("count", "Antal", CellKind.Number),
                    new Column("of", "Av", CellKind.Number),
                    new Column("share", Labels.Share, CellKind.Percent, "%"),
                },
                new[]
                {
                    Figure("Insatser med ansvarig utförare", figures.ActionsWithOwner, figures.Actions),
                    Figure("Insatser med finansiering", figures.ActionsWithFunding, figures.Actions),
                    Figure("Insatser som tjänar mål", figures.ActionsWithGoals, figures.Actions),
                    Figure("Insatser med egen tidsperiod eller klardatum", figures.ActionsWithYears, figures.Actions),
                    Figure("Mål med indikator", figures.GoalsWithIndicator, figures.Goals),
                    Figure("Mål med målvärde", figures.GoalsWithTarget, figures.Goals),
                },
                "Planen har inga insatser eller mål.");
            var gaps = new Table(
                "gaps",
                "Brister",
                new[] { new Column("element", Labels.Kind), new Column("name", Labels.Name), new Column("title", "Benämning"), new Column("missing", "Saknar") },
                figures.Entries.Select(entry => new Row(null, new[]
                {
                    Cell.Of(entry.IsAction ? Labels.Action : Labels.Goal),
                    Cell.Of(entry.Name),
                    Cell.Of(entry.Title),
                    Cell.Of(string.Join(", ", entry.Gaps.Select(SwedishTerms.Of))),
                })).ToList(),
                "Alla insatser anger ansvarig utförare, finansiering och mål, och alla mål har indikator och målvärde.");
            return new Section(
                Id,
                Labels.Completeness,
                new Paragraph("Räknat på planens planerade insatser (inte föreslagna, avbrutna eller exempel på åtgärder) och på alla dess mål. Ansvarig utförare, finansiering och mål som anges för ett insatsområde gäller alla dess insatser. En insats utan egen tidsperiod gäller handlingsplanens år, annars hela planens giltighetstid."),
                counts,
                gaps);
        }

        private static Row Figure(string what, int count, int of) => new(null, new[]
        {
            Cell.Of(what),
            Cell.Number(count),
            Cell.Number(of),
            of == 0 ? Cell.Empty : Cell.Of(new Percent(System.Math.Round(100m * count / of))),
        });
    }
}
