using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;

namespace DslPlanning.LanguageServer.Tests.Features
{
    public class InlayHintTests
    {
        private static readonly object Enabled = new { inlayHints = new { enabled = true } };

        private static readonly Range WholeFile = new(new Position(0, 0), new Position(1000, 0));

        [Fact]
        public async Task With_the_setting_on_a_funding_source_shows_what_it_pays_per_year_after_its_funder()
        {
            var plan = LinkedPlans.Municipal();

            var hints = await HintsAsync(plan, Enabled, WholeFile);

            var hint = Assert.Single(hints);
            Assert.Equal("10 000 kr per year", hint.Label);
            Assert.Equal(Caret.After(plan, "      funding Kassan"), hint.Position);
            Assert.Contains("Kassan", hint.Tooltip!, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Without_the_setting_there_are_no_hints()
        {
            var hints = await HintsAsync(LinkedPlans.Municipal(), initializationOptions: null, WholeFile);

            Assert.Empty(hints);
        }

        [Fact]
        public async Task Hints_outside_the_requested_range_are_left_out()
        {
            var hints = await HintsAsync(LinkedPlans.Municipal(), Enabled, new Range(new Position(0, 0), new Position(3, 0)));

            Assert.Empty(hints);
        }

        [Fact]
        public async Task The_setting_turned_on_by_a_configuration_change_takes_effect()
        {
            using var folder = PlanFolder.Empty();
            var uri = folder.Uri("ort.plan");
            folder.Write("ort.plan", LinkedPlans.Municipal());
            await using var session = await LspSession.StartAsync(folder.Path);

            await session.NotifyAsync(Methods.DidChangeConfiguration, new { settings = new { dslplanning = Enabled } });
            var hints = await session.RequestAsync<InlayHint[]>(Methods.InlayHint, new InlayHintParams(new TextDocumentIdentifier(uri), WholeFile));

            Assert.Equal("10 000 kr per year", Assert.Single(hints).Label);
        }

        [Fact]
        public async Task Krokoms_home_delivery_grant_shows_its_maximum_by_the_law_after_its_header()
        {
            await using var open = await OpenPlan.RealAsync("krokom.plan", initializationOptions: Enabled);

            var hints = await open.Session.RequestAsync<InlayHint[]>(Methods.InlayHint, new InlayHintParams(open.Document, WholeFile));

            var grant = Assert.Single(hints, hint => hint.Position == Caret.After(open.Text, "subsidy home-delivery-grant in 2023..2030"));
            Assert.Equal("max 2023–2026: 100 kr per household and delivery; 2027–2030: 100 kr per household and delivery (2026's amounts, the last known)", grant.Label);
        }

        [Fact]
        public async Task With_a_swedish_locale_a_funding_source_shows_what_it_pays_per_year_in_swedish()
        {
            var plan = LinkedPlans.Municipal();

            var hints = await HintsAsync(plan, Enabled, WholeFile, "sv");

            var hint = Assert.Single(hints);
            Assert.Equal("10 000 kr per år", hint.Label);
            Assert.Equal("Vad Kassan betalar för Hjälp varje år 2025–2030, så som finansieringsreglerna räknar det", hint.Tooltip);
        }

        [Fact]
        public async Task With_a_swedish_locale_krokoms_home_delivery_grant_shows_its_maximum_in_swedish()
        {
            await using var open = await OpenPlan.RealAsync("krokom.plan", initializationOptions: Enabled, locale: "sv");

            var hints = await open.Session.RequestAsync<InlayHint[]>(Methods.InlayHint, new InlayHintParams(open.Document, WholeFile));

            var grant = Assert.Single(hints, hint => hint.Position == Caret.After(open.Text, "subsidy home-delivery-grant in 2023..2030"));
            Assert.Equal("högst 2023–2026: 100 kr per hushåll och hemsändning; 2027–2030: 100 kr per hushåll och hemsändning (2026 års belopp, de senast kända)", grant.Label);
            Assert.Equal("Det högsta stöd ansökan kan beviljas enligt lagens belopp, så som stödreglerna kontrollerar det", grant.Tooltip);
        }

        private static async Task<InlayHint[]> HintsAsync(string text, object? initializationOptions, Range range, string? locale = null)
        {
            await using var open = await OpenPlan.SmallAsync(text, initializationOptions, locale);

            return await open.Session.RequestAsync<InlayHint[]>(Methods.InlayHint, new InlayHintParams(open.Document, range));
        }
    }
}
