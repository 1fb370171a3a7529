using System.Linq;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Semantics
{
    public class ModelTests
    {
        private const string Krokom = """
            municipal plan Krokom "Krokoms kommuns kommersiella serviceprogram" {
              owner KrokomsKommun
              period 2023..2030
              review yearly
              revision 2028
              actor KrokomsKommun "Krokoms kommun" municipality
              actor Näringslivskontoret department
              funder Kommunstyrelsen municipality budget 400 000 kr per year
              funder RegionJH "Region Jämtland Härjedalen" region
              level 3 "Lokal servicepunkt"
              place Kluk level 3 {
                services groceries, fuel
                store turnover 3 200 000 kr, articles 1 400, open 45 h/week, year-round
                nearest groceries 28 km
              }
              place Laxsjö level 3
              area IO2 "Stärka förutsättningarna" priority 2 {
                goal G2.1 "Fler använder hemsändningsbidraget" result {
                  indicator "butiker som använder bidraget" baseline 1 in 2023 target at least 3 in 2026
                  actual 2 in 2024 "enkät"
                }
                action Hemsändning "Hemsändningsbidrag" priority high serves G2.1 {
                  owner Näringslivskontoret
                  cost 200 kr per delivery, 600 deliveries per year
                  funding Kommunstyrelsen 50 %, RegionJH 50 %
                  subsidy home-delivery-grant in 2024 { recipient KrokomsKommun; net-cost 120 000 kr; households 40 }
                }
                action Serviceavtal serves G2.1 {
                  cost at most 50 000 kr per place per year
                  places Kluk, Laxsjö
                  funding Kommunstyrelsen 100 %
                }
              }
            }
            """;

        [Fact]
        public void The_binder_builds_the_typed_model()
        {
            var compilation = Compile.Text(Krokom);
            Assert.Empty(compilation.Structure());
            var plan = compilation.Plans.Single().Model;

            Assert.Equal(PlanKind.Municipal, plan.Kind);
            Assert.Equal(new YearRange(2023, 2030), plan.Period);
            Assert.Equal(1, plan.ReviewIntervalYears);
            Assert.Equal(2028, plan.RevisionStart);
            Assert.Equal(new SymbolRef("Krokom", "KrokomsKommun"), plan.Owner);
            Assert.Equal(new Budget(new Money(400_000m), PerYear: true, Years: null), plan.Funders[0].Budgets.Single());
            Assert.Equal(OrganisationKind.Region, plan.Funders[1].Kind);

            var kluk = plan.Places[0];
            Assert.Equal("3", kluk.Level);
            Assert.Equal(new[] { ServiceKind.Groceries, ServiceKind.Fuel }, kluk.Services);
            Assert.Equal(new Store(null, new Money(3_200_000m), 1400, new WeeklyHours(45m), Seasonality.YearRound), kluk.Stores.Single());
            Assert.Equal(new ServiceDistance(ServiceKind.Groceries, new Distance(28m)), kluk.Nearest.Single());

            var area = plan.Areas.Single();
            Assert.Equal(2, area.Rank);
            var goal = area.Goals.Single();
            Assert.Equal(GoalKind.Result, goal.Kind);
            Assert.Equal(new Measurement(new Quantity(1m, QuantityUnit.Count), 2023, null), goal.Baseline);
            Assert.Equal(new GoalTarget(Comparison.AtLeast, new Quantity(3m, QuantityUnit.Count), 2026), goal.Target);
            Assert.Equal(new Measurement(new Quantity(2m, QuantityUnit.Count), 2024, "enkät"), goal.Actuals.Single());

            var delivery = area.Actions[0];
            Assert.Equal("high", delivery.Priority);
            Assert.Equal(new SymbolRef("Krokom", "G2.1"), delivery.Serves.Single());
            var cost = delivery.Costs.Single();
            Assert.Equal(new Money(200m), cost.Amount);
            Assert.Equal(new[] { CostUnit.Delivery }, cost.Per);
            Assert.Equal(new CostVolume(600m, CostUnit.Delivery, PerYear: true), cost.Volume);
            Assert.Equal(new[] { new Percent(50m), new Percent(50m) }, delivery.Funding.Select(source => source.Share!.Value));
            Assert.Equal(new[] { "Kommunstyrelsen", "RegionJH" }, delivery.Funding.Select(source => source.Funder.Name));
            var grant = delivery.Subsidies.Single();
            Assert.Equal(SubsidyKind.HomeDeliveryGrant, grant.Kind);
            Assert.Equal(YearRange.Single(2024), grant.Years);
            Assert.Equal(new Money(120_000m), grant.NetCost);
            Assert.Equal(40m, grant.Households);

            var agreements = area.Actions[1];
            Assert.Equal(Comparison.AtMost, agreements.Costs.Single().Bound);
            Assert.Equal(new[] { CostUnit.Place, CostUnit.Year }, agreements.Costs.Single().Per);
            Assert.Equal(new[] { "Kluk", "Laxsjö" }, agreements.Places.Select(place => place.Name));
        }

        [Fact]
        public void Binding_the_same_text_twice_gives_equal_models_and_a_changed_figure_does_not()
        {
            var first = Compile.Text(Krokom).Plans.Single().Model;
            var second = Compile.Text(Krokom).Plans.Single().Model;
            var changed = Compile.Text(Krokom.Replace("200 kr per delivery", "210 kr per delivery")).Plans.Single().Model;

            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.NotEqual(first, changed);
        }

        [Fact]
        public void Schemes_keep_terms_with_comparisons_and_conditions()
        {
            var plan = Compile.Model("""
                scheme service-grant "Servicebidrag" {
                  amount at most 250 000 kr per year
                  amount at most 300 000 kr per year "väl utbyggt utbud"
                  years at most 3 years
                  recipient business
                  source "SFS 2000:284"
                }
                """);

            var scheme = plan.Schemes.Single();
            Assert.Equal(SubsidyKind.ServiceGrant, scheme.Kind);
            Assert.Equal(new SchemeTerm("amount", Comparison.AtMost, new Quantity(250_000m, QuantityUnit.Kronor, true), null, null), scheme.Terms[0]);
            Assert.Equal("väl utbyggt utbud", scheme.Terms[1].Condition);
            Assert.Equal(new Quantity(3m, QuantityUnit.Years), scheme.Terms[2].Value);
            Assert.Equal("business", scheme.Terms[3].Text);
            Assert.Equal("SFS 2000:284", scheme.Source);
        }

        [Fact]
        public void Funding_amounts_per_unit_and_years_are_kept()
        {
            var plan = Compile.Model("funder K\naction A { funding K 100 kr per delivery in 2024..2026 }");

            var source = plan.Actions.Single().Funding.Single();
            Assert.Equal(new Money(100m), source.Amount);
            Assert.Null(source.Share);
            Assert.Equal(new[] { CostUnit.Delivery }, source.Per);
            Assert.Equal(new YearRange(2024, 2026), source.Years);
        }

        [Fact]
        public void Exceptions_keep_the_rule_and_the_reason()
        {
            var plan = Compile.Model("action A { exception SP4030 \"särskilda skäl: ö utan fast landförbindelse\" }");

            Assert.Equal(new JustifiedException("SP4030", "särskilda skäl: ö utan fast landförbindelse"), plan.Actions.Single().Exceptions.Single());
        }

        [Theory]
        [InlineData("50000", "50 000 kr")]
        [InlineData("60000.5", "60 000,50 kr")]
        [InlineData("60000.25", "60 000,25 kr")]
        [InlineData("100.0017", "100,0017 kr")]
        [InlineData("-1500", "−1 500 kr")]
        public void Money_reads_the_Swedish_way_with_ore_in_two_digits(string kronor, string expected) =>
            Assert.Equal(expected, new Money(decimal.Parse(kronor, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }
}
