using System.Collections.Generic;
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
            DiagnosticCatalog.ServiceGrantWithoutOtherMeasures, DiagnosticCatalog.GrantAmountMissing, DiagnosticCatalog.NoLawFigures, DiagnosticCatalog.LawFiguresCarriedForward,
        };

        public override void Check(RuleContext context)
        {
            var applications = Applications(context, SubsidyKind.ServiceGrant).ToList();
            var byRecipient = applications.Where(application => application.Recipient is not null).ToLookup(application => application.Recipient);
            var byRecipientAndPlace = applications.ToLookup(application => (application.Recipient, application.Place));
            foreach (var application in applications)
            {
                context.Report(application, context.NameSpan(application), Diagnose.ServiceGrantWithoutReasons());
                if (!application.OtherMeasuresTried)
                {
                    context.Report(application, context.NameSpan(application), Diagnose.ServiceGrantWithoutOtherMeasures());
                }

                if (application.Amount is null)
                {
                    context.Report(application, context.NameSpan(application), Diagnose.GrantAmountMissing(KindWord(application), @unchecked: Phrase.Of("the cap of 250 000 / 300 000 kr per year", "högsta beloppet 250 000 / 300 000 kr per år")));
                }

                var lawTerms = Terms(context, application, SubsidyLaw.ServiceGrant, Phrase.Of("the cap and the three-year limit", "högsta beloppet och gränsen på tre år"));
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
            ?? application.Years?.Years.Where(year => SubsidyLaw.ServiceGrant.Applicable(year) is not null)
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

            context.Report(application, context.FactSpan(application, application.GrantYears is null ? "in" : "years"),
                Diagnose.ServiceGrantTooLong(years, maximum: terms.MaxYears, countsOtherGrants: same.Count > 1, application.Recipient?.Name, application.Place?.Name));
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
                var terms = SubsidyLaw.ServiceGrant.Applicable(lawYear)?.Value;
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

                context.Report(application, context.FactSpan(application, "amount"), Diagnose.ServiceGrantOverCap(
                    total, cap, raised, terms.RaisedCap, year, application.Recipient?.Name,
                    alongside: alongside.Select(candidate => (Owner(context, candidate), candidate.Amount!.Value)).ToList()));
                return;
            }
        }

        private static Phrase Owner(RuleContext context, SubsidyApplication application) =>
            context.Parent<PlanAction>(application)?.Name is { } name ? name : Phrase.Of("an action", "en åtgärd");
    }
}
