using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>Subsidy applications (with their facts) and subsidy schemes (with their terms).</summary>
    internal sealed partial class PlanBinder
    {
        private SubsidyApplication? BindSubsidy(DeclarationSyntax declaration)
        {
            var kind = Word(declaration.Name, Vocabularies.SubsidyKinds);
            if (kind is null)
            {
                return null;
            }

            var kindWord = declaration.Name.Text;
            var once = new Once(this, Phrase.Of("the " + kindWord + " application", "ansökan om '" + kindWord + "'"));
            var application = new SubsidyApplication { Kind = kind.Value };
            foreach (var clause in declaration.Clauses)
            {
                if (clause.Keyword.Text == "in" && once.First(clause.Keyword))
                {
                    application = application with { Years = Years(clause.Value) };
                }
                else if (clause.Keyword.Text == "for" && once.First(new NameSyntax("place", clause.Keyword.Span)))
                {
                    application = application with { Place = References(clause.Value, allowRanges: false, SymbolKind.Place).FirstOrDefault() };
                }
            }

            var block = new SubsidyBlock(this, kind.Value, kindWord, once, application);
            BindStatements(SubsidyStatements.Table, block, declaration.Body, once);
            var bound = block.Build();
            Adopt(bound, bound.Exceptions);
            return _map.Add(bound, declaration);
        }

        /// <summary>A fact of a subsidy application: one that applies to its kind, once, with a value of the fact's type.</summary>
        private void BindApplicationFact(SubsidyBlock block, FactSyntax fact)
        {
            var kind = block.Kind;
            var kindWord = block.KindWord;
            var factKind = FactKind.Find(FactKind.ApplicationFacts, fact.Name.Text);
            if (factKind is null || !factKind.Subsidies.Contains(kind))
            {
                var applicable = FactKind.ApplicationFacts.Where(candidate => candidate.Subsidies.Contains(kind)).Select(candidate => candidate.Name).ToList();
                Report(fact.Name.Span, Diagnose.NotAFact(fact.Name.Text, Phrase.Of(kindWord, "en ansökan om '" + kindWord + "'"), didYouMean: Suggestions.Closest(fact.Name.Text, applicable), applicable,
                    factOf: factKind?.Subsidies.Select(Vocabularies.SubsidyKinds.WordFor)));
                return;
            }

            if (!block.Once.First(fact.Name) || !ExpectValue(fact, factKind.Type == FactType.Flag ? default(Phrase?) : ExpectedText(factKind.Type)))
            {
                return;
            }

            block.Application = BindFact(block.Application, factKind, fact, block.Grounds);
        }

        private SubsidyApplication BindFact(SubsidyApplication application, FactKind kind, FactSyntax fact, List<InvestmentGround> grounds)
        {
            var value = fact.Value;
            switch (kind.Name)
            {
                case "recipient": return application with { Recipient = References(value, allowRanges: false, SymbolKind.Actor).FirstOrDefault() };
                case "paid-by": return application with { PaidBy = References(value, allowRanges: false, SymbolKind.Funder).FirstOrDefault() };
                case "place": return application with { Place = References(value, allowRanges: false, SymbolKind.Place).FirstOrDefault() };
                case "amount": return application with { Amount = Money(value) };
                case "net-cost": return application with { NetCost = Money(value) };
                case "direct-cost": return application with { DirectCost = Money(value) };
                case "households": return application with { Households = Count(value) };
                case "deliveries": return application with { Deliveries = Count(value) };
                case "trips": return application with { Trips = Count(value) };
                case "turnover": return application with { Turnover = Money(value) };
                case "articles": return application with { Articles = WholeCount(value) };
                case "open": return application with { Open = Hours(value) };
                case "year-round": return application with { Seasonality = Seasonality.YearRound };
                case "seasonal": return application with { Seasonality = Seasonality.Seasonal };
                case "nearest-store": return application with { NearestStore = Distance(value) };
                case "nearest-fuel": return application with { NearestFuel = Distance(value) };
                case "island": return application with { Island = true };
                case "eligible-cost": return application with { EligibleCost = Money(value) };
                case "grounds":
                    grounds.AddRange(Words(value, Vocabularies.InvestmentGrounds, "accessibility, restart"));
                    return application;
                case "years": return application with { GrantYears = Years(value) };
                case "well-developed-range": return application with { WellDevelopedRange = true };
                case "service-strategic": return application with { ServiceStrategic = true };
                case "other-measures-tried": return application with { OtherMeasuresTried = true };
                case "nearest-provider": return application with { NearestPaymentProvider = Distance(value) };
                case "users": return application with { Users = Count(value) };
                case "commercial-alternative": return application with { CommercialAlternative = true };
                default:
                    ReportNotBound(fact.Name, "the " + Vocabularies.SubsidyKinds.WordFor(application.Kind) + " application");
                    return application;
            }
        }

        private SubsidyScheme? BindScheme(DeclarationSyntax declaration)
        {
            var kind = Word(declaration.Name, Vocabularies.SubsidyKinds);
            if (kind is null)
            {
                return null;
            }

            var block = new SchemeBlock(this, new SubsidyScheme { Kind = kind.Value, Title = declaration.Title?.Value });
            BindStatements(SchemeStatements.Table, block, declaration.Body, new Once(this, Phrase.Of("the " + declaration.Name.Text + " scheme", "stödformen '" + declaration.Name.Text + "'")));
            return _map.Add(block.Build(), declaration);
        }

        private SchemeTerm? BindTerm(FactSyntax fact)
        {
            var kind = FactKind.Find(FactKind.SchemeTerms, fact.Name.Text);
            if (kind is null)
            {
                Report(fact.Name.Span, Diagnose.NotAFact(fact.Name.Text, Phrase.Of("a scheme", "en stödform"), didYouMean: Suggestions.Closest(fact.Name.Text, FactKind.SchemeTerms.Select(term => term.Name)),
                    FactKind.SchemeTerms.Select(term => term.Name)));
                return null;
            }

            if (!ExpectValue(fact, kind.Type == FactType.Flag ? default(Phrase?) : ExpectedText(kind.Type), allowComparison: true))
            {
                return null;
            }

            var comparison = fact.Comparison?.Value ?? Comparison.Exactly;
            var condition = fact.Condition?.Value;
            switch (kind.Type)
            {
                case FactType.Flag:
                    return _map.Add(new SchemeTerm(kind.Name, comparison, null, null, condition), fact);
                case FactType.Grounds:
                    var grounds = Words(fact.Value, Vocabularies.InvestmentGrounds, "accessibility, restart").Select(Vocabularies.InvestmentGrounds.WordFor);
                    return _map.Add(new SchemeTerm(kind.Name, comparison, null, string.Join(", ", grounds), condition), fact);
                case FactType.Text:
                    var text = fact.Value is StringSyntax quoted ? quoted.Value : string.Join(", ", NameList(fact.Value, Phrase.Of("words", "ord"), "municipality").Select(name => name.Text));
                    return _map.Add(new SchemeTerm(kind.Name, comparison, null, text, condition), fact);
                default:
                    var quantity = TermQuantity(kind.Type, fact);
                    return quantity is null ? null : _map.Add(new SchemeTerm(kind.Name, comparison, quantity, null, condition), fact);
            }
        }

        /// <summary>The value of a scheme term, checked against the unit its fact takes.</summary>
        private Quantity? TermQuantity(FactType type, FactSyntax term)
        {
            var value = term.Value;
            switch (type)
            {
                case FactType.Money:
                    var money = Money(value, out var perYear);
                    return money is null ? null : new Quantity(money.Value.Kronor, QuantityUnit.Kronor, perYear);
                case FactType.Distance:
                    var distance = Distance(value);
                    return distance is null ? null : new Quantity(distance.Value.Kilometres, QuantityUnit.Kilometres);
                case FactType.Percent:
                    var percent = Percent(value);
                    return percent is null ? null : new Quantity(percent.Value.Value, QuantityUnit.Percent);
                case FactType.Hours:
                    var hours = Hours(value);
                    return hours is null ? null : new Quantity(hours.Value.Hours, QuantityUnit.HoursPerWeek);
                case FactType.Duration:
                    if (value is QuantitySyntax { Unit: "years" or null, PerYear: false } duration)
                    {
                        return WithinBounds(duration, QuantityUnit.Years) ? new Quantity(duration.Value, QuantityUnit.Years) : null;
                    }

                    Mismatch(value, Phrase.Of("a number of years", "ett antal år"), "3 years");
                    return null;
                case FactType.Count:
                    var count = Count(value);
                    return count is null ? null : new Quantity(count.Value, QuantityUnit.Count);
                default:
                    ReportNotBound(term.Name, SchemeStatements.Table.Description);
                    return null;
            }
        }

        private static Phrase ExpectedText(FactType type) => type switch
        {
            FactType.Money => Phrase.Of("an amount in kr (e.g. 120 000 kr)", "ett belopp i kr (t.ex. 120 000 kr)"),
            FactType.Distance => Phrase.Of("a distance in km (e.g. 12 km)", "ett avstånd i km (t.ex. 12 km)"),
            FactType.Percent => Phrase.Of("a percentage (e.g. 50 %)", "en procentsats (t.ex. 50 %)"),
            FactType.Hours => Phrase.Of("opening hours per week (e.g. 45 h/week)", "öppettid i timmar per vecka (t.ex. 45 h/week)"),
            FactType.Count => Phrase.Of("a number (e.g. 40)", "ett tal (t.ex. 40)"),
            FactType.YearRange => Phrase.Of("a year or year range (e.g. 2024..2026)", "ett år eller årsintervall (t.ex. 2024..2026)"),
            FactType.Duration => Phrase.Of("a number of years (e.g. 3 years)", "ett antal år (t.ex. '3 years')"),
            FactType.Actor => Phrase.Of("an actor (e.g. KrokomsKommun)", "en aktör (t.ex. KrokomsKommun)"),
            FactType.Funder => Phrase.Of("a funder (e.g. RegionJH)", "en finansiär (t.ex. RegionJH)"),
            FactType.Place => Phrase.Of("a place (e.g. Kluk)", "en ort (t.ex. Kluk)"),
            FactType.Grounds => Phrase.Of("grounds (accessibility, restart, environment, added-services, priority-area)", "grunder ('accessibility', 'restart', 'environment', 'added-services', 'priority-area')"),
            _ => Phrase.Of("a text in quotes or a word", "en text inom citattecken eller ett ord"),
        };
    }
}
