using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Language.Tests.Plans
{
    /// <summary>The plans in plans/ compile, and hold what their source documents say.</summary>
    public class RealPlanTests
    {
        private static readonly PlanCompilation Compilation = PlanCompilation.Create(Repository.RealPlans());

        private static ServicePlan Plan(string name) => Compilation.FindPlan(name)?.Model ?? throw new KeyNotFoundException(name);

        private static PlanAction Action(ServicePlan plan, string name) => plan.AllActions.Single(action => action.Name == name);

        [Fact]
        public void Every_plan_in_plans_parses_and_binds_without_errors()
        {
            var errors = Compilation.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();

            Assert.True(errors.Count == 0, string.Join("\n", errors));
            Assert.Equal(
                new[] { "JämtlandRSP", "Krokom", "Pilotkommuner", "VästerbottenHandlingsplan2018", "VästerbottenRSP" },
                Compilation.Plans.Select(plan => plan.Name).OrderBy(name => name, System.StringComparer.Ordinal));
        }

        /// <summary>
        /// Everything the real plans report, compiled together as the build compiles them: every diagnostic, information
        /// included, as the compiler prints it, in the baseline <c>Plans/real-plans.diagnostics</c>. A new rule or a changed
        /// plan shows here as a difference; <c>DSLPLANNING_REGENERATE=1 dotnet test</c> rewrites the baseline for review.
        /// </summary>
        [Fact]
        public void The_real_plans_report_what_their_baseline_lists()
        {
            var baseline = Path.Combine(Repository.Root, "tests", "DslPlanning.Language.Tests", "Plans", "real-plans.diagnostics");

            Baselines.Verify(baseline, string.Concat(Compilation.Diagnostics.Select(diagnostic => diagnostic + "\n")));
        }

        [Fact]
        public void Krokom_home_delivery_costs_200_kr_per_delivery_split_50_50()
        {
            var delivery = Action(Plan("Krokom"), "Hemsändning");

            var cost = delivery.Costs.Single();
            Assert.Equal(new Money(200m), cost.Amount);
            Assert.Equal(new[] { CostUnit.Delivery }, cost.Per);
            Assert.Equal(
                new[] { ("Kommunstyrelsen", 50m), ("RegionJH", 50m) },
                delivery.Funding.Select(source => (source.Funder.Name, source.Share!.Value.Value)));
            Assert.Contains(new SymbolRef("Krokom", "Näringslivskontoret"), delivery.Owners);
        }

        [Fact]
        public void Krokom_service_agreements_pay_at_most_50_000_kr_per_service_point_and_year()
        {
            var krokom = Plan("Krokom");
            var agreements = Action(krokom, "Serviceavtal");

            var cost = agreements.Costs.Single();
            Assert.Equal(new Money(50_000m), cost.Amount);
            Assert.Equal(Comparison.AtMost, cost.Bound);
            Assert.Equal(new[] { CostUnit.Place, CostUnit.Year }, cost.Per);
            var levelThree = krokom.Places.Where(place => place.Level == "3").Select(place => place.Name);
            Assert.Equal(levelThree, agreements.Places.Select(place => place.Name));
        }

        [Fact]
        public void Krokom_has_its_period_review_revision_levels_and_places()
        {
            var krokom = Plan("Krokom");

            Assert.Equal(PlanKind.Municipal, krokom.Kind);
            Assert.Equal(new YearRange(2023, 2030), krokom.Period);
            Assert.Equal(1, krokom.ReviewIntervalYears);
            Assert.Equal(2028, krokom.RevisionStart);
            Assert.Equal(new[] { "JämtlandRSP" }, krokom.Follows);
            Assert.Equal(new[] { "1", "2", "3", "4" }, krokom.Levels.Select(level => level.Key));

            string[] PlacesAt(string level) => krokom.Places.Where(place => place.Level == level).Select(place => place.Name).ToArray();
            Assert.Equal(new[] { "Krokom" }, PlacesAt("1"));
            Assert.Equal(new[] { "Änge", "Föllinge" }, PlacesAt("2"));
            Assert.Equal(new[] { "Kluk", "Laxsjö", "Rötviken", "Valsjöbyn", "Kaxås" }, PlacesAt("3"));
            Assert.Equal(new[] { "Jänsmässholmen", "Åkersjön", "Storåbränna" }, PlacesAt("4"));
            Assert.Equal(PlaceStatus.Planned, krokom.Places.Single(place => place.Name == "Kaxås").Status);
            Assert.Contains(ServiceKind.Pharmacy, krokom.Places.Single(place => place.Name == "Föllinge").Needs);
        }

        [Fact]
        public void Krokom_areas_serve_the_areas_of_the_Jamtland_programme()
        {
            var serves = Plan("Krokom").Areas.Select(area => area.Serves.Single());

            Assert.Equal(new[] { "IO1", "IO2", "IO3" }.Select(name => new SymbolRef("JämtlandRSP", name)), serves);
            Assert.NotNull(Plan("JämtlandRSP").Excerpt);
        }

        [Fact]
        public void Vasterbotten_service_grant_caps_are_250_000_and_300_000_kr_per_year_for_at_most_three_years()
        {
            var grant = Plan("VästerbottenRSP").Schemes.Single(scheme => scheme.Kind == SubsidyKind.ServiceGrant);

            var caps = grant.Terms.Where(term => term.Fact == "amount").ToList();
            Assert.Equal(new[] { 250_000m, 300_000m }, caps.Select(term => term.Value!.Value.Value));
            Assert.All(caps, term => Assert.Equal(Comparison.AtMost, term.Comparison));
            Assert.All(caps, term => Assert.True(term.Value!.Value.PerYear));
            Assert.Null(caps[0].Condition);
            Assert.Contains("väl utbyggt utbud", caps[1].Condition);
            Assert.Equal(new Quantity(3m, QuantityUnit.Years), grant.Terms.Single(term => term.Fact == "years").Value);
        }

        [Fact]
        public void Vasterbotten_operating_aid_terms_and_distance_criteria_are_typed()
        {
            var schemes = Plan("VästerbottenRSP").Schemes.Where(scheme => scheme.Kind == SubsidyKind.OperatingAid).ToList();
            var terms = schemes.SelectMany(scheme => scheme.Terms).ToList();

            Assert.Contains(terms, term => term.Fact == "amount" && term.Value == new Quantity(300_000m, QuantityUnit.Kronor, true) && term.Comparison == Comparison.AtMost);
            Assert.Contains(terms, term => term.Fact == "turnover" && term.Value == new Quantity(11_000_000m, QuantityUnit.Kronor) && term.Comparison == Comparison.AtMost);
            Assert.Contains(terms, term => term.Fact == "nearest-store" && term.Value == new Quantity(10m, QuantityUnit.Kilometres) && term.Comparison == Comparison.MoreThan);
            Assert.Contains(terms, term => term.Fact == "nearest-fuel" && term.Value == new Quantity(20m, QuantityUnit.Kilometres) && term.Comparison == Comparison.MoreThan);
            Assert.Contains(terms, term => term.Fact == "nearest-fuel" && term.Value == new Quantity(15m, QuantityUnit.Kilometres) && term.Condition is not null);
        }

        [Fact]
        public void Vasterbotten_programme_has_four_ranked_areas_with_their_numbered_goals()
        {
            var rsp = Plan("VästerbottenRSP");

            Assert.Equal(PlanKind.Regional, rsp.Kind);
            Assert.Equal(new YearRange(2014, 2018), rsp.Period);
            Assert.Equal(new YearRange(2014, 2020), rsp.EffectivePeriod);
            Assert.Equal(new int?[] { 1, 2, 3, 4 }, rsp.Areas.Select(area => area.Rank));
            Assert.Equal(19, rsp.ExampleActions.Count());
            Assert.Empty(rsp.PlannedActions);
            var numbered = rsp.AllGoals.Select(goal => goal.Name).Where(name => char.IsDigit(name[0]));
            Assert.Equal(new[] { "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2", "4.3" }, numbered);
            var duty = rsp.Reporting.Single();
            Assert.Equal(new MonthDay(1, 31), duty.Deadline);
            Assert.Equal(2015, duty.FromYear);
        }

        [Fact]
        public void The_2018_action_plan_has_every_activity_with_its_completion_target_and_programme_goals()
        {
            var plan = Plan("VästerbottenHandlingsplan2018");
            var expected = new Dictionary<string, (Comparison, decimal, string[])>
            {
                ["Företagsbesök"] = (Comparison.Exactly, 100m, new[] { "1.1" }),
                ["Informationsträffar"] = (Comparison.Exactly, 100m, new[] { "1.1" }),
                ["StatusServicenivå"] = (Comparison.Exactly, 100m, new[] { "1.2" }),
                ["PekaUtServiceorter"] = (Comparison.Exactly, 100m, new[] { "1.2" }),
                ["Serviceplaner"] = (Comparison.MoreThan, 50m, new[] { "1.2" }),
                ["UtvecklaGenomNyKunskap"] = (Comparison.Exactly, 100m, new[] { "2.3" }),
                ["NationellaServicekonferenser"] = (Comparison.Exactly, 100m, new[] { "2.2", "2.4" }),
                ["Betalaktördag"] = (Comparison.Exactly, 100m, new[] { "2.4" }),
                ["Serviceverkstäder"] = (Comparison.Exactly, 100m, new[] { "2.4" }),
                ["Servicekonferens"] = (Comparison.Exactly, 100m, new[] { "2.4" }),
                ["DigitalService"] = (Comparison.Exactly, 50m, new[] { "3.1" }),
                ["InitieraPilotprojekt"] = (Comparison.Exactly, 100m, new[] { "3.1" }),
                ["GratisSurfzon"] = (Comparison.Exactly, 50m, new[] { "3.2" }),
                ["Handlardag"] = (Comparison.Exactly, 100m, new[] { "4.2" }),
                ["Webbuppdateringar"] = (Comparison.Exactly, 100m, new[] { "4.2" }),
            };

            Assert.Equal(PlanKind.Annual, plan.Kind);
            Assert.Equal(YearRange.Single(2018), plan.Period);
            Assert.Equal(new[] { "VästerbottenRSP" }, plan.Follows);
            Assert.Equal(expected.Keys.OrderBy(key => key), plan.AllActions.Select(action => action.Name).OrderBy(name => name));
            foreach (var action in plan.AllActions)
            {
                var (comparison, percent, goals) = expected[action.Name];
                Assert.Equal(new CompletionTarget(comparison, new Percent(percent)), action.Completion);
                Assert.Equal(goals.Select(goal => new SymbolRef("VästerbottenRSP", goal)), action.Serves);
                Assert.NotEmpty(action.Owners);
            }
        }

        [Fact]
        public void The_national_programme_states_its_goals_as_percentages_with_recorded_outcomes()
        {
            var pilot = Plan("Pilotkommuner");
            var goals = pilot.Goals.Where(goal => goal.Kind is GoalKind.Result or GoalKind.Effect).ToList();

            Assert.Equal(PlanKind.National, pilot.Kind);
            Assert.Equal(new YearRange(2012, 2015), pilot.Period);
            Assert.Equal(5, goals.Count(goal => goal.Kind == GoalKind.Result));
            Assert.Equal(3, goals.Count(goal => goal.Kind == GoalKind.Effect));
            Assert.All(goals, goal => Assert.Equal(QuantityUnit.Percent, goal.Target!.Value.Unit));
            Assert.Equal(new[] { 80m, 80m, 100m, 100m, 80m, 80m, 80m, 80m }, goals.Select(goal => goal.Target!.Value.Value));
            var coordination = goals.Single(goal => goal.Name == "R1");
            Assert.Equal(new Quantity(83m, QuantityUnit.Percent), coordination.Actuals.Single().Value);
            Assert.Equal(2015, coordination.Actuals.Single().Year);
        }
    }
}
