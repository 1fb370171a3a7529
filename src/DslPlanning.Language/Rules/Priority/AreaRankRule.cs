using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Rules.Priority
{
    /// <summary>Priority areas are ranked 1, 2, 3 … within their plan: no area unranked among ranked ones, no rank twice, no gap.</summary>
    public sealed class AreaRankRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.AreaWithoutRank, DiagnosticCatalog.PlanWithoutRanks, DiagnosticCatalog.DuplicateRank, DiagnosticCatalog.RankGap,
        };

        public override void Check(RuleContext context)
        {
            var areas = context.Model.Areas;
            var ranked = areas.Where(area => area.Rank is not null).ToList();
            if (ranked.Count == 0)
            {
                if (areas.Count > 1)
                {
                    context.Report(DiagnosticCatalog.PlanWithoutRanks, context.Model, context.NameSpan(context.Model),
                        areas.Count.ToString(CultureInfo.InvariantCulture), context.Model.Name);
                }

                return;
            }

            var ranks = string.Join(", ", ranked.Select(area => $"{area.Name} {area.Rank}"));
            foreach (var area in areas.Where(area => area.Rank is null))
            {
                context.Report(DiagnosticCatalog.AreaWithoutRank, area, context.NameSpan(area), area.Name, ranks);
            }

            foreach (var group in ranked.GroupBy(area => area.Rank!.Value).Where(group => group.Count() > 1))
            {
                var first = group.First();
                foreach (var area in group.Skip(1))
                {
                    context.Report(DiagnosticCatalog.DuplicateRank, area, context.StatementSpan(area, "priority"),
                        first.Name, area.Name, group.Key.ToString(CultureInfo.InvariantCulture));
                }
            }

            var distinct = ranked.Select(area => area.Rank!.Value).Distinct().OrderBy(rank => rank).ToList();
            var present = new HashSet<int>(distinct);
            var missing = Enumerable.Range(1, distinct.Last()).FirstOrDefault(rank => !present.Contains(rank));
            if (missing > 0)
            {
                var after = ranked.OrderBy(area => area.Rank).First(area => area.Rank > missing);
                context.Report(DiagnosticCatalog.RankGap, after, context.StatementSpan(after, "priority"),
                    string.Join(", ", distinct.Select(rank => rank.ToString(CultureInfo.InvariantCulture))),
                    missing.ToString(CultureInfo.InvariantCulture),
                    ranked.Count == 1 ? "give the only ranked area rank 1" : $"number the {ranked.Count} areas 1 to {ranked.Count} without gaps");
            }
        }
    }
}
