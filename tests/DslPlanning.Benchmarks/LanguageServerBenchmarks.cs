using System;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DslPlanning.Corpus;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.Benchmarks
{
    /// <summary>
    /// The language server with the national corpus (458 plans) as its workspace folder, driven in process over a
    /// duplex stream as an editor drives it over stdio: a keystroke in a municipal plan until its diagnostics are
    /// published (with the server's own 10 ms wait for further keystrokes), completion of the funders after
    /// <c>funding </c>, hover on a funder (its commitments per year against its budget, summed over every plan), and a
    /// start until the first diagnostics.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class LanguageServerBenchmarks
    {
        private const string EditedPlan = "municipalities/Kommun145.plan";

        private PlanFolder _folder = null!;
        private LspSession _session = null!;
        private string _uri = string.Empty;
        private Position _typingAt = new(0, 0);
        private Position _fundingAt = new(0, 0);
        private int _version = 1;
        private bool _typed;

        [GlobalSetup]
        public void Setup()
        {
            _folder = PlanFolder.Empty();
            foreach (var (path, text) in NationalCorpus.Generate())
            {
                _folder.Write(path, text);
            }

            _session = LspSession.StartAsync(_folder.Path, options: LanguageServerOptions.Default).GetAwaiter().GetResult();
            _uri = _folder.Uri(EditedPlan);
            var planText = _folder.Text(EditedPlan);
            _session.OpenAsync(_uri, planText, _version).GetAwaiter().GetResult();
            _session.WaitForDiagnosticsAsync(_uri, published => published.Version == _version).GetAwaiter().GetResult();
            var at = planText.IndexOf("description \"", StringComparison.Ordinal) + "description \"".Length;
            _typingAt = LineMap.For(planText).ToPosition(at);
            _fundingAt = LineMap.For(planText).ToPosition(planText.IndexOf("funding Kommunstyrelsen 50 %", StringComparison.Ordinal) + "funding ".Length);
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _session.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _folder.Dispose();
        }

        /// <summary>One character typed (or taken back) in a municipal plan's description, until the editor has its diagnostics.</summary>
        [Benchmark]
        public async Task<int> KeystrokeToDiagnostics()
        {
            var end = _typed ? _typingAt with { Character = _typingAt.Character + 1 } : _typingAt;
            var change = new TextDocumentContentChangeEvent(new Range(_typingAt, end), _typed ? string.Empty : "x");
            _typed = !_typed;
            var version = ++_version;
            await _session.ChangeAsync(_uri, version, change);
            var published = await _session.WaitForDiagnosticsAsync(_uri, diagnostics => diagnostics.Version == version);
            return published.Diagnostics.Count;
        }

        /// <summary>Completion after <c>funding </c> in an action: the funders the plan can name, its own and the other plans'.</summary>
        [Benchmark]
        public async Task<int> Completion()
        {
            var list = await _session.RequestAsync<JsonElement>("textDocument/completion", new { textDocument = new TextDocumentIdentifier(_uri), position = _fundingAt });
            return list.GetProperty("items").GetArrayLength();
        }

        /// <summary>Hover on a funder named in an action: its commitments per year in every plan against its budget.</summary>
        [Benchmark]
        public async Task<int> Hover()
        {
            var hover = await _session.RequestAsync<JsonElement>("textDocument/hover", new { textDocument = new TextDocumentIdentifier(_uri), position = _fundingAt with { Character = _fundingAt.Character + 3 } });
            return hover.GetProperty("contents").GetProperty("value").GetString()!.Length;
        }

        /// <summary>A server started on the corpus: initialize, read 458 files, check them, publish the first plan's diagnostics.</summary>
        [Benchmark]
        public async Task<int> StartToFirstDiagnostics()
        {
            await using var session = await LspSession.StartAsync(_folder.Path, options: LanguageServerOptions.Default);
            return session.TakePublished().Count;
        }
    }
}
