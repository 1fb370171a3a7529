using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;

namespace DslPlanning.LanguageServer.Tests.Server
{
    public class RelatedInformationTests
    {
        private const string Krokom = """
            municipal plan Krokom "Krokoms kommuns kommersiella serviceprogram 2023–2030" {
              owner KrokomsKommun
              period 2023..2030
              review yearly

              actor KrokomsKommun "Krokoms kommun" municipality
              actor Näringslivskontoret "Näringslivskontoret, Krokoms kommun" department
              funder Kommunstyrelsen "Kommunstyrelsen, Krokoms kommun" municipality budget 120 000 kr per year
              funder RegionJH "Region Jämtland Härjedalen" region

              goal G2.1 "Fler servicegivare använder hemsändningsbidraget" result {
                indicator "butiker som använder bidraget" baseline 1 in 2023 target 3 in 2026
              }

              action Hemsändning "Hemsändningsbidrag" serves G2.1 {
                owner Näringslivskontoret
                cost 200 kr per delivery, 600 deliveries per year
                funding Kommunstyrelsen 50 %, RegionJH 50 %
              }
            }

            """;

        private const string Åre = """
            municipal plan Åre "Åre kommuns serviceplan 2023–2030" {
              owner ÅreKommun
              period 2023..2030
              review yearly

              actor ÅreKommun "Åre kommun" municipality

              goal G1 "Service i byarna" result {
                indicator "butiker" baseline 1 in 2023 target 2 in 2026
              }

              action Butiksstöd "Stöd till byabutiker" serves G1 {
                owner ÅreKommun
                cost 100 000 kr per year
                funding Krokom.Kommunstyrelsen 100 000 kr per year
              }
            }

            """;

        [Fact]
        public async Task A_funder_over_budget_lists_the_actions_committing_it_also_in_other_plans_and_follows_their_edits()
        {
            using var folder = PlanFolder.Empty();
            folder.Write("krokom.plan", Krokom);
            folder.Write("are.plan", Åre);
            await using var session = await LspSession.StartAsync(folder.Path);

            var overBudget = await OverBudget(session, folder.Uri("krokom.plan"), _ => true);

            Assert.Equal(7, overBudget.Range.Start.Line);
            var related = overBudget.RelatedInformation!;
            Assert.Equal(2, related.Count);
            var local = Assert.Single(related, information => information.Location.Uri == folder.Uri("krokom.plan"));
            Assert.Equal(new Range(new Position(14, 9), new Position(14, 20)), local.Location.Range);
            Assert.Equal("Hemsändning commits 60 000 kr of Kommunstyrelsen in 2023", local.Message);
            var other = Assert.Single(related, information => information.Location.Uri == folder.Uri("are.plan"));
            Assert.Equal(new Range(new Position(11, 9), new Position(11, 19)), other.Location.Range);
            Assert.Equal("Åre.Butiksstöd commits 100 000 kr of Kommunstyrelsen in 2023", other.Message);

            await session.OpenAsync(folder.Uri("are.plan"), Åre.Replace("\n  action Butiksstöd", "\n\n  action Butiksstöd"));

            var moved = await OverBudget(session, folder.Uri("krokom.plan"), diagnostic => diagnostic.RelatedInformation!.Any(information => information.Location.Range.Start.Line == 12));
            Assert.Equal(new Position(12, 9), moved.RelatedInformation!.Single(information => information.Location.Uri == folder.Uri("are.plan")).Location.Range.Start);
        }

        private static async Task<Diagnostic> OverBudget(LspSession session, string uri, System.Func<Diagnostic, bool> until)
        {
            var published = await session.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Any(diagnostic => diagnostic.Code == "SP3006" && until(diagnostic)));
            return published.Diagnostics.Single(diagnostic => diagnostic.Code == "SP3006");
        }
    }
}
