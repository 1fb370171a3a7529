using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CsCheck;
using DslPlanning.Analyzers.Tests.Robustness;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using DslPlanning.LanguageServer.Tests.Support;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Tests.Server
{
    /// <summary>
    /// Every request the server advertises, at positions across a real plan broken by the property tests' random edits
    /// (and past its end), is answered without an error, and the server keeps serving. Refusals the specification
    /// allows (a rename that cannot be made) are the only error responses accepted.
    /// </summary>
    public sealed class RequestPropertyTests : IDisposable
    {
        private const string FixedSeed = "3jwo8wa9fzi1";

        private static readonly HashSet<string> MayRefuse = new(StringComparer.Ordinal) { "textDocument/prepareRename", "textDocument/rename" };

        private readonly PlanFolder _folder = PlanFolder.WithRealPlans();
        private readonly string[] _plans;
        private int _version = 1;

        public RequestPropertyTests() =>
            _plans = Directory.EnumerateFiles(_folder.Path, "*.plan").Select(Path.GetFileName).OfType<string>().OrderBy(name => name, StringComparer.Ordinal).ToArray();

        [Fact]
        public async Task Every_advertised_request_on_a_randomly_broken_plan_is_answered()
        {
            await using var session = await LspSession.StartAsync(_folder.Path);
            foreach (var plan in _plans)
            {
                await session.OpenAsync(_folder.Uri(plan), _folder.Text(plan), _version);
            }

            // CsCheck samples synchronously: off the test's own thread, each sample waits for its requests.
            await Task.Run(() => Mutation.OfRealPlan.Sample(
                sample => AnswersEverything(session, sample),
                seed: FixedSeed,
                iter: 25,
                threads: 1,
                print: Mutation.Describe));

            Assert.Null(await session.RequestAsync<object?>(Methods.Shutdown, null));
        }

        public void Dispose() => _folder.Dispose();

        private void AnswersEverything(LspSession session, (int Plan, Mutation[] Edits) sample) =>
            RequestEverythingAsync(session, sample).GetAwaiter().GetResult();

        private async Task RequestEverythingAsync(LspSession session, (int Plan, Mutation[] Edits) sample)
        {
            var plan = _plans[sample.Plan % _plans.Length];
            var uri = _folder.Uri(plan);
            var text = sample.Edits.Aggregate(_folder.Text(plan), (current, edit) => edit.Apply(current));
            await session.ChangeAsync(uri, ++_version, new TextDocumentContentChangeEvent(null, text));

            var map = LineMap.For(text);
            var positions = new[] { 0, text.Length / 3, text.Length / 2, Math.Max(0, text.Length - 1), text.Length }
                .Select(map.ToPosition)
                .Append(new Position(map.LineCount + 5, 3))
                .ToList();
            foreach (var (method, parameters) in Requests(session.Capabilities, uri, positions))
            {
                try
                {
                    await session.RequestAsync<JsonElement?>(method, parameters);
                }
                catch (RemoteInvocationException refusal) when (MayRefuse.Contains(method) && refusal.ErrorCode == ErrorCodes.RequestFailed)
                {
                }
                catch (RemoteInvocationException error)
                {
                    throw new InvalidOperationException($"{method} on {plan} ({text.Length} characters) failed: {error.ErrorCode} {error.Message}", error);
                }
            }
        }

        /// <summary>The requests of the advertised capabilities, each at every position (those that take one).</summary>
        private static IEnumerable<(string Method, object Parameters)> Requests(JsonElement capabilities, string uri, IReadOnlyList<Position> positions)
        {
            var document = new TextDocumentIdentifier(uri);
            var whole = new Protocol.Range(new Position(0, 0), positions[^1]);
            var options = new { tabSize = 2, insertSpaces = true };
            var atPositions = new (string Capability, string Method, Func<Position, object> Parameters)[]
            {
                ("completionProvider", "textDocument/completion", position => new { textDocument = document, position }),
                ("hoverProvider", "textDocument/hover", position => new { textDocument = document, position }),
                ("definitionProvider", "textDocument/definition", position => new { textDocument = document, position }),
                ("referencesProvider", "textDocument/references", position => new { textDocument = document, position, context = new { includeDeclaration = true } }),
                ("documentHighlightProvider", "textDocument/documentHighlight", position => new { textDocument = document, position }),
                ("renameProvider", "textDocument/prepareRename", position => new { textDocument = document, position }),
                ("renameProvider", "textDocument/rename", position => new { textDocument = document, position, newName = "NyttNamn" }),
                ("selectionRangeProvider", "textDocument/selectionRange", position => new { textDocument = document, positions = new[] { position } }),
                ("codeActionProvider", "textDocument/codeAction", position => new { textDocument = document, range = new Protocol.Range(position, position), context = new { diagnostics = Array.Empty<object>() } }),
                ("documentRangeFormattingProvider", "textDocument/rangeFormatting", position => new { textDocument = document, range = new Protocol.Range(new Position(0, 0), position), options }),
                ("inlayHintProvider", "textDocument/inlayHint", position => new { textDocument = document, range = new Protocol.Range(new Position(0, 0), position) }),
            };
            var once = new (string Capability, string Method, object Parameters)[]
            {
                ("documentSymbolProvider", "textDocument/documentSymbol", new { textDocument = document }),
                ("foldingRangeProvider", "textDocument/foldingRange", new { textDocument = document }),
                ("semanticTokensProvider", "textDocument/semanticTokens/full", new { textDocument = document }),
                ("semanticTokensProvider", "textDocument/semanticTokens/range", new { textDocument = document, range = whole }),
                ("documentFormattingProvider", "textDocument/formatting", new { textDocument = document, options }),
                ("workspaceSymbolProvider", "workspace/symbol", new { query = "a" }),
            };

            foreach (var request in atPositions.Where(request => Advertised(capabilities, request.Capability)))
            {
                foreach (var position in positions)
                {
                    yield return (request.Method, request.Parameters(position));
                }
            }

            foreach (var request in once.Where(request => Advertised(capabilities, request.Capability)))
            {
                if (request.Method.EndsWith("/range", StringComparison.Ordinal) && !capabilities.GetProperty(request.Capability).TryGetProperty("range", out _))
                {
                    continue;
                }

                yield return (request.Method, request.Parameters);
            }
        }

        private static bool Advertised(JsonElement capabilities, string name) =>
            capabilities.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.False);
    }
}
