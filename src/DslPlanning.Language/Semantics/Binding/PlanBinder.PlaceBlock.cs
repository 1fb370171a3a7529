using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>What the header and statements of a place have bound so far; one method per statement of <c>PlaceStatements</c>.</summary>
        internal sealed class PlaceBlock : BlockBinding
        {
            private readonly List<ServiceKind> _services = new();
            private readonly List<ServiceKind> _needs = new();
            private readonly List<Store> _stores = new();
            private readonly List<ServiceDistance> _nearest = new();
            private Place _place;

            public PlaceBlock(PlanBinder binder, DeclarationSyntax declaration)
                : base(binder)
            {
                _place = new Place { Name = declaration.Name.Text, Title = declaration.Title?.Value };
                Once = new Once(binder, KindNouns.BeforeName(SymbolKind.Place) + " " + declaration.Name.Text);
            }

            public Once Once { get; }

            /// <summary>The header clause <c>level 3</c>.</summary>
            public void Clause(ClauseSyntax clause)
            {
                if (Once.First(clause.Keyword))
                {
                    _place = _place with { Level = Binder.LevelKey(clause.Value) };
                }
            }

            public void Services(ValueStatementSyntax services) => _services.AddRange(Binder.Words(services.Value, Vocabularies.Services, "groceries, fuel"));

            public void Needs(ValueStatementSyntax needs) => _needs.AddRange(Binder.Words(needs.Value, Vocabularies.Services, "pharmacy"));

            public void Store(FactListSyntax store) => _stores.Add(Binder.BindStore(store));

            public void Nearest(FactListSyntax nearest) => _nearest.AddRange(Binder.BindNearest(nearest));

            public void Island(ValueStatementSyntax island) => _place = _place with { Island = true };

            public void Status(ValueStatementSyntax status) =>
                _place = _place with { Status = Binder.Words(status.Value, Vocabularies.PlaceStatuses, "planned").FirstOrDefault() };

            public void Municipality(ValueStatementSyntax municipality) => _place = _place with { Municipality = Binder.Text(municipality.Value) };

            public void Description(ValueStatementSyntax description) => _place = _place with { Description = Binder.Text(description.Value) };

            public Place Build() => _place with
            {
                Services = _services.Distinct().ToValueList(),
                Needs = _needs.Distinct().ToValueList(),
                Stores = _stores.ToValueList(),
                Nearest = _nearest.ToValueList(),
                Notes = Notes,
                Exceptions = Exceptions,
            };
        }
    }
}
