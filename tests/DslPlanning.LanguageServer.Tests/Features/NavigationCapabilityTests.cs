using System.Text.Json;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;

namespace DslPlanning.LanguageServer.Tests.Features
{
    public class NavigationCapabilityTests
    {
        [Theory]
        [InlineData("definitionProvider")]
        [InlineData("referencesProvider")]
        [InlineData("documentHighlightProvider")]
        [InlineData("documentSymbolProvider")]
        [InlineData("workspaceSymbolProvider")]
        [InlineData("foldingRangeProvider")]
        [InlineData("selectionRangeProvider")]
        public async Task Initialize_advertises_the_feature(string provider)
        {
            await using var session = LspSession.Connect();

            var result = await session.RequestAsync<JsonElement>(Methods.Initialize, new { capabilities = new { } });

            Assert.Equal(JsonValueKind.True, result.GetProperty("capabilities").GetProperty(provider).ValueKind);
        }

        [Fact]
        public async Task Initialize_advertises_rename_with_prepare_rename()
        {
            await using var session = LspSession.Connect();

            var result = await session.RequestAsync<JsonElement>(Methods.Initialize, new { capabilities = new { } });

            Assert.True(result.GetProperty("capabilities").GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        }
    }
}
