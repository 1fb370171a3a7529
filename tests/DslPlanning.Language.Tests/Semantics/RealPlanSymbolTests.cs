using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>The symbol queries on the real plans in plans/: Krokom follows Jämtland's regional programme.</summary>
    public class RealPlanSymbolTests
    {
        private const string Krokom = "plans/krokom.plan";
        private const string Jamtland = "plans/jamtland-rsp.plan";
        private const string Programme = "plans/vasterbotten-rsp.plan";
        private const string ActionPlan = "plans/vasterbotten-handlingsplan-2018.plan";

        private static readonly (string Path, string Text)[] Plans = Repository.RealPlans();
        private static readonly PlanCompilation Compilation = PlanCompilation.Create(Plans);
        private static readonly SymbolQueries Queries = SymbolQueries.Of(Compilation);

        [Fact]
        public void The_definition_of_a_regional_goal_named_in_Krokom_is_in_the_regional_programme()
        {
            var krokom = Text(Krokom);
            var at = Queries.SymbolAt(Krokom, SymbolQueryTests.Offset(krokom, "serves JämtlandRSP.IO2", "IO2") + 1)!;
            var declaration = Queries.Declaration(at.Symbol)!;

            Assert.Equal(new ElementKey(SymbolKind.Area, "JämtlandRSP", "IO2"), at.Symbol);
            Assert.Equal(Jamtland, declaration.Path);
            Assert.Equal("area IO2", Text(Jamtland).Substring(declaration.Span.Start - "area ".Length, "area IO2".Length));
        }

        [Fact]
        public void The_definition_of_the_plan_part_and_of_follows_is_the_regional_programmes_header()
        {
            var krokom = Text(Krokom);
            var followed = Queries.SymbolAt(Krokom, SymbolQueryTests.Offset(krokom, "follows JämtlandRSP", "JämtlandRSP"))!;
            var qualifier = Queries.SymbolAt(Krokom, SymbolQueryTests.Offset(krokom, "serves JämtlandRSP.IO2", "JämtlandRSP"))!;

            Assert.Equal(new PlanKey("JämtlandRSP"), followed.Symbol);
            Assert.Equal(followed.Symbol, qualifier.Symbol);
            Assert.Equal(SymbolQueryTests.Offset(Text(Jamtland), "regional plan JämtlandRSP", "JämtlandRSP"), Queries.Declaration(followed.Symbol)!.Span.Start);
        }

        [Fact]
        public void Renaming_a_funder_of_the_programme_that_the_action_plan_uses_too_edits_both_plans()
        {
            var files = Plans.Select(file => file.Path == ActionPlan
                ? (file.Path, file.Text.Substring(0, file.Text.LastIndexOf('}')) + "  action Samverkan serves VästerbottenRSP.1.1 { funding VästerbottenRSP.Anslag11 }\n}\n")
                : file).ToArray();
            var before = PlanCompilation.Create(files);
            var anslag = new ElementKey(SymbolKind.Funder, "VästerbottenRSP", "Anslag11");

            var result = SymbolQueries.Of(before).Rename(anslag, "Länsstyrelsens1_1");

            Assert.False(result.IsRefused, result.Refusal?.English);
            Assert.Equal(new[] { ActionPlan, Programme }, result.Edits.Select(file => file.Path));
            var renamed = RenameEdits.Apply(files, result);
            Assert.Contains("funding VästerbottenRSP.Länsstyrelsens1_1 }", renamed[ActionPlan]);
            Assert.Contains("funder Länsstyrelsens1_1 \"Länsstyrelsens 1:1 anslag\"", renamed[Programme]);
            Assert.DoesNotContain("Anslag11", renamed[Programme]);
            var after = PlanCompilation.Create(renamed.Select(file => (file.Key, file.Value)));
            Assert.Equal(Located(before.Diagnostics), Located(after.Diagnostics));
            Assert.Equal(
                SymbolQueries.Of(before).References(anslag, includeDeclaration: true).Count,
                SymbolQueries.Of(after).References(anslag with { Name = "Länsstyrelsens1_1" }, includeDeclaration: true).Count);
        }

        [Fact]
        public void A_funder_of_Krokom_is_not_renamed_to_an_invalid_name_nor_to_another_funders_name()
        {
            var regionJH = new ElementKey(SymbolKind.Funder, "Krokom", "RegionJH");

            Assert.StartsWith("'Region JH' is not a name", Queries.Rename(regionJH, "Region JH").Refusal?.English);
            Assert.Equal("The plan Krokom already has a funder named Kommunstyrelsen (krokom.plan, line 71).", Queries.Rename(regionJH, "Kommunstyrelsen").Refusal?.English);
        }

        private static string Text(string path) => Plans.Single(file => file.Path == path).Text;

        private static IEnumerable<string> Located(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Select(diagnostic => $"{diagnostic.Location.Path}({diagnostic.Location.Start}): {diagnostic.Id}");
    }
}
