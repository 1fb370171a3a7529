using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Figures;
using DslPlanning.Model.Law;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>
    /// Särskilt driftstöd (SFS 2000:284, [003 bilaga 1]): a store more than 10 km from another store with a varied range
    /// (or on an island), open year-round at least 40 h/week (20 h/week below 2 million kr turnover), with a net grocery
    /// turnover of at most 11 million kr and at least 1 000 articles (a lower range is possible below 2 million kr); the
    /// amount follows the turnover model, at most 300 000 kr. Facts missing from the application are taken from its place.
    /// </summary>
    public sealed class OperatingAidRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[]
        {
            DiagnosticCatalog.OperatingAidDistance, DiagnosticCatalog.OperatingAidSeasonal, DiagnosticCatalog.OperatingAidHours,
            DiagnosticCatalog.OperatingAidTurnover, DiagnosticCatalog.OperatingAidArticles, DiagnosticCatalog.OperatingAidAmount,
            DiagnosticCatalog.MissingSubsidyFact, DiagnosticCatalog.NoLawFigures, DiagnosticCatalog.LawFiguresCarriedForward,
        };

        public override void Check(RuleContext context)
        {
            foreach (var application in Applications(context, SubsidyKind.OperatingAid))
            {
                var facts = StoreFacts.Of(context, application);
                if (facts.Seasonality.Value == Seasonality.Seasonal)
                {
                    context.Report(application, facts.Seasonality.Span, Diagnose.OperatingAidSeasonal(store: facts.Subject));
                }

                foreach (var (years, terms) in Terms(context, application, SubsidyLaw.OperatingAid, Phrase.Of("the distance, turnover, opening hours, range and amount", "avståndet, nettoomsättningen, öppettiderna, utbudet och beloppet")))
                {
                    Check(context, application, facts, years, terms);
                }
            }
        }

        private static void Check(RuleContext context, SubsidyApplication application, StoreFacts facts, YearRange years, OperatingAidTerms terms)
        {
            if (!facts.Island && facts.NearestStore.Value is { } distance && distance.Kilometres <= terms.MinDistance.Kilometres)
            {
                context.Report(application, facts.NearestStore.Span, Diagnose.OperatingAidDistance(minimum: terms.MinDistance, distance));
            }
            else if (!facts.Island && facts.NearestStore.Value is null)
            {
                Missing(context, application,
                    Phrase.Of("the distance to the nearest other store", "avståndet till närmaste andra butik"),
                    Phrase.Of("the distance condition (more than 10 km)", "avståndsvillkoret (mer än 10 km)"),
                    "nearest-store <km>");
            }

            if (facts.Turnover.Value is not { } turnover)
            {
                Missing(context, application,
                    Phrase.Of("the store's net grocery turnover", "butikens nettoomsättning av dagligvaror"),
                    Phrase.Of("the turnover conditions and the amount", "villkoren om nettoomsättning och beloppet"),
                    Phrase.Of("turnover <amount>", "turnover <belopp>"));
                return;
            }

            var low = turnover < terms.LowTurnover;
            if (turnover > terms.MaxTurnover)
            {
                context.Report(application, facts.Turnover.Span, Diagnose.OperatingAidTurnover(maximum: terms.MaxTurnover, turnover));
            }

            var minimumHours = low ? terms.MinHoursLowTurnover : terms.MinHours;
            if (facts.Open.Value is { } open && open.Hours < minimumHours.Hours)
            {
                context.Report(application, facts.Open.Span, Diagnose.OperatingAidHours(turnover, minimum: minimumHours, open));
            }

            if (facts.Articles.Value is { } articles && articles < terms.MinArticles && !low)
            {
                context.Report(application, facts.Articles.Span,
                    Diagnose.OperatingAidArticles(minimum: terms.MinArticles, articles, turnover, lowTurnover: terms.LowTurnover));
            }

            var maximum = OperatingAidModel.Amount(turnover, terms);
            if (application.Amount is { } amount && amount > maximum && turnover <= terms.MaxTurnover)
            {
                context.Report(application, context.FactSpan(application, "amount"), Diagnose.OperatingAidAmount(amount, turnover, maximum, years));
            }
        }

        /// <summary>A fact and where it is written.</summary>
        private readonly record struct Fact<T>(T? Value, TextSpan Span) where T : struct;

        /// <summary>The store's facts: from the application, else from the store and distances of its place.</summary>
        private sealed record StoreFacts(
            Phrase Subject,
            Fact<Money> Turnover,
            Fact<int> Articles,
            Fact<WeeklyHours> Open,
            Fact<Seasonality> Seasonality,
            Fact<Distance> NearestStore,
            bool Island)
        {
            public static StoreFacts Of(RuleContext context, SubsidyApplication application)
            {
                var place = context.PlaceOf(application.Place);
                var store = place?.Stores.FirstOrDefault();
                var storeSpan = store is null ? context.NameSpan(application) : context.Plan.Map.NameSpan(store, context.NameSpan(application));
                var nearest = place?.Nearest.FirstOrDefault(distance => distance.Service == ServiceKind.Groceries)?.Distance;

                Fact<T> Pick<T>(T? fromApplication, string fact, T? fromPlace, TextSpan placeSpan) where T : struct =>
                    fromApplication is not null
                        ? new Fact<T>(fromApplication, context.FactSpan(application, fact))
                        : new Fact<T>(fromPlace, fromPlace is null ? context.NameSpan(application) : placeSpan);

                return new StoreFacts(
                    place is null ? Phrase.Of("the store", "butiken") : Phrase.Of("the store in ", "butiken i ") + place.Name,
                    Pick(application.Turnover, "turnover", store?.Turnover, storeSpan),
                    Pick(application.Articles, "articles", store?.Articles, storeSpan),
                    Pick(application.Open, "open", store?.Open, storeSpan),
                    Pick(application.Seasonality, application.Seasonality == Model.Seasonality.Seasonal ? "seasonal" : "year-round", store?.Seasonality, storeSpan),
                    Pick(application.NearestStore, "nearest-store", nearest, place is null ? context.NameSpan(application) : context.NearestSpan(place, ServiceKind.Groceries)),
                    application.Island || place?.Island == true);
            }
        }
    }
}
