using System.Collections.Generic;
using System.Linq;
using DslPlanning.Reports.Content;
using DslPlanning.Reports.Tests.Support;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>
    /// What a municipal plan with its own action plan states about itself and its activities, as the reports show it:
    /// the adoption, the extended period, the action plan's years, delmål in words, roles besides the responsible, and
    /// examples of actions apart from the planned ones.
    /// </summary>
    public class DocumentFactsReportTests
    {
        internal const string Plan = """
            municipal plan Storby "Serviceplan för Storby kommun 2020–2026" {
              owner StorbyKommun
              period 2020..2024
              extended-to 2026
              action-plan 2020..2022
              review yearly
              adopted 2019-12-16
              adopted-by Kommunfullmäktige
              paragraph "§ 112"
              diary-number "KS 2019/310"
              prepared-by Utvecklingsenheten
              revision-owner Näringslivskontoret

              actor StorbyKommun "Storby kommun" municipality
              actor Kommunfullmäktige "Kommunfullmäktige" municipality
              actor Utvecklingsenheten "Utvecklingsenheten" department
              actor Näringslivskontoret "Näringslivskontoret" department
              actor Trafikverket "Trafikverket" agency
              actor Länsstyrelsen "Länsstyrelsen" county-board
              funder RegionX "Region X" region
              funder Kommunstyrelsen "Kommunstyrelsen" municipality

              area IO1 "Tillgänglighet" priority 1 {
                goal G1 "Butikerna finns kvar" { indicator "butiker" target 3 by 2022-12-31 }
                action Kartläggning "Kartläggning av butiksorternas behov" serves G1 {
                  owner Näringslivskontoret
                  consults Trafikverket
                  partners Länsstyrelsen
                  co-financiers RegionX
                  funding Kommunstyrelsen
                  milestone "Kartläggning av butiksorternas behov klar"
                  due 2021-04-30
                }
                action Nätverk "Nätverk för lanthandlare" {
                  status example
                  description "Samordnas av kommunen"
                }
              }
            }
            """;

        private static readonly TestPlans Plans = TestPlans.Compile(Plan);

        private static readonly PlanReport Report = ReportBuilder.Build(Plans["Storby"], Plans.Plans, Plans.Findings);

        private static IReadOnlyDictionary<string, string> Overview =>
            Report.Section("overview").Blocks.OfType<KeyValueList>().Single().Items.ToDictionary(item => item.Key, item => item.Value.Text);

        [Fact]
        public void The_overview_shows_the_adoption_and_who_prepared_and_revises_the_plan()
        {
            Assert.Equal("2019-12-16", Overview["adopted"]);
            Assert.Equal("Kommunfullmäktige", Overview["adoptedBy"]);
            Assert.Equal("§ 112", Overview["minuteParagraph"]);
            Assert.Equal("KS 2019/310", Overview["diaryNumber"]);
            Assert.Equal("Utvecklingsenheten", Overview["preparedBy"]);
            Assert.Equal("Näringslivskontoret", Overview["revisionOwner"]);
        }

        [Fact]
        public void The_overview_shows_the_decided_period_its_extension_and_the_action_plans_years_and_the_index_the_years_it_runs()
        {
            Assert.Equal("2020–2024", Overview["period"]);
            Assert.Equal("2026", Overview["extendedTo"]);
            Assert.Equal("2020–2022", Overview["actionPlan"]);
            Assert.Equal(new DslPlanning.Model.YearRange(2020, 2026), Report.Period);
        }

        [Fact]
        public void The_action_plan_is_headed_with_its_years_and_shows_delmal_in_words_with_the_due_day()
        {
            var table = Report.Table("action-plan");
            var action = table.Records().Single();

            Assert.Equal("Handlingsplan 2020–2022", table.Caption);
            Assert.Equal("Kartläggning av butiksorternas behov klar; klart 2021-04-30", action["subGoal"].Text);
            Assert.StartsWith("Delmål anger vad som ska vara uppnått, så som planen anger det: ett delresultat i ord,", Report.Section("action-plan").Blocks.OfType<Paragraph>().First().Text);
        }

        [Fact]
        public void Roles_besides_the_responsible_are_shown_apart_from_it()
        {
            var action = Report.Table("action-plan").Records().Single();

            Assert.Equal("Näringslivskontoret", action["responsible"].Text);
            Assert.Equal("i samråd med Trafikverket; samverkanspartner: Länsstyrelsen; medfinansiär: Region X", action["otherRoles"].Text);
            Assert.Equal("Kommunstyrelsen", action["funding"].Text);
        }

        [Fact]
        public void Examples_of_actions_are_listed_apart_from_the_planned_actions()
        {
            var examples = Report.Table("example-measures");
            var area = Report.Section("area-1");

            Assert.Equal(new[] { "Nätverk för lanthandlare" }, examples.Texts("action"));
            Assert.Equal(new[] { "Kartläggning av butiksorternas behov" }, Report.Table("action-plan").Texts("action"));
            Assert.Equal(
                new[] { "Insatser: Kartläggning av butiksorternas behov", "Exempel på åtgärder: Nätverk för lanthandlare" },
                area.Blocks.OfType<BulletList>().Where(list => list.Title != "Mål").Select(list => list.Title + ": " + list.Items.Single()));
            Assert.Equal(1m, Report.Table("areas").Records().Single()["actions"].Value);
        }

        [Fact]
        public void A_target_reached_by_a_day_is_written_with_the_day()
            => Assert.Equal("3 senast 2022-12-31", Report.Table("goals").Records().Single()["target"].Text);

        [Fact]
        public void A_plan_without_roles_or_examples_has_neither_the_column_nor_the_table()
        {
            var plain = TestPlans.Compile("municipal plan P {\n  period 2023..2030\n  action A \"Åtgärd\"\n}");
            var report = ReportBuilder.Build(plain["P"], plain.Plans, plain.Findings);

            Assert.DoesNotContain("otherRoles", report.Table("action-plan").Columns.Select(column => column.Key));
            Assert.DoesNotContain(report.AllSections().SelectMany(section => section.Blocks).OfType<Table>(), table => table.Id == "example-measures");
        }
    }
}
