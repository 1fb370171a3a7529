using System;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>A session on a folder with one plan, <c>plan.plan</c>; the folder is deleted at the end.</summary>
    internal sealed class OnePlanSession : IAsyncDisposable
    {
        private readonly PlanFolder _folder;

        private OnePlanSession(PlanFolder folder, LspSession session)
        {
            _folder = folder;
            Session = session;
        }

        public LspSession Session { get; }

        public string Uri => _folder.Uri("plan.plan");

        public TextDocumentIdentifier Document => new(Uri);

        /// <summary>A session on <paramref name="text"/>, with the editor's <paramref name="locale"/> if given.</summary>
        public static async Task<OnePlanSession> StartAsync(string text, string? locale = null)
        {
            var folder = PlanFolder.Empty();
            folder.Write("plan.plan", text);
            return new OnePlanSession(folder, await LspSession.StartAsync(folder.Path, locale: locale));
        }

        public async ValueTask DisposeAsync()
        {
            await Session.DisposeAsync();
            _folder.Dispose();
        }
    }
}
