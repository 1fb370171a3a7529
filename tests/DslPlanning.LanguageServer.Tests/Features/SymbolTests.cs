using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Features.Symbols;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using static DslPlanning.LanguageServer.Tests.Support.TextMarks;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    /// <summary>Document symbols (the outline) and workspace symbols, over the protocol.</summary>
    public class SymbolTests
    {
        private const string M = TwoPlans.Municipal;

        [Fact]
        public async Task The_outline_is_the_plan_with_its_declarations_nested_as_written_titled_and_kinded()
        {
            await using var plans = await TwoPlans.StartAsync();

            var symbols = await OutlineOf(plans.Session, plans.MunicipalUri);

            var plan = Assert.Single(symbols);
            Assert.Equal(("M", "Kommunens serviceplan", SymbolKind.Module), (plan.Name, plan.Detail, plan.Kind));
            Assert.Equal(RangeOf(M, "plan M", "M"), plan.SelectionRange);
            Assert.Equal(new[] { "Kommunen", "Kommunstyrelsen", "A", "Y" }, plan.Children.Select(child => child.Name));
            var area = plan.Children[2];
            Assert.Equal(("Butiker på landsbygden", SymbolKind.Namespace), (area.Detail, area.Kind));
            Assert.Equal(new[] { ("G", SymbolKind.Event), ("X", SymbolKind.Function) }, area.Children.Select(child => (child.Name, child.Kind)));
            Assert.Equal((SymbolKind.Class, SymbolKind.Constant), (plan.Children[0].Kind, plan.Children[1].Kind));
        }

        [Fact]
        public async Task Each_symbols_range_holds_its_name_and_its_childrens_ranges()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);

            var symbols = await OutlineOf(session, folder.Uri("krokom.plan"));

            var krokom = Assert.Single(symbols);
            Assert.Equal("Krokom", krokom.Name);
            Assert.Contains(krokom.Children, child => child.Name == "IO1" && child.Kind == SymbolKind.Namespace && child.Children.Count > 0);
            Assert.All(DocumentSymbols.Flatten(symbols), symbol =>
            {
                Assert.True(Ranges.Contains(symbol.Range, symbol.SelectionRange), symbol.Name);
                Assert.All(symbol.Children, child => Assert.True(Ranges.Contains(symbol.Range, child.Range), child.Name));
            });
        }

        [Fact]
        public async Task Workspace_symbols_match_the_name_or_the_title_in_any_case_across_plans_names_first()
        {
            await using var plans = await TwoPlans.StartAsync();

            var byName = await WorkspaceSymbols(plans.Session, "kommun");
            var byTitle = await WorkspaceSymbols(plans.Session, "TILLGÄNGLIGHET");

            Assert.Equal(new (string, string?)[] { ("Kommunen", "M"), ("Kommunstyrelsen", "M"), ("M", null) }, byName.Select(symbol => (symbol.Name, symbol.ContainerName)));
            var area = Assert.Single(byTitle);
            Assert.Equal(("IO1", "R", plans.RegionalUri), (area.Name, area.ContainerName, area.Location.Uri));
        }

        [Fact]
        public async Task Workspace_symbols_of_the_real_plans_find_krokoms_and_the_regional_programmes_areas()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);

            var found = await WorkspaceSymbols(session, "IO1");

            Assert.Contains(found, symbol => symbol.ContainerName == "Krokom" && symbol.Location.Uri == folder.Uri("krokom.plan"));
            Assert.Contains(found, symbol => symbol.ContainerName == "JämtlandRSP" && symbol.Location.Uri == folder.Uri("jamtland-rsp.plan"));
        }

        [Fact]
        public async Task Workspace_symbols_for_an_empty_query_are_capped()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);

            var all = await WorkspaceSymbols(session, string.Empty);

            Assert.Equal(SymbolSearch.MaxResults, all.Count);
        }

        private static Task<IReadOnlyList<DocumentSymbol>> OutlineOf(LspSession session, string uri) =>
            session.RequestAsync<IReadOnlyList<DocumentSymbol>>(Methods.DocumentSymbol, new DocumentSymbolParams(new TextDocumentIdentifier(uri)));

        private static Task<IReadOnlyList<WorkspaceSymbol>> WorkspaceSymbols(LspSession session, string query) =>
            session.RequestAsync<IReadOnlyList<WorkspaceSymbol>>(Methods.WorkspaceSymbol, new WorkspaceSymbolParams(query));
    }
}
