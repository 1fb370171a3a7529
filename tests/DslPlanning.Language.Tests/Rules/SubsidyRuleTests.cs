using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>
    /// SP4001–SP4061: the preconditions of the state subsidies (SFS 2000:284, SFS 2014:139, Landsbygdsprogrammet), each
    /// on a municipal plan with one application (see <see cref="SubsidyPlan"/> for the fixed positions).
    /// </summary>
    public class SubsidyRuleTests
    {
        /// <summary>A home-delivery grant that meets every condition in 2022–2026: 33 % of the net cost, 50 kr per delivery.</summary>
        private static readonly string[] HomeDelivery = { "recipient K", "amount 20 000 kr", "net-cost 60 000 kr", "deliveries 400" };

        /// <summary>Operating aid that meets every condition: turnover 3 000 000 kr gives at most 166 667 kr.</summary>
        private static readonly string[] OperatingAid =
        {
            "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round", "nearest-store 12 km",
        };

        private static string[] ServiceGrant(string amount) =>
            new[] { "recipient B", "amount " + amount, "other-measures-tried", "exception SP4012 \"särskilda skäl: enda butiken inom 30 km\"" };

        private static string Replace(string[] facts, string from, string to) =>
            SubsidyPlan.Text("x", facts).Change(from, to);

        // ---------------------------------------------------------------- SP4001–SP4005 common to the subsidies

        [Fact]
        public void SP4001_application_for_a_year_the_municipal_plan_does_not_cover()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2022", HomeDelivery);

            var reported = Findings.Of(plan).Single("SP4001")
                .At(SubsidyPlan.In("home-delivery-grant"), "in 2022")
                .Says("home-delivery-grant application for 2022 requires the municipality to have planned its goods supply", "a current service plan with designated service-strategic places", "plan P covers 2023–2030, not 2022");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("in 2022", "in 2023")).Clean("SP4001");
        }

        [Fact]
        public void SP4001_a_plan_adopted_in_a_later_year_than_the_application_is_not_its_current_plan()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2023..2026", HomeDelivery).Change("  period 2023..2030", "  period 2023..2030\n  adopted 2024-06-12");

            Findings.Of(plan).Single("SP4001")
                .Says("plan P was adopted on 2024-06-12, after 2023; apply from 2024, or state the earlier plan that held in 2023");
            Findings.Of(plan.Change("in 2023..2026", "in 2024..2026")).Clean("SP4001");
            Findings.Of(plan.Change("adopted 2024-06-12", "adopted 2023-06-12")).Clean("SP4001");
        }

        [Fact]
        public void SP4001_operating_aid_application_names_its_kind_and_years()
        {
            var plan = SubsidyPlan.Text("operating-aid in 2021..2024", OperatingAid);

            Findings.Of(plan).Single("SP4001")
                .At(SubsidyPlan.In("operating-aid"), "in 2021..2024")
                .Says("The operating-aid application for 2021–2024 requires", "plan P covers 2023–2030, not 2021–2024");
            Findings.Of(plan.Change("in 2021..2024", "in 2023..2024")).Clean("SP4001");
        }

        [Fact]
        public void SP4001_message_reads_for_every_kind()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2022", HomeDelivery);

            Findings.Of(plan).Single("SP4001").Says("The home-delivery-grant application for 2022 requires");
        }

        [Fact]
        public void SP4001_municipal_plan_that_designates_no_place()
        {
            var plan = SubsidyPlan.With("home-delivery-grant in 2024", HomeDelivery, place: "place S");

            Findings.Of(plan).Single("SP4001")
                .At(SubsidyPlan.In("home-delivery-grant"), "in 2024")
                .Says("plan P designates no place (no place has a service level)");
            Findings.Of(SubsidyPlan.Text("home-delivery-grant in 2024", HomeDelivery)).Clean("SP4001");
        }

        [Fact]
        public void SP4002_application_without_year_reported_at_its_kind()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant", HomeDelivery);

            Findings.Of(plan).Single("SP4002")
                .At(SubsidyPlan.Kind, "home-delivery-grant")
                .Says("The home-delivery-grant application has no year", "write 'subsidy home-delivery-grant in <year>'");
            Findings.Of(SubsidyPlan.Text("home-delivery-grant in 2024", HomeDelivery)).Clean("SP4002");
        }

        [Fact]
        public void SP4003_year_the_law_table_does_not_cover_names_the_years_covered()
        {
            var plan = SubsidyPlan.Text("operating-aid in 2025", OperatingAid);

            var reported = Findings.Of(plan).Single("SP4003")
                .At(SubsidyPlan.In("operating-aid"), "in 2025")
                .Says("no figures for the operating aid terms in 2025 (the table covers 2016–2024)",
                    "so these were not checked: the distance, turnover, opening hours, range and amount; check them by hand");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("in 2025", "in 2024")).Clean("SP4003");
        }

        [Fact]
        public void SP4004_fact_a_condition_needs_is_missing()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount 20 000 kr", "deliveries 400");

            Findings.Of(plan).Single("SP4004")
                .At(SubsidyPlan.Kind, "home-delivery-grant")
                .Says("does not state the municipality's yearly net cost, so the minimum cost of half a prisbasbelopp cannot be checked", "add 'net-cost <kr>'");
            Findings.Of(SubsidyPlan.Text("home-delivery-grant in 2024", HomeDelivery)).Clean("SP4004");
        }

        [Fact]
        public void SP4005_amount_applied_for_not_stated()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "net-cost 60 000 kr", "deliveries 400");

            Findings.Of(plan).Single("SP4005")
                .At(SubsidyPlan.Kind, "home-delivery-grant")
                .Says("The home-delivery-grant application does not state the amount applied for", "add 'amount <kr>'");
            Findings.Of(SubsidyPlan.Text("home-delivery-grant in 2024", HomeDelivery)).Clean("SP4005");
        }

        // ---------------------------------------------------------------- SP4010–SP4013 servicebidrag

        [Fact]
        public void SP4010_service_grant_over_the_cap()
        {
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", ServiceGrant("250 001 kr"));

            var reported = Findings.Of(plan).Single("SP4010")
                .At(SubsidyPlan.Fact(1), "amount 250 001 kr")
                .Says("250 001 kr per year, above the cap of 250 000 kr", "state 'well-developed-range' or 'service-strategic'");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("amount 250 001 kr", "amount 250 000 kr")).Clean("SP4010");
        }

        [Fact]
        public void SP4011_service_grant_for_more_than_three_years()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "years 2023..2026", "other-measures-tried", "exception SP4012 \"särskilda skäl\"" };
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", facts);

            var reported = Findings.Of(plan).Single("SP4011")
                .At(SubsidyPlan.Fact(2), "years 2023..2026")
                .Says("The service grant is applied for 4 years (2023, 2024, 2025, 2026); it is given for at most 3 years in total");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("years 2023..2026", "years 2024..2026")).Clean("SP4011");
        }

        [Fact]
        public void SP4011_the_application_years_count_when_no_grant_years_are_stated()
        {
            var plan = SubsidyPlan.Text("service-grant in 2023..2026 for S", ServiceGrant("100 000 kr"));

            Findings.Of(plan).Single("SP4011").At(SubsidyPlan.In("service-grant"), "in 2023..2026").Says("4 years (2023, 2024, 2025, 2026)");
            Findings.Of(plan.Change("in 2023..2026", "in 2024..2026")).Clean("SP4011");
        }

        /// <summary>A second service grant for the same recipient and place, in action Y on line 22 (its 'in' at column 27).</summary>
        private static string TwoServiceGrants(string secondHeader, string secondRecipient = "B") =>
            SubsidyPlan.With(
                "service-grant in 2023..2024 for S",
                ServiceGrant("100 000 kr"),
                after: "action Y serves G {\n  funding F\n  subsidy " + secondHeader + " { recipient " + secondRecipient + "; amount 100 000 kr; other-measures-tried; exception SP4012 \"särskilda skäl\" }\n}");

        [Fact]
        public void SP4011_years_of_earlier_applications_for_the_same_recipient_and_place_count()
        {
            var plan = TwoServiceGrants("service-grant in 2025..2026 for S");

            Findings.Of(plan).Exactly("SP4011").Single("SP4011")
                .At("22,27", "in 2025..2026")
                .Says("applied for 4 years (2023, 2024, 2025, 2026) over this and the plan's other service grants to B at S; it is given for at most 3 years in total");

            // Overlapping years count once: 2023–2024 and 2024–2025 are three years.
            Findings.Of(TwoServiceGrants("service-grant in 2024..2025 for S")).Clean("SP4011");
        }

        [Fact]
        public void SP4011_is_reported_at_the_application_with_the_years_too_many_whatever_the_order()
        {
            // The first application holds 2025–2026, the second (line 22) 2023–2024: the first has the fourth year.
            var plan = SubsidyPlan.With(
                "service-grant in 2025..2026 for S",
                ServiceGrant("100 000 kr"),
                after: "action Y serves G {\n  funding F\n  subsidy service-grant in 2023..2024 for S { recipient B; amount 100 000 kr; other-measures-tried; exception SP4012 \"särskilda skäl\" }\n}");

            Findings.Of(plan).Exactly("SP4011").Single("SP4011").At(SubsidyPlan.In("service-grant"), "in 2025..2026").Says("4 years (2023, 2024, 2025, 2026)");
        }

        [Fact]
        public void SP4011_an_application_that_adds_no_year_beyond_the_third_is_not_reported()
        {
            var plan = SubsidyPlan.With(
                "service-grant in 2023..2026 for S",
                ServiceGrant("100 000 kr"),
                after: "action Y serves G {\n  funding F\n  subsidy service-grant in 2024 for S { recipient B; amount 100 000 kr; other-measures-tried; exception SP4012 \"särskilda skäl\" }\n}");

            Findings.Of(plan).Single("SP4011").At(SubsidyPlan.In("service-grant"), "in 2023..2026");
        }

        [Fact]
        public void SP4011_grant_years_count_under_the_law_of_the_year_applied_in()
        {
            // Applied in 2024 for 2024–2027: the 2024 law decides, so 2027 counts although the table ends with 2026.
            var facts = new[] { "recipient B", "amount 100 000 kr", "years 2024..2027", "other-measures-tried", "exception SP4012 \"särskilda skäl\"" };
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", facts);

            Findings.Of(plan).Exactly("SP4011").Single("SP4011").At(SubsidyPlan.Fact(2), "years 2024..2027").Says("4 years (2024, 2025, 2026, 2027)");
        }

        [Fact]
        public void SP4010_the_cap_is_per_recipient_and_year_over_the_plans_applications()
        {
            var plan = SubsidyPlan.With(
                "service-grant in 2024 for S",
                ServiceGrant("200 000 kr"),
                after: "action Y serves G {\n  funding F\n  subsidy service-grant in 2024 for S { recipient B; amount 60 000 kr; other-measures-tried; exception SP4012 \"särskilda skäl\" }\n}");

            Findings.Of(plan).Exactly("SP4010").Single("SP4010")
                .At("22,56", "amount 60 000 kr")
                .Says("The service grant applied for is 260 000 kr per year in 2024, counting the plan's other service grants to B (X 200 000 kr), above the cap of 250 000 kr");
            Findings.Of(plan.Change("amount 60 000 kr", "amount 50 000 kr")).Clean("SP4010");
            Findings.Of(plan.Change("recipient B; amount 60 000 kr", "recipient K; amount 60 000 kr")).None("SP4010");
        }

        [Fact]
        public void SP4011_applications_for_another_recipient_or_no_place_do_not_count()
        {
            Findings.Of(TwoServiceGrants("service-grant in 2025..2026 for S", secondRecipient: "K")).Clean("SP4011");
            Findings.Of(TwoServiceGrants("service-grant in 2025..2026")).Clean("SP4011");
        }

        [Fact]
        public void SP4011_years_without_law_figures_are_not_counted_but_reported_by_SP4003()
        {
            // The service-grant table starts with 2016: 2014 and 2015 are SP4003's, so 2014–2017 counts two years.
            string Plan(string years) => SubsidyPlan.With("service-grant in " + years + " for S", ServiceGrant("100 000 kr"), period: "2014..2030");

            Findings.Of(Plan("2014..2017")).Exactly("SP4003").Single("SP4003").Says("2014–2015", "the cap and the three-year limit");
            Findings.Of(Plan("2014..2018")).None("SP4011");
            Findings.Of(Plan("2014..2019")).Single("SP4011").Says("applied for 4 years (2016, 2017, 2018, 2019);");
        }

        [Fact]
        public void SP4011_years_after_the_table_are_counted_against_its_last_figures()
        {
            var plan = SubsidyPlan.Text("service-grant in 2025..2028 for S", ServiceGrant("100 000 kr"));

            Findings.Of(plan).Single("SP4011").Says("applied for 4 years (2025, 2026, 2027, 2028);");
        }

        [Fact]
        public void SP4012_service_grant_without_special_reasons()
        {
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", "recipient B", "amount 100 000 kr", "other-measures-tried");

            var reported = Findings.Of(plan).Exactly("SP4012").Single("SP4012")
                .At(SubsidyPlan.Kind, "service-grant")
                .Says("A service grant is given only with special reasons (SFS 2000:284); state them as: exception SP4012 \"särskilda skäl: …\"");
            Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
            Assert.DoesNotContain("other measures", reported.Message);
            Findings.Of(plan.Change("other-measures-tried", "other-measures-tried\n      exception SP4012 \"särskilda skäl\"")).Clean("SP4012");
        }

        [Fact]
        public void SP4013_service_grant_without_other_measures_tried()
        {
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", "recipient B", "amount 100 000 kr", "exception SP4012 \"särskilda skäl\"");

            var reported = Findings.Of(plan).Exactly("SP4013").Single("SP4013")
                .At(SubsidyPlan.Kind, "service-grant")
                .Says("A service grant is given only after other measures were tried and found not to serve (SFS 2000:284), and the application does not state it",
                    "add 'other-measures-tried' when they were");
            Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
            Findings.Of(plan.Change("amount 100 000 kr", "amount 100 000 kr\n      other-measures-tried")).Clean("SP4013");
        }

        [Fact]
        public void SP4013_is_reported_beside_SP4012_and_the_special_reasons_do_not_cover_it()
        {
            var plan = SubsidyPlan.Text("service-grant in 2024 for S", "recipient B", "amount 100 000 kr");

            var findings = Findings.Of(plan).Exactly("SP4012", "SP4013");
            findings.Single("SP4012").At(SubsidyPlan.Kind, "service-grant");
            findings.Single("SP4013").At(SubsidyPlan.Kind, "service-grant");
            Findings.Of(plan.Change("amount 100 000 kr", "amount 100 000 kr\n      exception SP4012 \"särskilda skäl\"")).Exactly("SP4013");
            Findings.Of(plan.Change("amount 100 000 kr", "amount 100 000 kr\n      exception SP4013 \"åtgärderna prövas parallellt\"")).Exactly("SP4012").Single("SP1016").Says("SP4013 is not reported here (1 finding)");
        }

        // ---------------------------------------------------------------- SP4020–SP4023 hemsändningsbidrag

        [Fact]
        public void SP4020_home_delivery_grant_to_a_business()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", HomeDelivery).Change("recipient K", "recipient B");

            Findings.Of(plan).Single("SP4020")
                .At(SubsidyPlan.Fact(0), "recipient B")
                .Says("given to municipalities only", "the recipient B is declared as business");
            Findings.Of(SubsidyPlan.Text("home-delivery-grant in 2024", HomeDelivery)).Clean("SP4020");
        }

        [Fact]
        public void SP4021_home_delivery_grant_over_half_the_net_cost()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount 70 000 kr", "net-cost 120 000 kr", "deliveries 1 000");

            var reported = Findings.Of(plan).Single("SP4021")
                .At(SubsidyPlan.Fact(1), "amount 70 000 kr")
                .Says("The home-delivery grant of 70 000 kr is more than 50 % of the municipality's net cost 120 000 kr; it may be at most 60 000 kr (SFS 2000:284 20 §)");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("amount 70 000 kr", "amount 60 000 kr")).Clean("SP4021");
        }

        [Fact]
        public void SP4021_the_direct_costs_count_when_no_net_cost_is_stated()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount 40 000 kr", "direct-cost 60 000 kr", "deliveries 1 000");

            Findings.Of(plan).Single("SP4021")
                .At(SubsidyPlan.Fact(1), "amount 40 000 kr")
                .Says("The home-delivery grant of 40 000 kr is more than 50 % of the municipality's direct costs 60 000 kr; it may be at most 30 000 kr");
            Findings.Of(plan.Change("amount 40 000 kr", "amount 30 000 kr")).Clean("SP4021");
        }

        [Fact]
        public void SP4021_grant_paid_by_a_funder_over_half_the_cost_per_delivery()
        {
            var plan = SubsidyPlan.With(
                "home-delivery-grant in 2024",
                new[] { "recipient K", "paid-by R", "net-cost 100 000 kr" },
                funding: "cost 160 kr per delivery; funding F 40 %, R 60 %");

            Findings.Of(plan).Single("SP4021")
                .At(SubsidyPlan.Fact(1), "paid-by R")
                .Says("The home-delivery grant of 96 kr per delivery is more than 50 % of the action's cost of 160 kr per delivery; it may be at most 80 kr per delivery");
            Findings.Of(plan.Change("F 40 %, R 60 %", "F 50 %, R 50 %")).Clean("SP4021");
        }

        [Fact]
        public void SP4022_home_delivery_grant_over_100_kr_per_delivery()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount 20 400 kr", "net-cost 60 000 kr", "deliveries 200");

            Findings.Of(plan).Single("SP4022")
                .At(SubsidyPlan.Fact(1), "amount 20 400 kr")
                .Says("The home-delivery grant is 102 kr per household and delivery (20 400 kr for 200 deliveries; at most 20 000 kr in all)");
            Findings.Of(plan.Change("amount 20 400 kr", "amount 20 000 kr")).Clean("SP4022");
        }

        [Fact]
        public void SP4022_grant_paid_by_a_funder_over_100_kr_per_delivery()
        {
            var plan = SubsidyPlan.With(
                "home-delivery-grant in 2024",
                new[] { "recipient K", "paid-by R", "net-cost 100 000 kr" },
                funding: "cost 300 kr per delivery; funding F 150 kr per delivery, R 150 kr per delivery");

            Findings.Of(plan).Single("SP4022")
                .At(SubsidyPlan.Fact(1), "paid-by R")
                .Says("The home-delivery grant is 150 kr per household and delivery (the part of the cost per delivery that R pays)");
            Findings.Of(plan.Change("F 150 kr per delivery, R 150 kr", "F 200 kr per delivery, R 100 kr")).Clean("SP4022");
        }

        [Fact]
        public void SP4022_one_krona_over_the_total_the_deliveries_allow()
        {
            // 60 001 kr for 600 deliveries is 100,0017 kr per delivery: over the limit, though it rounds to 100 kr.
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount 60 001 kr", "net-cost 200 000 kr", "deliveries 600");

            Findings.Of(plan).Exactly("SP4022").Single("SP4022")
                .At(SubsidyPlan.Fact(1), "amount 60 001 kr")
                .Says("The home-delivery grant is more than 100 kr per household and delivery (60 001 kr for 600 deliveries; at most 60 000 kr in all)");
            Findings.Of(plan.Change("amount 60 001 kr", "amount 60 000 kr")).Clean("SP4022");
        }

        [Fact]
        public void SP4023_net_cost_below_half_the_prisbasbelopp_of_the_year()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount 10 000 kr", "net-cost 28 649 kr", "deliveries 200");

            Findings.Of(plan).Single("SP4023")
                .At(SubsidyPlan.Fact(2), "net-cost 28 649 kr")
                .Says("The net cost of 28 649 kr is below half the prisbasbelopp in 2024 (28 650 kr)");
            Findings.Of(plan.Change("net-cost 28 649 kr", "net-cost 28 650 kr")).Clean("SP4023");
        }

        [Fact]
        public void SP4023_a_direct_cost_counts_when_no_net_cost_is_stated()
        {
            var plan = SubsidyPlan.Text("home-delivery-grant in 2024", "recipient K", "amount 10 000 kr", "direct-cost 28 649 kr", "deliveries 200");

            Findings.Of(plan).Single("SP4023").At(SubsidyPlan.Fact(2), "direct-cost 28 649 kr").Says("The direct cost of 28 649 kr");
            Findings.Of(plan.Change("direct-cost 28 649 kr", "direct-cost 28 650 kr")).None("SP4023");
        }

        [Fact]
        public void SP4023_is_reported_once_per_application_for_the_first_year_below_the_minimum()
        {
            // 26 000 kr is below half the prisbasbelopp in every year 2023–2026 (26 250, 28 650, 29 400, 29 600 kr).
            var plan = SubsidyPlan.Text("home-delivery-grant in 2023..2026", "recipient K", "amount 10 000 kr", "net-cost 26 000 kr", "deliveries 200");

            Findings.Of(plan).Exactly("SP4023").Single("SP4023")
                .At(SubsidyPlan.Fact(2), "net-cost 26 000 kr")
                .Says("The net cost of 26 000 kr is below half the prisbasbelopp in 2023 (26 250 kr)");
            Findings.Of(plan.Change("net-cost 26 000 kr", "net-cost 29 600 kr")).Clean("SP4023");
        }

        // ---------------------------------------------------------------- SP4030–SP4035 särskilt driftstöd

        [Fact]
        public void SP4030_store_not_more_than_10_km_from_another_store()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("nearest-store 12 km", "nearest-store 10 km");

            var reported = Findings.Of(plan).Single("SP4030")
                .At(SubsidyPlan.Fact(6), "nearest-store 10 km")
                .Says("more than 10 km from another store with a varied grocery range", "the nearest other store is 10 km away");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("nearest-store 10 km", "nearest-store 12 km")).Clean("SP4030");
        }

        [Fact]
        public void SP4030_distance_of_the_place_reported_at_its_nearest_statement()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round" };
            var plan = SubsidyPlan.With("operating-aid in 2024 for S", facts, place: "place S level 1 { nearest groceries 8 km }");

            Findings.Of(plan).Single("SP4030").At("9,21", "nearest groceries 8 km").Says("is 8 km away");
            Findings.Of(plan.Change("nearest groceries 8 km", "nearest groceries 18 km")).Clean("SP4030");
        }

        [Fact]
        public void SP4030_a_store_on_an_island_needs_no_distance()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("nearest-store 12 km", "nearest-store 3 km\n      island");

            Findings.Of(plan).Clean("SP4030");
        }

        [Fact]
        public void SP4031_seasonal_store()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("year-round", "seasonal");

            Findings.Of(plan).Single("SP4031")
                .At(SubsidyPlan.Fact(5), "seasonal")
                .Says("requires fixed premises open year-round; the store is stated as seasonal");
            Findings.Of(plan.Change("seasonal", "year-round")).Clean("SP4031");
        }

        [Fact]
        public void SP4032_store_open_too_few_hours()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("open 45 h/week", "open 35 h/week");

            Findings.Of(plan).Single("SP4032")
                .At(SubsidyPlan.Fact(4), "open 35 h/week")
                .Says("With a turnover of 3 000 000 kr the store must be open on average at least 40 h/week year-round, but it is open 35 h/week");
            Findings.Of(plan.Change("open 35 h/week", "open 40 h/week")).Clean("SP4032");
        }

        [Fact]
        public void SP4032_message_names_the_unit_once()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("open 45 h/week", "open 35 h/week");

            Assert.DoesNotContain("h/week per week", Findings.Of(plan).Single("SP4032").Message);
        }

        [Fact]
        public void SP4033_turnover_above_11_million()
        {
            var facts = new[] { "recipient B", "turnover 12 000 000 kr", "articles 1 200", "open 45 h/week", "year-round", "nearest-store 12 km" };
            var plan = SubsidyPlan.Text("operating-aid in 2024", facts);

            Findings.Of(plan).Single("SP4033")
                .At(SubsidyPlan.Fact(1), "turnover 12 000 000 kr")
                .Says("a net grocery turnover of at most 11 000 000 kr; the store's is 12 000 000 kr");
            Findings.Of(plan.Change("turnover 12 000 000 kr", "turnover 10 000 000 kr")).Clean("SP4033");
        }

        [Fact]
        public void SP4034_range_of_fewer_than_1000_articles()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("articles 1 200", "articles 800");

            Findings.Of(plan).Single("SP4034")
                .At(SubsidyPlan.Fact(3), "articles 800")
                .Says("A varied grocery range means at least 1 000 articles", "the store has 800 with a turnover of 3 000 000 kr (a smaller range is accepted only below 2 000 000 kr)");
            Findings.Of(plan.Change("articles 800", "articles 1 200")).Clean("SP4034");
        }

        [Fact]
        public void SP4034_groups_the_digits_of_the_articles()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("articles 1 200", "articles 999");

            var reported = Findings.Of(plan).Single("SP4034").At(SubsidyPlan.Fact(3), "articles 999").Says("at least 1 000 articles", "the store has 999 with");
            Assert.DoesNotContain("1000", reported.Message);
        }

        [Fact]
        public void SP4034_a_smaller_range_is_accepted_below_2_million()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("articles 1 200", "articles 800").Change("turnover 3 000 000 kr", "turnover 1 500 000 kr").Change("amount 100 000 kr", "amount 60 000 kr");

            Findings.Of(plan).Clean("SP4034");
        }

        [Fact]
        public void SP4035_amount_above_what_the_turnover_gives()
        {
            var plan = Replace(OperatingAid, "x", "operating-aid in 2024").Change("amount 100 000 kr", "amount 166 668 kr");

            Findings.Of(plan).Single("SP4035")
                .At(SubsidyPlan.Fact(1), "amount 166 668 kr")
                .Says("The operating aid applied for is 166 668 kr, but a turnover of 3 000 000 kr gives at most 166 667 kr in 2024");
            Findings.Of(plan.Change("amount 166 668 kr", "amount 166 667 kr")).Clean("SP4035");
        }

        [Fact]
        public void SP4030_to_SP4035_take_the_store_facts_of_the_place()
        {
            var plan = SubsidyPlan.With(
                "operating-aid in 2024 for S",
                new[] { "recipient B", "amount 100 000 kr" },
                place: "place S level 1 { store turnover 3 000 000 kr, articles 800, open 35 h/week, seasonal; nearest groceries 12 km }");

            var findings = Findings.Of(plan).Exactly("SP4031", "SP4032", "SP4034");
            findings.Single("SP4031").At("9,21", "store turnover 3 000 000 kr, articles 800, open 35 h/week, seasonal").Says("the store in S is stated as seasonal");
            findings.Single("SP4032").Says("but it is open 35 h/week");
            findings.Single("SP4034").Says("the store has 800");
        }

        // ---------------------------------------------------------------- SP4040–SP4041 investeringsstöd

        [Fact]
        public void SP4040_investment_below_the_minimum()
        {
            var plan = SubsidyPlan.With("investment-aid in 2019", new[] { "recipient B", "eligible-cost 40 000 kr", "amount 15 000 kr" }, period: "2014..2020");

            var reported = Findings.Of(plan).Single("SP4040")
                .At(SubsidyPlan.Fact(1), "eligible-cost 40 000 kr")
                .Says("eligible costs above 50 000 kr (30 000 kr or more with one of the grounds", "the costs are 40 000 kr");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("eligible-cost 40 000 kr", "eligible-cost 40 000 kr\n      grounds restart")).Clean("SP4040");
        }

        [Fact]
        public void SP4041_investment_aid_over_the_share()
        {
            var plan = SubsidyPlan.With("investment-aid in 2019", new[] { "recipient B", "eligible-cost 100 000 kr", "amount 60 000 kr" }, period: "2014..2020");

            Findings.Of(plan).Single("SP4041")
                .At(SubsidyPlan.Fact(2), "amount 60 000 kr")
                .Says("The investment aid applied for, 60 000 kr, is more than 50 % of the eligible costs 100 000 kr; at most 50 000 kr may be given without one of the grounds for 90 % (Landsbygdsprogrammet)");
            Findings.Of(plan.Change("amount 60 000 kr", "amount 50 000 kr")).Clean("SP4041");
        }

        [Fact]
        public void SP4041_with_a_ground_the_share_is_90_percent()
        {
            var plan = SubsidyPlan.With("investment-aid in 2019", new[] { "recipient B", "eligible-cost 100 000 kr", "grounds environment", "amount 90 001 kr" }, period: "2014..2020");

            Findings.Of(plan).Single("SP4041").At(SubsidyPlan.Fact(3), "amount 90 001 kr").Says("90 001 kr, is more than 90 % of the eligible costs 100 000 kr; at most 90 000 kr may be given with the grounds stated");
            Findings.Of(plan.Change("amount 90 001 kr", "amount 90 000 kr")).Clean("SP4041");
        }

        [Fact]
        public void SP4041_message_shows_a_share_above_the_limit()
        {
            var plan = SubsidyPlan.With("investment-aid in 2019", new[] { "recipient B", "eligible-cost 100 000 kr", "amount 50 001 kr" }, period: "2014..2020");

            var reported = Findings.Of(plan).Single("SP4041").Says("50 001 kr, is more than 50 % of the eligible costs 100 000 kr; at most 50 000 kr may be given");
            Assert.DoesNotContain("50 001 kr, 50 % of", reported.Message);
        }

        // ---------------------------------------------------------------- SP4050–SP4051 regional distance criteria

        private const string DistanceScheme = """
            scheme operating-aid "Särskilt driftstöd i länet" {
              nearest-store more than 15 km
              nearest-fuel more than 20 km
              nearest-fuel at least 15 km "där orten saknar dagligvarubutik"
            }
            """;

        [Fact]
        public void SP4050_regional_grocery_distance_criterion()
        {
            var plan = SubsidyPlan.With("operating-aid in 2024", OperatingAid, after: DistanceScheme);

            var reported = Findings.Of(plan).Single("SP4050")
                .At(SubsidyPlan.Fact(6), "nearest-store 12 km")
                .Says("P's scheme 'Särskilt driftstöd i länet' states that a grocery store must lie more than 15 km from the nearest service place; the store is 12 km away");
            Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
            Findings.Of(plan.Change("nearest-store 12 km", "nearest-store 16 km")).Clean("SP4050");
        }

        [Fact]
        public void SP4050_criterion_of_a_followed_regional_programme()
        {
            const string regional = """
                regional plan RSP {
                  period 2014..2030
                  scheme operating-aid "Särskilt driftstöd" { nearest-store more than 15 km }
                }
                """;
            var municipal = SubsidyPlan.Text("operating-aid in 2024", OperatingAid).Change("  review yearly\n", "  review yearly\n  follows RSP\n");

            Findings.Of(new[] { ("m.plan", municipal), ("r.plan", regional) }).Single("SP4050")
                .At("21,7", "nearest-store 12 km")
                .Says("RSP's scheme 'Särskilt driftstöd' states");
            Findings.Of(new[] { ("m.plan", municipal.Change("  follows RSP\n", string.Empty)), ("r.plan", regional) }).None("SP4050");
        }

        [Fact]
        public void SP4050_distance_of_the_place_reported_at_its_nearest_statement()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round" };
            var plan = SubsidyPlan.With("operating-aid in 2024 for S", facts, place: "place S level 1 { nearest groceries 12 km }", after: DistanceScheme);

            Findings.Of(plan).Single("SP4050").At("9,21", "nearest groceries 12 km").Says("the store in S is 12 km away");
        }

        [Fact]
        public void SP4050_distance_of_the_place_reported_at_its_nearest_statement_when_the_application_states_the_fuel_distance()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round", "nearest-fuel 25 km" };
            var plan = SubsidyPlan.With("operating-aid in 2024 for S", facts, place: "place S level 1 { nearest groceries 12 km }", after: DistanceScheme);

            Findings.Of(plan).Exactly("SP4050").Single("SP4050").At("9,21", "nearest groceries 12 km").Says("the store in S is 12 km away");
            Findings.Of(plan.Change("nearest groceries 12 km", "nearest groceries 16 km")).Clean("SP4050");
        }

        [Fact]
        public void SP4050_the_distance_the_application_states_wins_over_the_place()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round", "nearest-store 12 km" };
            var plan = SubsidyPlan.With("operating-aid in 2024 for S", facts, place: "place S level 1 { nearest groceries 30 km }", after: DistanceScheme);

            Findings.Of(plan).Single("SP4050").At(SubsidyPlan.Fact(6), "nearest-store 12 km").Says("the store in S is 12 km away");
            Findings.Of(plan.Change("nearest-store 12 km", "nearest-store 16 km")).Clean("SP4050");
        }

        [Fact]
        public void SP4050_a_criterion_two_schemes_state_is_reported_once()
        {
            const string regional = """
                regional plan RSP {
                  period 2014..2030
                  scheme operating-aid "Särskilt driftstöd" { nearest-store more than 15 km }
                }
                """;
            var municipal = SubsidyPlan.With("operating-aid in 2024", OperatingAid, after: DistanceScheme).Change("  review yearly\n", "  review yearly\n  follows RSP\n");

            Findings.Of(new[] { ("m.plan", municipal), ("r.plan", regional) }).Exactly("SP4050").Single("SP4050")
                .At("21,7", "nearest-store 12 km")
                .Says("P's scheme 'Särskilt driftstöd i länet' states that a grocery store must lie more than 15 km");

            // Different requirements are different criteria: each is reported.
            var other = regional.Change("more than 15 km", "more than 13 km");
            var both = Findings.Of(new[] { ("m.plan", municipal), ("r.plan", other) }).Where("SP4050");
            Assert.Equal(2, both.Count);
            Assert.Contains(both, reported => reported.Message.Contains("RSP's scheme 'Särskilt driftstöd' states that a grocery store must lie more than 13 km"));
        }

        [Fact]
        public void SP4051_regional_fuel_distance_criterion_names_the_conditional_alternative()
        {
            var plan = SubsidyPlan.With("operating-aid in 2024", OperatingAid, after: DistanceScheme).Change("nearest-store 12 km", "nearest-store 16 km\n      nearest-fuel 18 km");

            Findings.Of(plan).Single("SP4051")
                .At(SubsidyPlan.Fact(7), "nearest-fuel 18 km")
                .Says("states that a fuel station must lie more than 20 km from the nearest other fuel station (at least 15 km där orten saknar dagligvarubutik); the station is 18 km away");
            Findings.Of(plan.Change("nearest-fuel 18 km", "nearest-fuel 21 km")).Clean("SP4051");
        }

        [Fact]
        public void SP4051_fuel_distance_of_the_place_is_checked()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round" };
            var plan = SubsidyPlan.With("operating-aid in 2024 for S", facts, place: "place S level 1 { nearest groceries 30 km, fuel 12 km }", after: DistanceScheme);

            Findings.Of(plan).Exactly("SP4051").Single("SP4051")
                .At("9,21", "nearest groceries 30 km, fuel 12 km")
                .Says("a fuel station must lie more than 20 km from the nearest other fuel station; the station in S is 12 km away");
            Findings.Of(plan.Change("fuel 12 km", "fuel 21 km")).Clean("SP4051");
        }

        [Fact]
        public void SP4051_fuel_distance_of_the_place_reported_at_the_statement_that_states_it()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round" };
            var plan = SubsidyPlan.With("operating-aid in 2024 for S", facts, place: "place S level 1 {\n    nearest groceries 30 km\n    nearest fuel 12 km\n  }", after: DistanceScheme);

            Findings.Of(plan).Single("SP4051").At("11,5", "nearest fuel 12 km");
        }

        [Fact]
        public void SP4050_grocery_distance_of_the_place_reported_at_the_statement_that_states_it()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round" };
            var plan = SubsidyPlan.With("operating-aid in 2024 for S", facts, place: "place S level 1 {\n    nearest fuel 30 km\n    nearest groceries 12 km\n  }", after: DistanceScheme);

            Findings.Of(plan).Single("SP4050").At("11,5", "nearest groceries 12 km");
        }

        [Fact]
        public void SP4051_the_fuel_distance_the_application_states_wins_over_the_place()
        {
            var facts = new[] { "recipient B", "amount 100 000 kr", "turnover 3 000 000 kr", "articles 1 200", "open 45 h/week", "year-round", "nearest-fuel 18 km" };
            var plan = SubsidyPlan.With("operating-aid in 2024 for S", facts, place: "place S level 1 { nearest groceries 30 km, fuel 25 km }", after: DistanceScheme);

            Findings.Of(plan).Single("SP4051").At(SubsidyPlan.Fact(6), "nearest-fuel 18 km").Says("the station in S is 18 km away");
            Findings.Of(plan.Change("nearest-fuel 18 km", "nearest-fuel 21 km")).Clean("SP4051");
        }

        [Fact]
        public void SP4051_a_criterion_two_schemes_state_is_reported_once()
        {
            const string regional = """
                regional plan RSP {
                  period 2014..2030
                  scheme operating-aid "Särskilt driftstöd" { nearest-fuel more than 20 km }
                }
                """;
            var municipal = SubsidyPlan.With("operating-aid in 2024", OperatingAid, after: DistanceScheme)
                .Change("nearest-store 12 km", "nearest-store 16 km\n      nearest-fuel 18 km")
                .Change("  review yearly\n", "  review yearly\n  follows RSP\n");

            Findings.Of(new[] { ("m.plan", municipal), ("r.plan", regional) }).Exactly("SP4051").Single("SP4051")
                .At("22,7", "nearest-fuel 18 km")
                .Says("P's scheme 'Särskilt driftstöd i länet' states that a fuel station must lie more than 20 km");
        }

        // ---------------------------------------------------------------- SP4060–SP4061 grundläggande betaltjänster

        [Fact]
        public void SP4060_payment_services_provided_commercially()
        {
            var plan = SubsidyPlan.Text("payment-services-aid in 2024 for S", "recipient B", "nearest-provider 30 km", "users 200", "commercial-alternative");

            var reported = Findings.Of(plan).Single("SP4060").At(SubsidyPlan.Fact(3), "commercial-alternative").Says("SFS 2014:139");
            Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
            Findings.Of(plan.Change("\n      commercial-alternative", string.Empty)).Clean("SP4060");
        }

        [Fact]
        public void SP4061_need_for_payment_services_not_shown()
        {
            var plan = SubsidyPlan.Text("payment-services-aid in 2024 for S", "recipient B", "nearest-provider 30 km");

            var reported = Findings.Of(plan).Single("SP4061")
                .At(SubsidyPlan.Kind, "payment-services-aid")
                .Says("the application does not state the estimated number of users (users <count>)");
            Assert.DoesNotContain("nearest provider (nearest-provider", reported.Message);
            Findings.Of(plan.Change("nearest-provider 30 km", "nearest-provider 30 km\n      users 200")).Clean("SP4061");
        }
    }
}
