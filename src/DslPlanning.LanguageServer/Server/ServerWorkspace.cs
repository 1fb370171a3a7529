using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Files;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.Model;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// The server's plans: every <c>*.plan</c> under the workspace folders as read from disk, with the documents the
    /// editor has open in place of their files. Each change gives a new <see cref="PlanWorkspace"/> snapshot;
    /// requests read <see cref="Current"/> and never see a half-made change. <see cref="Changed"/> is raised after
    /// each change (the diagnostics follow it).
    /// </summary>
    internal sealed class ServerWorkspace
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _uris = new(StringComparer.Ordinal);
        private readonly List<string> _folders = new();
        private PlanWorkspace _workspace = PlanWorkspace.Create();
        private ServerState _state = ServerState.Created;
        private ServerSettings _settings = ServerSettings.Default;
        private string? _locale;

        public event Action? Changed;

        /// <summary>Where a change could not be applied as sent, for the editor's log.</summary>
        public event Action<string>? Problem;

        private enum ServerState
        {
            Created,
            Initialized,
            ShutDown,
        }

        public PlanWorkspace Current
        {
            get
            {
                lock (_gate)
                {
                    return _workspace;
                }
            }
        }

        /// <summary>True from <c>initialize</c> on (also after <c>shutdown</c>).</summary>
        public bool IsInitialized
        {
            get
            {
                lock (_gate)
                {
                    return _state != ServerState.Created;
                }
            }
        }

        public bool IsShutDown
        {
            get
            {
                lock (_gate)
                {
                    return _state == ServerState.ShutDown;
                }
            }
        }

        /// <summary>The editor's settings; a new <see cref="ServerSettings.AsOf"/> checks the plans again at that date.</summary>
        public ServerSettings Settings
        {
            get
            {
                lock (_gate)
                {
                    return _settings;
                }
            }
        }

        /// <summary>The language of the diagnostics: the setting's, else the editor's locale, else the user interface's (<see cref="UserInterfaceLanguage"/>).</summary>
        public PlanLanguage Language
        {
            get
            {
                lock (_gate)
                {
                    return _settings.Language ?? (_locale is { } locale ? PlanLanguages.FromCulture(locale) : UserInterfaceLanguage.Choose(null));
                }
            }
        }

        public IReadOnlyList<string> Folders
        {
            get
            {
                lock (_gate)
                {
                    return _folders.ToArray();
                }
            }
        }

        /// <summary>The snapshot requests answer from; an error response before <c>initialize</c> and after <c>shutdown</c>.</summary>
        public PlanWorkspace Snapshot()
        {
            lock (_gate)
            {
                return _state switch
                {
                    ServerState.Created => throw new LocalRpcException("The server is not initialized yet: send 'initialize' first.") { ErrorCode = ErrorCodes.ServerNotInitialized },
                    ServerState.ShutDown => throw new LocalRpcException("The server has shut down: only 'exit' is answered now.") { ErrorCode = ErrorCodes.InvalidRequest },
                    _ => _workspace,
                };
            }
        }

        /// <summary>The snapshot and the document a request names, or null when the server has no such document.</summary>
        public (PlanWorkspace Workspace, PlanDocument Document)? Find(TextDocumentIdentifier? document)
        {
            var workspace = Snapshot();
            if (document?.Uri is not { } uri)
            {
                return null;
            }

            return workspace.GetDocument(DocumentUris.ToPath(uri)) is { } found ? (workspace, found) : null;
        }

        /// <summary>The URI the editor knows a document by (the one it opened it with), for answers and diagnostics.</summary>
        public string UriOf(string path)
        {
            lock (_gate)
            {
                return _uris.TryGetValue(path, out var uri) ? uri : DocumentUris.FromPath(path);
            }
        }

        /// <summary>
        /// The current snapshot with the editor's version of each open document in it, read together, so that diagnostics
        /// are published with the version of the text they were computed from.
        /// </summary>
        public (PlanWorkspace Workspace, IReadOnlyDictionary<string, int> Versions) CurrentWithVersions()
        {
            lock (_gate)
            {
                return (_workspace, _open.ToDictionary(open => open.Key, open => open.Value.Version, StringComparer.Ordinal));
            }
        }

        /// <summary>False when the server was initialized already: <c>initialize</c> is answered once.</summary>
        /// <param name="locale">The editor's user interface language (<c>InitializeParams.locale</c>), when it sends one.</param>
        public bool Initialize(IEnumerable<string> folders, ServerSettings settings, string? locale)
        {
            lock (_gate)
            {
                if (_state != ServerState.Created)
                {
                    return false;
                }

                _folders.AddRange(folders);
                _settings = settings;
                _locale = locale;
                _workspace = _workspace.WithOptions(Options(settings));
                _state = ServerState.Initialized;
                return true;
            }
        }

        public void ShutDown()
        {
            lock (_gate)
            {
                _state = ServerState.ShutDown;
            }
        }

        /// <summary>Reads every plan under the folders (the files the editor has open keep the editor's text).</summary>
        public IReadOnlyList<string> LoadFolders(IReadOnlyList<string> folders)
        {
            if (folders.Count == 0)
            {
                return Array.Empty<string>();
            }

            var files = new PlanFiles();
            var texts = files.Find(folders).Select(path => files.Read(path, Path.GetFullPath(path))).OfType<SourceText>().ToList();
            Update(workspace =>
            {
                foreach (var text in texts.Where(text => !_open.ContainsKey(text.Path)))
                {
                    workspace = workspace.WithDocument(text);
                }

                return workspace;
            });
            return files.Problems.Select(problem => problem.English).ToList();
        }

        public void AddFolders(IReadOnlyList<string> folders)
        {
            lock (_gate)
            {
                _folders.AddRange(folders);
            }

            foreach (var problem in LoadFolders(folders))
            {
                Problem?.Invoke(problem);
            }
        }

        public void RemoveFolders(IReadOnlyList<string> folders)
        {
            Update(workspace =>
            {
                _folders.RemoveAll(folder => folders.Contains(folder, StringComparer.Ordinal));
                foreach (var document in workspace.Documents.Where(document => !_open.ContainsKey(document.Path) && !InFolders(document.Path)).ToList())
                {
                    workspace = workspace.WithoutDocument(document.Path);
                }

                return workspace;
            });
        }

        public void Open(TextDocumentItem document)
        {
            var path = DocumentUris.ToPath(document.Uri);
            Update(workspace =>
            {
                _open[path] = new OpenDocument(document.Version);
                _uris[path] = document.Uri;
                return workspace.WithDocument(path, document.Text ?? string.Empty);
            }, always: true);
        }

        /// <summary>
        /// Applies an editor's changes. A change to a document that is not open, or with a version not after the one
        /// the server has, is left out and said (<see cref="Problem"/>): the editor sends each change once, in order.
        /// </summary>
        public void Change(VersionedTextDocumentIdentifier document, IReadOnlyList<TextDocumentContentChangeEvent> changes)
        {
            var path = DocumentUris.ToPath(document.Uri);
            string? problem = null;
            Update(workspace =>
            {
                if (!_open.TryGetValue(path, out var open) || workspace.GetDocument(path) is not { } current)
                {
                    problem = $"A change to '{document.Uri}', which is not open, was left out.";
                    return workspace;
                }

                if (document.Version <= open.Version)
                {
                    problem = $"A change to '{document.Uri}' at version {document.Version} was left out: the server already has version {open.Version}.";
                    return workspace;
                }

                var text = current.Text.Text;
                foreach (var change in changes ?? Array.Empty<TextDocumentContentChangeEvent>())
                {
                    text = Apply(text, change);
                }

                _open[path] = new OpenDocument(document.Version);
                return workspace.WithDocument(path, text);
            });

            if (problem is not null)
            {
                Problem?.Invoke(problem);
            }
        }

        /// <summary>The document is closed: its file on disk, if it is a plan in the workspace, takes its place again.</summary>
        public void Close(TextDocumentIdentifier document)
        {
            var path = DocumentUris.ToPath(document.Uri);
            var fromDisk = InFolders(path) ? ReadFile(path) : null;
            Update(workspace =>
            {
                _open.Remove(path);
                return fromDisk is null ? workspace.WithoutDocument(path) : workspace.WithDocument(fromDisk);
            });
        }

        /// <summary>Files created, changed or deleted on disk; those the editor has open keep the editor's text.</summary>
        public void FilesChanged(IReadOnlyList<FileEvent> events)
        {
            var read = new List<(string Path, SourceText? Text)>();
            foreach (var change in events ?? Array.Empty<FileEvent>())
            {
                var path = DocumentUris.ToPath(change.Uri);
                if (!path.EndsWith(".plan", StringComparison.Ordinal))
                {
                    continue;
                }

                read.Add((path, change.Type == FileChangeType.Deleted ? null : ReadFile(path)));
            }

            Update(workspace =>
            {
                foreach (var (path, text) in read.Where(file => !_open.ContainsKey(file.Path)))
                {
                    workspace = text is null ? workspace.WithoutDocument(path) : workspace.WithDocument(text);
                }

                return workspace;
            });
        }

        /// <summary>New settings: the plans are checked again when the date changes, and published again when the language does.</summary>
        public void ChangeSettings(ServerSettings settings) => Update(workspace =>
        {
            _settings = settings;
            return workspace.WithOptions(Options(settings));
        }, always: settings.Language != Settings.Language);

        private static PlanCompilationOptions Options(ServerSettings settings) => new(settings.AsOf);

        private static string Apply(string text, TextDocumentContentChangeEvent change)
        {
            if (change.Range is null)
            {
                return change.Text ?? string.Empty;
            }

            var span = LineMap.For(text).ToSpan(change.Range);
            return new TextChange(span, change.Text ?? string.Empty).ApplyTo(text);
        }

        private SourceText? ReadFile(string path)
        {
            var files = new PlanFiles();
            var text = File.Exists(path) ? files.Read(path, path) : null;
            foreach (var problem in files.Problems)
            {
                Problem?.Invoke(problem.English);
            }

            return text;
        }

        private bool InFolders(string path)
        {
            lock (_gate)
            {
                return _folders.Any(folder => path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            }
        }

        /// <param name="always">Raise <see cref="Changed"/> even when the plans are the same (a file opened as it is on disk gets its version).</param>
        private void Update(Func<PlanWorkspace, PlanWorkspace> change, bool always = false)
        {
            bool changed;
            lock (_gate)
            {
                var next = change(_workspace);
                changed = always || !ReferenceEquals(next, _workspace);
                _workspace = next;
            }

            if (changed)
            {
                Changed?.Invoke();
            }
        }

        private sealed record OpenDocument(int Version);
    }
}
