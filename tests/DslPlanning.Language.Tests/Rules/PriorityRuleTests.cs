using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP2001–SP2008: ranks of areas, priorities of actions, service levels of places.</summary>
    public class PriorityRuleTests
    {
        private const string TwoAreas = """
            municipal plan P {
              period 2023..2030
              review yearly
              funder F municipality
              area A "Tillgänglighet" priority 1 {
                goal G "Bevarad service" { indicator "butiker" }
                action X serves G { funding F }
              }
              area B "Servicegivare" priority 2 {
                action Y serves G { funding F }
              }
            }
            """;

        [Fact]
        public void SP2001_area_without_rank_among_ranked_areas()
        {
            var plan = TwoAreas.Change("area B \"Servicegivare\" priority 2 {", "area B \"Servicegivare\" {");

            Findings.Of(plan).Single("SP2001")
                .At("9,8", "B")
                .Says("Area B has no rank", "(A 1)", "add 'priority <n>'");
            Findings.Of(TwoAreas).Clean("SP2001");
        }

        [Fact]
        public void SP2002_no_area_ranked_is_information_at_the_plan_name()
        {
            var plan = TwoAreas
                .Change("area A \"Tillgänglighet\" priority 1 {", "area A \"Tillgänglighet\" {")
                .Change("area B \"Servicegivare\" priority 2 {", "area B \"Servicegivare\" {");
            var single = plan.Change("  area B \"Servicegivare\" {\n    action Y serves G { funding F }\n  }\n", string.Empty);

            var reported = Findings.Of(plan).Single("SP2002").At("1,16", "P").Says("None of the 2 areas of plan P has a rank");
            Assert.Equal(DiagnosticSeverity.Info, reported.Severity);
            Findings.Of(single).Clean("SP2002");
        }

        [Fact]
        public void SP2003_two_areas_with_one_rank_reported_at_the_second_rank()
        {
            var plan = TwoAreas.Change("\"Servicegivare\" priority 2", "\"Servicegivare\" priority 1");

            var findings = Findings.Of(plan);
            findings.Single("SP2003").At("9,26", "priority 1").Says("Areas A and B both have rank 1");
            Assert.Equal(DiagnosticSeverity.Error, findings.Single("SP2003").Severity);
            findings.None("SP2004");
        }

        [Fact]
        public void SP2004_gap_in_the_ranks_reported_at_the_rank_after_the_gap()
        {
            var plan = TwoAreas.Change("\"Servicegivare\" priority 2", "\"Servicegivare\" priority 3");

            Findings.Of(plan).Single("SP2004")
                .At("9,26", "priority 3")
                .Says("The ranks of the areas are 1, 3; rank 2 is missing: number the 2 areas 1 to 2 without gaps");
            Findings.Of(TwoAreas).Clean("SP2004");
        }

        [Fact]
        public void SP2004_one_ranked_area_is_asked_for_rank_1()
        {
            var plan = TwoAreas.Change("\"Servicegivare\" priority 2", "\"Servicegivare\"").Change("priority 1", "priority 2");

            Findings.Of(plan).Single("SP2004").Says("The ranks of the areas are 2; rank 1 is missing: give the only ranked area rank 1");
        }

        private const string ThreeAreas = """
            municipal plan P {
              period 2023..2030
              review yearly
              funder F municipality
              goal G "Bevarad service" { indicator "butiker" }
              area IO1 "Ett" priority 1 { action X serves G { funding F } }
              area IO2 "Två" priority 3 { action Y serves G { funding F } }
              area IO3 "Tre" priority 3 { action Z serves G { funding F } }
            }
            """;

        [Fact]
        public void SP2004_names_the_number_of_ranked_areas_counting_those_that_share_a_rank()
        {
            // Ranks 1, 3, 3: three ranked areas to number 1 to 3 (the distinct ranks are only two).
            var findings = Findings.Of(ThreeAreas).Exactly("SP2003", "SP2004");
            findings.Single("SP2004").At("7,18", "priority 3").Says("The ranks of the areas are 1, 3; rank 2 is missing: number the 3 areas 1 to 3 without gaps");
            findings.Single("SP2003").At("8,18", "priority 3");
            Findings.Of(ThreeAreas.Change("\"Två\" priority 3", "\"Två\" priority 2")).Clean("SP2004");
        }

        [Fact]
        public void SP2004_leaves_an_unranked_area_to_SP2001()
        {
            // IO1 unranked, IO2 2, IO3 3: the two ranked areas are numbered 1 to 2; SP2001 asks for IO1's rank.
            var plan = ThreeAreas.Change("\"Ett\" priority 1", "\"Ett\"").Change("\"Två\" priority 3", "\"Två\" priority 2");

            var findings = Findings.Of(plan).Exactly("SP2001", "SP2004");
            findings.Single("SP2004").At("7,18", "priority 2").Says("The ranks of the areas are 2, 3; rank 1 is missing: number the 2 areas 1 to 2 without gaps");
            findings.Single("SP2001").At("6,8", "IO1").Says("(IO2 2, IO3 3)");
        }

        private const string Scale = """
            municipal plan P {
              period 2023..2030
              review yearly
              priorities high, low
              funder F municipality
              goal G "Bevarad service" { indicator "butiker" }
              action X priority low serves G { funding F }
            }
            """;

        [Fact]
        public void SP2005_action_without_priority_when_the_plan_declares_a_scale()
        {
            var plan = Scale.Change("action X priority low serves G", "action X serves G");

            Findings.Of(plan).Single("SP2005")
                .At("7,10", "X")
                .Says("Action X has no priority, but the plan ranks its actions (high, low)");
            Findings.Of(Scale).Clean("SP2005");
        }

        [Fact]
        public void SP2005_proposed_actions_need_no_priority()
        {
            var plan = Scale.Change("action X priority low serves G { funding F }", "action X serves G { funding F; status proposed }");

            Findings.Of(plan).None("SP2005");
        }

        [Fact]
        public void SP2006_priority_not_on_the_declared_scale()
        {
            var plan = Scale.Change("priority low", "priority medium");

            var reported = Findings.Of(plan).Single("SP2006")
                .At("7,12", "priority medium")
                .Says("Priority 'medium' of action X is not on the plan's scale (high, low)");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(Scale).Clean("SP2006");
        }

        [Fact]
        public void SP2006_without_a_scale_the_default_is_high_medium_low()
        {
            var plan = Scale.Change("  priorities high, low\n", string.Empty);

            Findings.Of(plan.Change("priority low", "priority urgent")).Single("SP2006")
                .At("6,12", "priority urgent")
                .Says("(high, medium, low)");
            Findings.Of(plan.Change("priority low", "priority medium")).Clean("SP2006");
        }

        private const string Levels = """
            municipal plan P {
              period 2023..2030
              review yearly
              funder F municipality
              level 1 "Lokal servicepunkt"
              place K level 1
              place M level 1
              goal G "Bevarad service" { indicator "butiker" }
              action X serves G {
                funding F
                places K, M
              }
            }
            """;

        [Fact]
        public void SP2007_place_named_by_an_action_without_level()
        {
            var plan = Levels.Change("place M level 1", "place M");

            Findings.Of(plan).Single("SP2007")
                .At("7,9", "M")
                .Says("Place M is named by action X but has no service level", "(the plan's levels: 1)");
            Findings.Of(Levels).Clean("SP2007");
        }

        [Fact]
        public void SP2007_place_named_by_nothing_needs_no_level()
        {
            var plan = Levels.Change("place M level 1", "place M").Change("places K, M", "places K");

            Findings.Of(plan).Clean("SP2007");
        }

        [Fact]
        public void SP2008_place_with_a_level_the_plan_does_not_declare()
        {
            var plan = Levels.Change("place M level 1", "place M level 2");

            var reported = Findings.Of(plan).Single("SP2008")
                .At("7,11", "level 2")
                .Says("Place M has level '2', which the plan does not declare", "use one of: 1");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Assert.DoesNotContain("did you mean", reported.Message);
            Findings.Of(Levels).Clean("SP2008");
        }

        [Fact]
        public void SP2008_suggests_a_declared_level_only_for_a_misspelt_word()
        {
            var plan = Levels.Change("  level 1 \"Lokal servicepunkt\"\n", "  level 1 \"Lokal servicepunkt\"\n  level centralort \"Centralort\"\n")
                .Change("place M level 1", "place M level centralrot");

            Findings.Of(plan).Single("SP2008")
                .At("8,11", "level centralrot")
                .Says("Place M has level 'centralrot', which the plan does not declare (did you mean 'centralort'?)", "use one of: 1, centralort");
            Findings.Of(plan.Change("place M level centralrot", "place M level centralort")).Clean("SP2008");
        }
    }
}
