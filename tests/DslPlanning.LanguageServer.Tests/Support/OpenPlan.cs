using System;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>A session on a folder of plans with one plan open in the editor, as a feature's test starts.</summary>
    internal sealed class OpenPlan : IAsyncDisposable
    {
        private readonly PlanFolder _folder;

        private OpenPlan(PlanFolder folder, LspSession session, string uri, string text)
        {
            _folder = folder;
            Session = session;
            Uri = uri;
            Text = text;
        }

        public LspSession Session { get; }

        public string Uri { get; }

        /// <summary>The text the editor has open.</summary>
        public string Text { get; }

        public TextDocumentIdentifier Document => new(Uri);

        /// <summary>The real plans, with <paramref name="file"/> open in the editor as <paramref name="edit"/> makes it; the editor's <paramref name="locale"/> if given.</summary>
        public static Task<OpenPlan> RealAsync(string file, Func<string, string>? edit = null, object? initializationOptions = null, string? locale = null)
        {
            var folder = PlanFolder.WithRealPlans();
            var text = folder.Text(file);
            return StartAsync(folder, file, edit is null ? text : edit(text), initializationOptions, locale);
        }

        /// <summary><see cref="LinkedPlans.Region"/> on disk and <paramref name="text"/> open as <c>ort.plan</c>.</summary>
        public static Task<OpenPlan> SmallAsync(string text, object? initializationOptions = null, string? locale = null) =>
            SmallAsync(text, System.Array.Empty<(string File, string Text)>(), initializationOptions, locale);

        /// <summary><see cref="SmallAsync(string, object?, string?)"/> with <paramref name="others"/> on disk too.</summary>
        public static Task<OpenPlan> SmallAsync(string text, (string File, string Text)[] others, object? initializationOptions = null, string? locale = null)
        {
            var folder = PlanFolder.Empty();
            folder.Write("region.plan", LinkedPlans.Region);
            foreach (var (file, other) in others)
            {
                folder.Write(file, other);
            }

            folder.Write("ort.plan", text);
            return StartAsync(folder, "ort.plan", text, initializationOptions, locale);
        }

        public async ValueTask DisposeAsync()
        {
            await Session.DisposeAsync();
            _folder.Dispose();
        }

        private static async Task<OpenPlan> StartAsync(PlanFolder folder, string file, string text, object? initializationOptions, string? locale)
        {
            var session = await LspSession.StartAsync(folder.Path, initializationOptions, locale: locale);
            var uri = folder.Uri(file);
            await session.OpenAsync(uri, text);
            return new OpenPlan(folder, session, uri, text);
        }
    }
}
