using System.Collections.Generic;
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
                    context.Report(context.Model, context.NameSpan(context.Model), Diagnose.PlanWithoutRanks(areas.Count, context.Model.Name));
                }

                return;
            }

            var ranks = ranked.Select(area => (area.Name, area.Rank!.Value)).ToList();
            foreach (var area in areas.Where(area => area.Rank is null))
            {
                context.Report(area, context.NameSpan(area), Diagnose.AreaWithoutRank(area.Name, ranks));
            }

            foreach (var group in ranked.GroupBy(area => area.Rank!.Value).Where(group => group.Count() > 1))
            {
                var first = group.First();
                foreach (var area in group.Skip(1))
                {
                    context.Report(area, context.StatementSpan(area, "priority"), Diagnose.DuplicateRank(first.Name, area.Name, rank: group.Key));
                }
            }

            var distinct = ranked.Select(area => area.Rank!.Value).Distinct().OrderBy(rank => rank).ToList();
            var present = new HashSet<int>(distinct);
            var missing = Enumerable.Range(1, distinct.Last()).FirstOrDefault(rank => !present.Contains(rank));
            if (missing > 0)
            {
                var after = ranked.OrderBy(area => area.Rank).First(area => area.Rank > missing);
                context.Report(after, context.StatementSpan(after, "priority"), Diagnose.RankGap(distinct, missing, rankedAreas: ranked.Count));
            }
        }
    }
}
