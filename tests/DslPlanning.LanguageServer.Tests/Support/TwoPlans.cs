using System;
using System.Threading.Tasks;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>A small regional programme and a municipal plan that follows it, each in its own file, in a folder of their own.</summary>
    internal sealed class TwoPlans : IAsyncDisposable
    {
        public const string Regional = """
            # Regionalt program
            # med två rader kommentar
            regional plan R "Regionalt serviceprogram" {
              area IO1 "Tillgänglighet till service"
              goal 3.1
              funder Anslag "1:1-anslaget"
            }
            """;

        public const string Municipal = """
            municipal plan M "Kommunens serviceplan" {
              follows R
              actor Kommunen "Kommunen"
              funder Kommunstyrelsen "Kommunstyrelsen"
              area A "Butiker på landsbygden" priority 1 serves R.IO1 {
                goal G "Butiken i Kluk finns kvar"
                action X "Stöd till butiken" serves G {
                  owner Kommunen
                  funding Kommunstyrelsen 50 %, R.Anslag 50 %
                }
              }
              action Y serves A { owner Kommunen }
            }
            """;

        private TwoPlans(PlanFolder folder, LspSession session)
        {
            Folder = folder;
            Session = session;
        }

        public PlanFolder Folder { get; }

        public LspSession Session { get; }

        public string MunicipalUri => Folder.Uri("m.plan");

        public string RegionalUri => Folder.Uri("r.plan");

        /// <summary>A session on the two plans, with the editor's <paramref name="locale"/> if given.</summary>
        public static async Task<TwoPlans> StartAsync(string? locale = null)
        {
            var folder = PlanFolder.Empty();
            folder.Write("m.plan", Municipal);
            folder.Write("r.plan", Regional);
            return new TwoPlans(folder, await LspSession.StartAsync(folder.Path, locale: locale));
        }

        public async ValueTask DisposeAsync()
        {
            await Session.DisposeAsync();
            Folder.Dispose();
        }
    }
}
