using System.Linq;
using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// Justified exceptions (särskilda skäl): an exception suppresses exactly the rule it names on its element and the
    /// elements inside it, and says so (SP1016, information); one that suppresses nothing is a warning (SP1017).
    /// </summary>
    public class ExceptionTests
    {
        private const string Reasons = "särskilda skäl: enda butiken inom 40 km";

        [Fact]
        public void SP1016_exception_on_an_application_suppresses_exactly_the_named_rule_there()
        {
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", "recipient B", "amount 250 001 kr", $"exception SP4012 \"{Reasons}\"");

            var findings = Findings.Of(plan);
            findings.None("SP4012");
            findings.Single("SP4010").At(SubsidyPlan.Fact(1), "amount 250 001 kr");
            findings.Single("SP4013").At(SubsidyPlan.Kind, "service-grant");
            var applied = findings.Single("SP1016")
                .At(SubsidyPlan.Fact(2), $"exception SP4012 \"{Reasons}\"")
                .Says($"Justified exception: SP4012 is not reported here (1 finding) because: {Reasons}");
            Assert.Equal(DiagnosticSeverity.Info, applied.Severity);
            findings.None("SP1017").Exactly("SP4010", "SP4013");

            Findings.Of(plan.Change($"\n      exception SP4012 \"{Reasons}\"", string.Empty)).Single("SP4012");
        }

        [Fact]
        public void SP1016_exception_counts_every_finding_it_suppresses_in_an_area()
        {
            const string plan = """
                municipal plan P {
                  period 2023..2030
                  review yearly
                  funder F municipality
                  goal G "Bevarad service" { indicator "butiker" }
                  area A "Tillgänglighet" priority 1 {
                    exception SP3001 "Finansieras inom förvaltningens ordinarie budget"
                    action X serves G { cost 10 000 kr per year }
                    action Y serves G { cost 20 000 kr per year }
                  }
                  area B "Servicegivare" priority 2 {
                    action Z serves G { cost 30 000 kr per year }
                  }
                }
                """;

            var findings = Findings.Of(plan);
            findings.Single("SP1016")
                .At("7,5", "exception SP3001 \"Finansieras inom förvaltningens ordinarie budget\"")
                .Says("SP3001 is not reported here (2 findings) because: Finansieras inom förvaltningens ordinarie budget");
            findings.Single("SP3001").At("12,25", "cost 30 000 kr per year").Says("Action Z");
            findings.Exactly("SP3001");
        }

        [Fact]
        public void SP1016_exception_on_an_action_covers_its_applications()
        {
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", "recipient B", "amount 100 000 kr", "other-measures-tried")
                .Change("    funding F\n", $"    funding F\n    exception SP4012 \"{Reasons}\"\n");

            var findings = Findings.Of(plan).Clean("SP4012");
            findings.Single("SP1016").At("13,5", $"exception SP4012 \"{Reasons}\"");
        }

        [Fact]
        public void SP1016_exception_on_one_application_leaves_its_siblings_reported()
        {
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", "recipient B", "amount 100 000 kr", "other-measures-tried", $"exception SP4012 \"{Reasons}\"")
                .Change("    }\n  }\n", "    }\n    subsidy service-grant in 2025 for S { recipient B; amount 100 000 kr; other-measures-tried }\n  }\n");

            var findings = Findings.Of(plan);
            findings.Single("SP4012").At("19,13", "service-grant");
            findings.Single("SP1016").Says("(1 finding)");
        }

        [Fact]
        public void SP1016_exception_on_the_plan_covers_the_plan()
        {
            const string plan = """
                municipal plan P {
                  period 2023..2030
                  exception SP5010 "Planen ses över med översiktsplanen"
                }
                """;

            var findings = Findings.Of(plan).Clean("SP5010");
            findings.Single("SP1016").At("3,3", "exception SP5010 \"Planen ses över med översiktsplanen\"");
            Findings.Of(plan.Change("  exception SP5010 \"Planen ses över med översiktsplanen\"\n", string.Empty)).Single("SP5010");
        }

        [Fact]
        public void SP1017_exception_that_suppresses_nothing()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount 20 000 kr", "net-cost 60 000 kr", "deliveries 400", "exception SP4021 \"Kommunen står för hela kostnaden\"");

            var unused = Findings.Of(plan).Exactly("SP1017").Single("SP1017")
                .At(SubsidyPlan.Fact(4), "exception SP4021 \"Kommunen står för hela kostnaden\"")
                .Says("The exception names SP4021, but SP4021 reports nothing here");
            Assert.Equal(DiagnosticSeverity.Warning, unused.Severity);
            Findings.Of(plan.Change("amount 20 000 kr", "amount 40 000 kr")).None("SP1017").None("SP4021").Single("SP1016");
        }

        [Fact]
        public void SP1017_exception_in_another_area_than_the_finding()
        {
            const string plan = """
                municipal plan P {
                  period 2023..2030
                  review yearly
                  funder F municipality
                  goal G "Bevarad service" { indicator "butiker" }
                  area A "Tillgänglighet" priority 1 {
                    exception SP3001 "Finansieras inom ordinarie budget"
                    action X serves G { funding F }
                  }
                  area B "Servicegivare" priority 2 {
                    action Z serves G { cost 30 000 kr per year }
                  }
                }
                """;

            var findings = Findings.Of(plan);
            findings.Single("SP1017").At("7,5", "exception SP3001 \"Finansieras inom ordinarie budget\"");
            findings.Single("SP3001").At("11,25", "cost 30 000 kr per year");
            Assert.Empty(findings.Where("SP1016"));
            findings.Exactly("SP1017", "SP3001");
        }
    
        [Fact]
        public void SP1016_exception_on_a_place_suppresses_a_finding_about_the_place()
        {
            var plan = SubsidyPlan.With(
                "home-delivery-grant in 2024",
                new[] { "recipient K", "amount 20 000 kr", "net-cost 60 000 kr", "deliveries 400" },
                funding: "funding F; places M",
                after: "place M { exception SP2007 \"Orten utses vid revideringen 2025\" }");

            Findings.Of(plan).Clean("SP2007").Single("SP1016").At("20,13", "exception SP2007 \"Orten utses vid revideringen 2025\"");
            Findings.Of(plan.Change(" { exception SP2007 \"Orten utses vid revideringen 2025\" }", string.Empty)).Single("SP2007").At("20,9", "M");
        }

        [Fact]
        public void SP1016_exception_where_a_store_fact_of_the_place_is_reported_suppresses_it()
        {
            const string exception = "exception SP4034 \"Sortimentet anpassas till de fast boende\"";
            var plan = SubsidyPlan.With(
                "operating-aid in 2024 for S",
                new[] { "recipient B", "amount 100 000 kr" },
                place: "place S level 1 { store turnover 3 000 000 kr, articles 800, open 45 h/week, year-round; nearest groceries 12 km; " + exception + " }");

            var findings = Findings.Of(plan).None("SP4034").Clean("SP1017");
            findings.Single("SP1016").At("9,117", exception).Says("SP4034 is not reported here (1 finding) because: Sortimentet anpassas till de fast boende");
            Findings.Of(plan.Change("; " + exception, string.Empty)).Single("SP4034").At("9,21", "store turnover 3 000 000 kr, articles 800, open 45 h/week, year-round");
        }

        [Fact]
        public void SP1016_exception_on_a_place_covers_every_application_for_the_place()
        {
            var plan = SubsidyPlan.With(
                "service-grant in 2024 for S",
                new[] { "recipient B", "amount 100 000 kr", "other-measures-tried" },
                place: $"place S level 1 {{ exception SP4012 \"{Reasons}\" }}",
                after: "action Y serves G {\n  funding F\n  subsidy service-grant in 2025 for S { recipient B; amount 100 000 kr; other-measures-tried }\n}");

            var findings = Findings.Of(plan).Clean("SP4012");
            findings.Single("SP1016").At("9,21", $"exception SP4012 \"{Reasons}\"").Says("SP4012 is not reported here (2 findings)");
        }

        [Fact]
        public void SP1017_exception_on_a_place_does_not_cover_applications_for_another_place()
        {
            var plan = SubsidyPlan.With(
                "service-grant in 2024",
                new[] { "recipient B", "amount 100 000 kr", "other-measures-tried" },
                place: $"place S level 1 {{ exception SP4012 \"{Reasons}\" }}");

            var findings = Findings.Of(plan).Exactly("SP4012", "SP1017");
            findings.Single("SP4012").At(SubsidyPlan.Kind, "service-grant");
            findings.Single("SP1017").At("9,21", $"exception SP4012 \"{Reasons}\"");
            Findings.Of(plan.Change("service-grant in 2024", "service-grant in 2024 for S")).None("SP4012").Clean("SP1017");
        }
    }
}
