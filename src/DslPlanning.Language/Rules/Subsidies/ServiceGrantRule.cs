using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using DslPlanning.Model.Law;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// Servicebidrag (SFS 2000:284, [003 bilaga 1]): at most 250 000 kr per year and recipient, 300 000 kr for a store with
    /// a well-developed range of basic service or of service-strategic importance; at most three years in all, over every
    /// application of the plan for the same recipient and place; only with special reasons (stated as a justified
    /// exception to SP4012) after other measures were tried (the fact <c>other-measures-tried</c>, SP4013).
    /// </summary>
    public sealed class ServiceGrantRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.ServiceGrantOverCap, DiagnosticCatalog.ServiceGrantTooLong, DiagnosticCatalog.ServiceGrantWithoutReasons,
            DiagnosticCatalog.ServiceGrantWithoutOtherMeasures, DiagnosticCatalog.GrantAmountMissing, DiagnosticCatalog.NoLawFigures,
        };

        public override void Check(RuleContext context)
        {
            var applications = Applications(context, SubsidyKind.ServiceGrant).ToList();
            foreach (var application in applications)
            {
                context.Report(DiagnosticCatalog.ServiceGrantWithoutReasons, application, context.NameSpan(application));
                if (!application.OtherMeasuresTried)
                {
                    context.Report(DiagnosticCatalog.ServiceGrantWithoutOtherMeasures, application, context.NameSpan(application));
                }

                if (application.Amount is null)
                {
                    context.Report(DiagnosticCatalog.GrantAmountMissing, application, context.NameSpan(application), KindWord(application), string.Empty, "the cap of 250 000 / 300 000 kr per year", string.Empty);
                }

                var lawTerms = Terms(context, application, SubsidyLaw.ServiceGrant, "the cap and the three-year limit");
                foreach (var (_, terms) in lawTerms)
                {
                    CheckCap(context, application, terms);
                }

                if (lawTerms.Count > 0)
                {
                    CheckYears(context, application, applications, lawTerms[lawTerms.Count - 1].Value);
                }
            }
        }

        /// <summary>
        /// Reports an application with which the years granted to the same recipient and place (counting the applications
        /// before it) exceed the limit. Years the law table has no figures for are not counted: SP4003 says they were not checked.
        /// </summary>
        private static void CheckYears(RuleContext context, SubsidyApplication application, List<SubsidyApplication> applications, ServiceGrantTerms terms)
        {
            var same = applications
                .TakeWhile(candidate => !ReferenceEquals(candidate, application))
                .Append(application)
                .Where(candidate => candidate.Recipient == application.Recipient && candidate.Place == application.Place)
                .SelectMany(candidate => (candidate.GrantYears ?? candidate.Years)?.Years ?? Enumerable.Empty<int>())
                .Where(year => SubsidyLaw.ServiceGrant.For(year) is not null)
                .Distinct()
                .OrderBy(year => year)
                .ToList();
            if (same.Count > terms.MaxYears)
            {
                context.Report(DiagnosticCatalog.ServiceGrantTooLong, application, context.FactSpan(application, application.GrantYears is null ? "in" : "years"),
                    same.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", same.Select(year => year.ToString(CultureInfo.InvariantCulture))),
                    terms.MaxYears.ToString(CultureInfo.InvariantCulture));
            }
        }

        private static void CheckCap(RuleContext context, SubsidyApplication application, ServiceGrantTerms terms)
        {
            if (application.Amount is not { } amount)
            {
                return;
            }

            var raised = application.WellDevelopedRange || application.ServiceStrategic;
            var cap = raised ? terms.RaisedCap : terms.Cap;
            if (amount > cap)
            {
                var why = raised
                    ? " for a store with a well-developed range or of service-strategic importance"
                    : $" ({terms.RaisedCap} for a store with a well-developed range or of service-strategic importance: state 'well-developed-range' or 'service-strategic')";
                context.Report(DiagnosticCatalog.ServiceGrantOverCap, application, context.FactSpan(application, "amount"), amount.ToString(), cap.ToString(), why);
            }
        }
    }
}
