using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using static DslPlanning.LanguageServer.Tests.Support.TextMarks;

namespace DslPlanning.LanguageServer.Tests.Features
{
    /// <summary>Go to definition, find references and document highlight, over the protocol.</summary>
    public class NavigationTests
    {
        private const string M = TwoPlans.Municipal;
        private const string R = TwoPlans.Regional;

        [Fact]
        public async Task Definition_of_a_reference_is_its_declaration_in_the_same_file()
        {
            await using var plans = await TwoPlans.StartAsync();

            var definition = await Definition(plans, plans.MunicipalUri, PositionOf(M, "owner Kommunen", "Kommunen", 3));

            Assert.Equal(new Location(plans.MunicipalUri, RangeOf(M, "actor Kommunen", "Kommunen")), definition);
        }

        [Fact]
        public async Task Definition_of_another_plans_goal_is_in_that_plans_file()
        {
            await using var plans = await TwoPlans.StartAsync();

            var definition = await Definition(plans, plans.MunicipalUri, PositionOf(M, "R.IO1", "IO1"));

            Assert.Equal(new Location(plans.RegionalUri, RangeOf(R, "area IO1", "IO1")), definition);
        }

        [Fact]
        public async Task Definition_of_a_plan_named_in_follows_is_that_plans_header()
        {
            await using var plans = await TwoPlans.StartAsync();

            var definition = await Definition(plans, plans.MunicipalUri, PositionOf(M, "follows R", "R"));

            Assert.Equal(new Location(plans.RegionalUri, RangeOf(R, "plan R", "R")), definition);
        }

        [Fact]
        public async Task Definition_on_a_keyword_is_null()
        {
            await using var plans = await TwoPlans.StartAsync();

            Assert.Null(await Definition(plans, plans.MunicipalUri, PositionOf(M, "owner Kommunen", "owner", 2)));
        }

        [Fact]
        public async Task Definition_in_krokom_of_a_goal_of_the_regional_programme_is_in_jamtland_rsp()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var krokom = folder.Text("krokom.plan");

            var definition = await session.RequestAsync<Location?>(Methods.Definition,
                new TextDocumentPositionParams(new TextDocumentIdentifier(folder.Uri("krokom.plan")), PositionOf(krokom, "serves JämtlandRSP.IO2", "IO2")));

            var programme = folder.Text("jamtland-rsp.plan");
            Assert.Equal(new Location(folder.Uri("jamtland-rsp.plan"), RangeOf(programme, "area IO2", "IO2")), definition);
        }

        [Fact]
        public async Task References_list_every_use_across_plans_and_the_declaration_only_when_asked()
        {
            await using var plans = await TwoPlans.StartAsync();
            var onDeclaration = PositionOf(R, "funder Anslag", "Anslag");

            var withDeclaration = await References(plans, plans.RegionalUri, onDeclaration, includeDeclaration: true);
            var without = await References(plans, plans.RegionalUri, onDeclaration, includeDeclaration: false);

            var use = new Location(plans.MunicipalUri, RangeOf(M, "R.Anslag", "Anslag"));
            Assert.Equal(new[] { new Location(plans.RegionalUri, RangeOf(R, "funder Anslag", "Anslag")), use }, withDeclaration);
            Assert.Equal(new[] { use }, without);
        }

        [Fact]
        public async Task References_of_a_plan_are_its_follows_and_the_plan_parts_of_qualified_names()
        {
            await using var plans = await TwoPlans.StartAsync();

            var references = await References(plans, plans.MunicipalUri, PositionOf(M, "follows R", "R"), includeDeclaration: false);

            Assert.Equal(new[] { RangeOf(M, "follows R", "R"), RangeOf(M, "R.IO1", "R"), RangeOf(M, "R.Anslag", "R") }, references.Select(reference => reference.Range));
        }

        [Fact]
        public async Task References_of_an_area_of_the_regional_programme_include_the_one_krokom_serves()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var programme = folder.Text("jamtland-rsp.plan");

            var references = await session.RequestAsync<IReadOnlyList<Location>>(Methods.References, new ReferenceParams(
                new TextDocumentIdentifier(folder.Uri("jamtland-rsp.plan")), PositionOf(programme, "area IO1", "IO1"), new ReferenceContext(IncludeDeclaration: true)));

            Assert.Equal(folder.Uri("jamtland-rsp.plan"), references[0].Uri);
            Assert.Contains(new Location(folder.Uri("krokom.plan"), RangeOf(folder.Text("krokom.plan"), "serves JämtlandRSP.IO1", "IO1")), references);
        }

        [Fact]
        public async Task Highlights_mark_the_declaration_written_and_the_references_read_in_this_document_only()
        {
            await using var plans = await TwoPlans.StartAsync();

            var highlights = await plans.Session.RequestAsync<IReadOnlyList<DocumentHighlight>>(Methods.DocumentHighlight,
                new TextDocumentPositionParams(new TextDocumentIdentifier(plans.MunicipalUri), PositionOf(M, "funding Kommunstyrelsen", "Kommunstyrelsen")));

            Assert.Equal(new[]
            {
                new DocumentHighlight(RangeOf(M, "funder Kommunstyrelsen", "Kommunstyrelsen"), DocumentHighlightKind.Write),
                new DocumentHighlight(RangeOf(M, "funding Kommunstyrelsen", "Kommunstyrelsen"), DocumentHighlightKind.Read),
            }, highlights);
        }

        private static Task<Location?> Definition(TwoPlans plans, string uri, Position position) =>
            plans.Session.RequestAsync<Location?>(Methods.Definition, new TextDocumentPositionParams(new TextDocumentIdentifier(uri), position));

        private static Task<IReadOnlyList<Location>> References(TwoPlans plans, string uri, Position position, bool includeDeclaration) =>
            plans.Session.RequestAsync<IReadOnlyList<Location>>(Methods.References,
                new ReferenceParams(new TextDocumentIdentifier(uri), position, new ReferenceContext(includeDeclaration)));
    }
}
