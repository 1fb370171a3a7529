using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>Places: level, services and gaps, stores and their facts, distances.</summary>
    internal sealed partial class PlanBinder
    {
        private static readonly string[] StoreFacts = { "turnover", "articles", "open", "year-round", "seasonal" };

        private Place BindPlace(DeclarationSyntax declaration)
        {
            var place = new PlaceBlock(this, declaration);
            foreach (var clause in declaration.Clauses)
            {
                place.Clause(clause);
            }

            BindStatements(PlaceStatements.Table, place, declaration.Body, place.Once);
            var bound = place.Build();
            Adopt(bound, bound.Exceptions);
            return _map.Add(bound, declaration);
        }

        /// <summary>A level key: a whole number or a name; recorded as a reference when the plan declares that level (the rules report one it does not).</summary>
        private string? LevelKey(ValueSyntax? value)
        {
            var (key, span) = value switch
            {
                QuantitySyntax { Unit: null, PerYear: false } number when number.IsWholeNumber => (number.Digits, number.Span),
                ReferenceListSyntax { Items.Count: 1 } list when list.Items[0].End is null => (list.Items[0].Start.Text, list.Items[0].Start.Span),
                _ => (MismatchText(value, Phrase.Of("a service level (a number or a name)", "en servicenivå (ett tal eller ett namn)"), "level 3"), default),
            };

            if (key is not null && _outline.Find(SymbolKind.Level, key) is not null)
            {
                Record(new ElementKey(SymbolKind.Level, PlanName, key), span);
            }

            return key;
        }

        private string? MismatchText(ValueSyntax? value, Phrase expected, string example)
        {
            Mismatch(value, expected, example);
            return null;
        }

        /// <summary>What a store fact's value is, with an example; null for the flags <c>year-round</c> and <c>seasonal</c>.</summary>
        private static Phrase? StoreFactValue(string fact) => fact switch
        {
            "turnover" => Phrase.Of("an amount in kr (e.g. 3 200 000 kr)", "ett belopp i kr (t.ex. 3 200 000 kr)"),
            "articles" => Phrase.Of("a number (e.g. 1 400)", "ett tal (t.ex. 1 400)"),
            "open" => Phrase.Of("opening hours per week (e.g. 45 h/week)", "öppettid i timmar per vecka (t.ex. 45 h/week)"),
            _ => default(Phrase?),
        };

        private Store BindStore(FactListSyntax store)
        {
            var once = new Once(this, Phrase.Of("the store", "butiken"));
            Money? turnover = null;
            int? articles = null;
            WeeklyHours? open = null;
            Seasonality? seasonality = null;
            foreach (var fact in store.Facts)
            {
                var name = fact.Name.Text;
                if (!StoreFacts.Contains(name))
                {
                    Report(fact.Name.Span, Diagnose.NotAFact(name, Phrase.Of("a store", "en butik"), didYouMean: Parsing.Suggestions.Closest(name, StoreFacts), StoreFacts));
                    continue;
                }

                if (!once.First(fact.Name) || !ExpectValue(fact, StoreFactValue(name)))
                {
                    continue;
                }

                switch (name)
                {
                    case "turnover": turnover = Money(fact.Value); break;
                    case "articles": articles = WholeCount(fact.Value); break;
                    case "open": open = Hours(fact.Value); break;
                    case "year-round": seasonality = Seasonality.YearRound; break;
                    case "seasonal": seasonality = Seasonality.Seasonal; break;
                }
            }

            return _map.Add(new Store(store.Title?.Value, turnover, articles, open, seasonality), store);
        }

        private IEnumerable<ServiceDistance> BindNearest(FactListSyntax nearest)
        {
            foreach (var fact in nearest.Facts)
            {
                var service = Word(fact.Name, Vocabularies.Services);
                if (!ExpectValue(fact, Phrase.Of("a distance in km", "ett avstånd i km")))
                {
                    continue;
                }

                var distance = Distance(fact.Value);
                if (service is not null && distance is not null)
                {
                    yield return _map.Add(new ServiceDistance(service.Value, distance.Value), nearest);
                }
            }
        }

        /// <summary>
        /// Checks that a fact has a value when <paramref name="expected"/> names one, and none when it is null (a flag);
        /// comparisons and conditions belong to scheme terms only.
        /// </summary>
        private bool ExpectValue(FactSyntax fact, Phrase? expected, bool allowComparison = false)
        {
            if (fact.Comparison is not null && !allowComparison)
            {
                Report(fact.Comparison.Span, Diagnose.ComparisonOnFact(fact.Name.Text));
                return false;
            }

            if (fact.Condition is not null && !allowComparison)
            {
                Report(fact.Condition.Span, Diagnose.ConditionOnFact(fact.Name.Text));
                return false;
            }

            if (expected is null && fact.Value is not null)
            {
                Report(fact.Value.Span, Diagnose.ValueOnFlag(fact.Name.Text));
                return false;
            }

            if (expected is not null && fact.Value is null)
            {
                Report(fact.Name.Span, Diagnose.FactWithoutValue(fact.Name.Text, expected.Value));
                return false;
            }

            return true;
        }
    }
}
