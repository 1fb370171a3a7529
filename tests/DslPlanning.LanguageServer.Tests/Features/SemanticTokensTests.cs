using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    public class SemanticTokensTests
    {
        [Fact]
        public async Task Keywords_literals_comments_declarations_and_references_are_classified()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);
            var session = plan.Session;
            var legend = await Legend();

            var tokens = Decode(await Full(session, plan.Uri), SmallPlans.Ownerless, legend);

            Assert.Contains(("municipal", "keyword", ""), tokens);
            Assert.Contains(("plan", "keyword", ""), tokens);
            Assert.Contains(("Krokom", "namespace", "declaration"), tokens);
            Assert.Contains(("KrokomsKommun", "variable", ""), tokens);
            Assert.Contains(("KrokomsKommun", "variable", "declaration"), tokens);
            Assert.Contains(("Kommunikationsinsatser", "function", "declaration"), tokens);
            Assert.Contains(("M1.2", "enumMember", ""), tokens);
            Assert.Contains(("serves", "keyword", ""), tokens);
            Assert.Contains(("\"Krokoms kommun\"", "string", ""), tokens);
            Assert.Contains(("2023", "number", ""), tokens);
            Assert.Contains(("..", "operator", ""), tokens);
            Assert.Contains(("# Kommunikation", "comment", ""), tokens);
        }

        [Fact]
        public async Task A_name_of_another_plan_is_a_namespace_and_a_readonly_member()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var text = folder.Text("krokom.plan");

            var tokens = Decode(await Full(session, folder.Uri("krokom.plan")), text, await Legend());

            Assert.Contains(("JämtlandRSP", "namespace", ""), tokens);
            Assert.Contains(tokens, token => token.Modifiers == "readonly");
            Assert.DoesNotContain(tokens, token => token.Text.Contains('\n', System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_range_gets_the_tokens_of_its_lines()
        {
            await using var plan = await OnePlanSession.StartAsync(SmallPlans.Ownerless);
            var session = plan.Session;

            var result = await session.RequestAsync<SemanticTokens>(Methods.SemanticTokensRange, new SemanticTokensRangeParams(
                new TextDocumentIdentifier(plan.Uri), new Range(new Position(14, 0), new Position(15, 0))));

            var tokens = Decode(result, SmallPlans.Ownerless, await Legend());
            Assert.Equal(new[] { ("funding", "keyword", ""), ("Kommunstyrelsen", "variable", "") }, tokens);
        }

        private static Task<SemanticTokens> Full(LspSession session, string uri) =>
            session.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new SemanticTokensParams(new TextDocumentIdentifier(uri)));

        private static async Task<SemanticTokensLegend> Legend()
        {
            await using var session = LspSession.Connect();
            var result = await session.RequestAsync<System.Text.Json.JsonElement>(Methods.Initialize, new { processId = (int?)null, capabilities = new { } });
            var provider = result.GetProperty("capabilities").GetProperty("semanticTokensProvider");
            Assert.True(provider.GetProperty("full").GetBoolean());
            return System.Text.Json.JsonSerializer.Deserialize<SemanticTokensLegend>(provider.GetProperty("legend"), DslPlanning.LanguageServer.Server.ProtocolJson.Options)!;
        }

        /// <summary>The relative encoding back to absolute positions: each token's text, type and modifiers.</summary>
        private static List<(string Text, string Type, string Modifiers)> Decode(SemanticTokens tokens, string text, SemanticTokensLegend legend)
        {
            var lines = text.Split('\n');
            var decoded = new List<(string, string, string)>();
            int line = 0, character = 0;
            for (var index = 0; index < tokens.Data.Count; index += 5)
            {
                line += tokens.Data[index];
                character = tokens.Data[index] == 0 ? character + tokens.Data[index + 1] : tokens.Data[index + 1];
                var modifiers = Enumerable.Range(0, legend.TokenModifiers.Count).Where(bit => (tokens.Data[index + 4] & (1 << bit)) != 0).Select(bit => legend.TokenModifiers[bit]);
                decoded.Add((lines[line].Substring(character, tokens.Data[index + 2]), legend.TokenTypes[tokens.Data[index + 3]], string.Join(",", modifiers)));
            }

            return decoded;
        }
    }
}
