using System.Collections.Generic;
using System.Globalization;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Law;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// Servicebidrag (SFS 2000:284, [003 bilaga 1]): at most 250 000 kr per year and recipient, 300 000 kr for a store with
    /// a well-developed range of basic service or of service-strategic importance; at most three years in all; only with
    /// special reasons after other measures were tried — the special reasons are stated as a justified exception to SP4012.
    /// </summary>
    public sealed class ServiceGrantRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.ServiceGrantOverCap, DiagnosticCatalog.ServiceGrantTooLong, DiagnosticCatalog.ServiceGrantWithoutReasons, DiagnosticCatalog.GrantAmountMissing,
        };

        public override void Check(RuleContext context)
        {
            foreach (var application in Applications(context, SubsidyKind.ServiceGrant))
            {
                context.Report(DiagnosticCatalog.ServiceGrantWithoutReasons, application, context.NameSpan(application),
                    application.OtherMeasuresTried ? string.Empty : ", and the application does not state that other measures were tried");

                if (application.Amount is null)
                {
                    context.Report(DiagnosticCatalog.GrantAmountMissing, application, context.NameSpan(application), KindWord(application), string.Empty, "the cap of 250 000 / 300 000 kr per year", string.Empty);
                }

                foreach (var (_, terms) in Terms(context, application, SubsidyLaw.ServiceGrant, "the cap and the three-year limit"))
                {
                    var years = application.GrantYears ?? application.Years;
                    if (years is { } granted && granted.Length > terms.MaxYears)
                    {
                        context.Report(DiagnosticCatalog.ServiceGrantTooLong, application, context.FactSpan(application, application.GrantYears is null ? "in" : "years"),
                            granted.Length.ToString(CultureInfo.InvariantCulture), granted.ToString(), terms.MaxYears.ToString(CultureInfo.InvariantCulture));
                    }

                    if (application.Amount is { } amount)
                    {
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
        }
    }
}
