using System;
using System.Collections.Generic;
using System.IO;
using DslPlanning.LanguageServer.Protocol;
using FileSystemWatcher = System.IO.FileSystemWatcher;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// Watches the workspace folders for plan files created, changed, renamed or deleted, for an editor that cannot
    /// watch them for the server (one that does not offer <c>workspace/didChangeWatchedFiles</c> registration).
    /// </summary>
    internal sealed class PlanFileWatcher : IDisposable
    {
        private readonly ServerWorkspace _workspace;
        private readonly List<FileSystemWatcher> _watchers = new();

        public PlanFileWatcher(ServerWorkspace workspace) => _workspace = workspace;

        public void Watch(IEnumerable<string> folders)
        {
            foreach (var folder in folders)
            {
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                var watcher = new FileSystemWatcher(folder, "*.plan") { IncludeSubdirectories = true };
                watcher.Created += (_, e) => Changed(e.FullPath, FileChangeType.Created);
                watcher.Changed += (_, e) => Changed(e.FullPath, FileChangeType.Changed);
                watcher.Deleted += (_, e) => Changed(e.FullPath, FileChangeType.Deleted);
                watcher.Renamed += (_, e) =>
                {
                    Changed(e.OldFullPath, FileChangeType.Deleted);
                    Changed(e.FullPath, FileChangeType.Created);
                };
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
        }

        public void Dispose()
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }
        }

        private void Changed(string path, int type) =>
            _workspace.FilesChanged(new[] { new FileEvent(DocumentUris.FromPath(path), type) });
    }
}
