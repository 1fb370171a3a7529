using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Law;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// Investeringsstöd in the rural development programme [003 bilaga 1]: up to 50 % of eligible costs above 50 000 kr;
    /// up to 90 % when one of the grounds applies (accessibility, restart, environment, added services, a priority area)
    /// and the costs are at least 30 000 kr.
    /// </summary>
    public sealed class InvestmentAidRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.InvestmentTooSmall, DiagnosticCatalog.InvestmentOverShare, DiagnosticCatalog.MissingSubsidyFact, DiagnosticCatalog.GrantAmountMissing,
            DiagnosticCatalog.NoLawFigures, DiagnosticCatalog.LawFiguresCarriedForward,
        };

        public override void Check(RuleContext context)
        {
            foreach (var application in Applications(context, SubsidyKind.InvestmentAid))
            {
                if (application.EligibleCost is not { } cost)
                {
                    Missing(context, application,
                        Phrase.Of("the eligible costs", "de stödberättigande utgifterna"),
                        Phrase.Of("the minimum cost and the share", "den lägsta utgiften och andelen"),
                        Phrase.Of("eligible-cost <amount>", "eligible-cost <belopp>"));
                    continue;
                }

                foreach (var (_, terms) in Terms(context, application, SubsidyLaw.InvestmentAid, Phrase.Of("the minimum cost and the share", "den lägsta utgiften och andelen")))
                {
                    Check(context, application, cost, terms);
                }
            }
        }

        private static void Check(RuleContext context, SubsidyApplication application, Money cost, InvestmentAidTerms terms)
        {
            var raised = application.Grounds.Count > 0;
            var tooSmall = raised ? cost < terms.RaisedMinCost : cost <= terms.ShareAboveCost;
            if (tooSmall)
            {
                context.Report(application, context.FactSpan(application, "eligible-cost"),
                    Diagnose.InvestmentTooSmall(cost, raised, terms.ShareAboveCost, terms.RaisedMinCost, terms.RaisedShare));
                return;
            }

            var share = raised ? terms.RaisedShare : terms.Share;
            if (application.Amount is null)
            {
                context.Report(application, context.NameSpan(application), Diagnose.GrantAmountMissing(KindWord(application), @unchecked: Phrase.Of("the share of " + share, "andelen på högst " + share)));
                return;
            }

            if (application.Amount is { } amount && amount > cost * share.Fraction)
            {
                context.Report(application, context.FactSpan(application, "amount"),
                    Diagnose.InvestmentOverShare(amount, share, cost, raised, terms.RaisedShare));
            }
        }
    }
}
