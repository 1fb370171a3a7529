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
            var byRecipient = applications.Where(application => application.Recipient is not null).ToLookup(application => application.Recipient);
            var byRecipientAndPlace = applications.ToLookup(application => (application.Recipient, application.Place));
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
                if (lawTerms.Count > 0)
                {
                    CheckCap(context, application, application.Recipient is null ? Enumerable.Empty<SubsidyApplication>() : byRecipient[application.Recipient]);
                    CheckYears(context, application, byRecipientAndPlace[(application.Recipient, application.Place)].ToList(), lawTerms[lawTerms.Count - 1].Value);
                }
            }
        }

        /// <summary>
        /// The years an application counts toward the three-year limit: its grant years (decided under the law of the
        /// year applied in), else the years applied for that the law table covers (SP4003 reports the others).
        /// </summary>
        private static IEnumerable<int> CountedYears(SubsidyApplication application) =>
            application.GrantYears?.Years
            ?? application.Years?.Years.Where(year => SubsidyLaw.ServiceGrant.For(year) is not null)
            ?? Enumerable.Empty<int>();

        /// <summary>
        /// Reports an application that has a year beyond the limit, counting every application of the plan for the same
        /// recipient and place: the years past the third (in time) are the ones too many, wherever they are written.
        /// </summary>
        private static void CheckYears(RuleContext context, SubsidyApplication application, List<SubsidyApplication> same, ServiceGrantTerms terms)
        {
            var years = same.SelectMany(CountedYears).Distinct().OrderBy(year => year).ToList();
            if (years.Count <= terms.MaxYears || !CountedYears(application).Any(year => year > years[terms.MaxYears - 1]))
            {
                return;
            }

            var others = same.Count > 1 ? $" over this and the plan's other service grants to {application.Recipient?.Name} at {application.Place?.Name}" : string.Empty;
            context.Report(DiagnosticCatalog.ServiceGrantTooLong, application, context.FactSpan(application, application.GrantYears is null ? "in" : "years"),
                years.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", years.Select(year => year.ToString(CultureInfo.InvariantCulture))),
                terms.MaxYears.ToString(CultureInfo.InvariantCulture), others);
        }

        /// <summary>
        /// Reports an application over the yearly cap per recipient: its own amount, or with the amounts of the plan's
        /// service grants before it to the same recipient in the same year.
        /// </summary>
        private static void CheckCap(RuleContext context, SubsidyApplication application, IEnumerable<SubsidyApplication> sameRecipient)
        {
            if (application.Amount is not { } amount)
            {
                return;
            }

            var raised = application.WellDevelopedRange || application.ServiceStrategic;
            var earlier = sameRecipient.TakeWhile(candidate => !ReferenceEquals(candidate, application))
                .Where(candidate => candidate.Amount is not null)
                .ToList();
            foreach (var year in CountedYears(application))
            {
                var lawYear = application.GrantYears is null ? year : application.Years?.Start ?? year;
                var terms = SubsidyLaw.ServiceGrant.For(lawYear)?.Value;
                if (terms is null)
                {
                    continue;
                }

                var cap = raised ? terms.RaisedCap : terms.Cap;
                var alongside = amount > cap ? new List<SubsidyApplication>() : earlier.Where(candidate => CountedYears(candidate).Contains(year)).ToList();
                var total = alongside.Aggregate(amount, (sum, candidate) => sum + candidate.Amount!.Value);
                if (total <= cap)
                {
                    continue;
                }

                var why = raised
                    ? " for a store with a well-developed range or of service-strategic importance"
                    : $" ({terms.RaisedCap} for a store with a well-developed range or of service-strategic importance: state 'well-developed-range' or 'service-strategic')";
                var counting = alongside.Count == 0
                    ? string.Empty
                    : $" in {year.ToString(CultureInfo.InvariantCulture)}, counting the plan's other service grants to {application.Recipient?.Name} ("
                        + string.Join(", ", alongside.Select(candidate => $"{Owner(context, candidate)} {candidate.Amount}")) + ")";
                context.Report(DiagnosticCatalog.ServiceGrantOverCap, application, context.FactSpan(application, "amount"), total.ToString(), cap.ToString(), why, counting);
                return;
            }
        }

        private static string Owner(RuleContext context, SubsidyApplication application) =>
            context.Parent<PlanAction>(application)?.Name ?? "an action";
    }
}
