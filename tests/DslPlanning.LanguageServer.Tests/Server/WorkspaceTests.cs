using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;

namespace DslPlanning.LanguageServer.Tests.Server
{
    /// <summary>The plans the server holds: the workspace folders as on disk, open documents as in the editor.</summary>
    public class WorkspaceTests
    {
        /// <summary>An editor that watches the plan files for the server, so the server's own watcher stays off.</summary>
        private static readonly object EditorWatchesFiles = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } };

        private const string BrokenPlan = "municipal plan Broken \"Trasig\" {\n  owner Nobody\n  period 2024..2026\n}\n";

        [Fact]
        public async Task A_plan_created_on_disk_is_checked_and_its_deletion_clears_its_diagnostics()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path, capabilities: EditorWatchesFiles);
            var uri = folder.Uri("broken.plan");

            folder.Write("broken.plan", BrokenPlan);
            await session.NotifyAsync(Methods.DidChangeWatchedFiles, new DidChangeWatchedFilesParams(new[] { new FileEvent(uri, FileChangeType.Created) }));

            await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Any(diagnostic => diagnostic.Code == "SP1002" && diagnostic.Message.Contains("Nobody", StringComparison.Ordinal)));

            File.Delete(folder.FilePath("broken.plan"));
            await session.NotifyAsync(Methods.DidChangeWatchedFiles, new DidChangeWatchedFilesParams(new[] { new FileEvent(uri, FileChangeType.Deleted) }));
            await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Count == 0);
        }

        [Fact]
        public async Task For_an_editor_that_cannot_watch_files_the_server_watches_the_folders_itself()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var uri = folder.Uri("broken.plan");

            folder.Write("broken.plan", BrokenPlan);

            // The file may be seen half-written first; its last change brings the whole text.
            await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Any(diagnostic => diagnostic.Code == "SP1002"));
        }

        [Fact]
        public async Task A_file_changed_on_disk_while_open_keeps_the_editors_text()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path, capabilities: EditorWatchesFiles);
            var uri = folder.Uri("krokom.plan");
            var editorText = folder.Text("krokom.plan");
            await session.OpenAsync(uri, editorText);

            folder.Write("krokom.plan", BrokenPlan);
            await session.NotifyAsync(Methods.DidChangeWatchedFiles, new DidChangeWatchedFilesParams(new[] { new FileEvent(uri, FileChangeType.Changed) }));
            await session.RequestAsync<object?>(Methods.Shutdown, null);

            Assert.Equal(editorText, session.Server.Workspace.Current.GetDocument(folder.FilePath("krokom.plan"))!.Text.Text);
        }

        [Fact]
        public async Task Closing_a_document_puts_the_file_on_disk_back_in_its_place()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var uri = folder.Uri("krokom.plan");
            await session.OpenAsync(uri, BrokenPlan);
            await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

            await session.NotifyAsync(Methods.DidClose, new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));

            var closed = await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.All(diagnostic => diagnostic.Severity != DiagnosticSeverity.Error));
            Assert.Null(closed.Version);
        }

        [Fact]
        public async Task Closing_a_document_outside_the_workspace_folders_removes_it_and_its_diagnostics()
        {
            using var folder = PlanFolder.WithRealPlans();
            using var elsewhere = PlanFolder.Empty();
            await using var session = await LspSession.StartAsync(folder.Path);
            var uri = elsewhere.Uri("loose.plan");
            await session.OpenAsync(uri, BrokenPlan);
            await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Count > 0);

            await session.NotifyAsync(Methods.DidClose, new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));

            await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Count == 0);
            Assert.Null(session.Server.Workspace.Current.GetDocument(elsewhere.FilePath("loose.plan")));
        }

        [Fact]
        public async Task A_workspace_folder_added_is_read_and_one_removed_is_dropped()
        {
            using var folder = PlanFolder.WithRealPlans();
            using var second = PlanFolder.Empty();
            second.Write("broken.plan", BrokenPlan);
            await using var session = await LspSession.StartAsync(folder.Path);
            var folderEntry = new WorkspaceFolder(LanguageServer.Server.DocumentUris.FromPath(second.Path), "second");

            await session.NotifyAsync(Methods.DidChangeWorkspaceFolders, new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(new[] { folderEntry }, Array.Empty<WorkspaceFolder>())));
            await session.WaitForDiagnosticsAsync(second.Uri("broken.plan"), published => published.Diagnostics.Count > 0);

            await session.NotifyAsync(Methods.DidChangeWorkspaceFolders, new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(Array.Empty<WorkspaceFolder>(), new[] { folderEntry })));
            await session.WaitForDiagnosticsAsync(second.Uri("broken.plan"), published => published.Diagnostics.Count == 0);
        }

        [Fact]
        public async Task An_as_of_date_that_is_not_a_date_is_said_in_the_log_and_the_plans_are_checked_without_it()
        {
            using var folder = PlanFolder.WithRealPlans();

            await using var session = await LspSession.StartAsync(folder.Path, initializationOptions: new { asOf = "next spring" });

            await session.WaitForLogAsync(line => line.Type == MessageType.Warning && line.Message.Contains("'next spring' is not a date YYYY-MM-DD", StringComparison.Ordinal));
            Assert.Null(session.Server.Workspace.Current.Options.AsOf);
        }

        [Fact]
        public async Task The_as_of_date_from_the_settings_is_the_compilations()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path, initializationOptions: new { asOf = "2025-06-30" });

            Assert.Equal(new Model.PlanDate(2025, 6, 30), session.Server.Workspace.Current.Options.AsOf);

            await session.NotifyAsync(Methods.DidChangeConfiguration, new { settings = new { dslplanning = new { asOf = "2026-01-15" } } });
            await session.RequestAsync<object?>(Methods.Shutdown, null);

            Assert.Equal(new Model.PlanDate(2026, 1, 15), session.Server.Workspace.Current.Options.AsOf);
        }
    }
}
