using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// Stöd till grundläggande betaltjänster (SFS 2014:139, [003 bilaga 1]): judged by the distance to the nearest
    /// provider and the estimated number of users; not given where another actor is likely to provide the services
    /// commercially within reasonable time.
    /// </summary>
    public sealed class PaymentServicesRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.PaymentServicesCommercial, DiagnosticCatalog.PaymentServicesFacts };

        public override void Check(RuleContext context)
        {
            foreach (var application in Applications(context, SubsidyKind.PaymentServicesAid))
            {
                if (application.CommercialAlternative)
                {
                    context.Report(application, context.FactSpan(application, "commercial-alternative"), Diagnose.PaymentServicesCommercial());
                }

                if (application.NearestPaymentProvider is null || application.Users is null)
                {
                    context.Report(application, context.NameSpan(application), Diagnose.PaymentServicesFacts(
                        distanceMissing: application.NearestPaymentProvider is null, usersMissing: application.Users is null));
                }
            }
        }
    }
}
