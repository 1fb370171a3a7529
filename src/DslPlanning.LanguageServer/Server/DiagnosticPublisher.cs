using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Workspaces;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.Model;
using Diagnostic = DslPlanning.Language.Diagnostics.Diagnostic;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// Publishes diagnostics after changes. Changes that come while a compilation runs (or within
    /// <see cref="Delay"/> of the first) are taken together: one compilation of the newest snapshot, then every
    /// document whose diagnostics differ from what was last published for it gets its new list. So the edited plan
    /// and every plan the edit affects (one that follows it, shares a funder, or serves its goals) are published, and
    /// no other.
    /// </summary>
    internal sealed class DiagnosticPublisher
    {
        private readonly ServerWorkspace _workspace;
        private readonly LanguageClient _client;
        private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _published = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int?> _versions = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim _running = new(1, 1);
        private int _pending;
        private PlanLanguage? _language;

        public DiagnosticPublisher(ServerWorkspace workspace, LanguageClient client, TimeSpan delay)
        {
            _workspace = workspace;
            _client = client;
            Delay = delay;
        }

        /// <summary>How long the first change waits for the next keystrokes before the plans are compiled.</summary>
        public TimeSpan Delay { get; }

        /// <summary>Raised after each round of publishing, for tests and benchmarks.</summary>
        public event Action<PlanWorkspace>? Published;

        public void Schedule()
        {
            if (Interlocked.Exchange(ref _pending, 1) == 0)
            {
                _ = Task.Run(PublishAsync);
            }
        }

        private async Task PublishAsync()
        {
            await _running.WaitAsync().ConfigureAwait(false);
            try
            {
                if (Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Delay).ConfigureAwait(false);
                }

                while (Interlocked.Exchange(ref _pending, 0) == 1)
                {
                    var (workspace, versions) = _workspace.CurrentWithVersions();
                    await PublishChangesAsync(workspace, versions).ConfigureAwait(false);
                    Published?.Invoke(workspace);
                }
            }
            catch (Exception exception)
            {
                await _client.LogAsync(MessageType.Error, "DslPlanning could not check the plans: " + exception.Message).ConfigureAwait(false);
            }
            finally
            {
                _running.Release();
            }
        }

        private async Task PublishChangesAsync(PlanWorkspace workspace, IReadOnlyDictionary<string, int> versions)
        {
            var byPath = workspace.Compilation.Diagnostics
                .GroupBy(diagnostic => diagnostic.Location.Path, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => (IReadOnlyList<Diagnostic>)group.ToList(), StringComparer.Ordinal);
            var language = _workspace.Language;
            var languageChanged = language != _language;
            _language = language;
            var paths = workspace.Documents.Select(document => document.Path).Concat(_published.Keys).Distinct(StringComparer.Ordinal).ToList();
            foreach (var path in paths)
            {
                var diagnostics = byPath.TryGetValue(path, out var found) ? found : Array.Empty<Diagnostic>();
                var document = workspace.GetDocument(path);
                int? version = versions.TryGetValue(path, out var open) ? open : null;
                var newVersion = IsNewVersion(path, version);
                if (_published.TryGetValue(path, out var before) && before.SequenceEqual(diagnostics) && !newVersion && !languageChanged)
                {
                    continue;
                }

                if (document is null && diagnostics.Count == 0)
                {
                    _published.Remove(path);
                }
                else
                {
                    _published[path] = diagnostics;
                }

                var converted = document is null
                    ? Array.Empty<Protocol.Diagnostic>()
                    : diagnostics.Select(diagnostic => DiagnosticConverter.ToProtocol(diagnostic, document.Text, workspace, _workspace.UriOf, language)).ToArray();
                await _client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(_workspace.UriOf(path), version, converted)).ConfigureAwait(false);
            }
        }

        /// <summary>An open document whose version moved on is published even with the same list, so the editor knows it is current.</summary>
        private bool IsNewVersion(string path, int? version)
        {
            var isNew = !_versions.TryGetValue(path, out var before) || before != version;
            _versions[path] = version;
            return isNew && version is not null;
        }
    }
}
