using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Tests.Support;
using StreamJsonRpc;
using static DslPlanning.LanguageServer.Tests.Support.TextMarks;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.LanguageServer.Tests.Features
{
    /// <summary>prepareRename and rename, over the protocol: edits across plans, and refusals as error responses.</summary>
    public class RenameTests
    {
        private const string M = TwoPlans.Municipal;
        private const string R = TwoPlans.Regional;

        [Fact]
        public async Task Prepare_rename_gives_the_names_range_and_the_name()
        {
            await using var plans = await TwoPlans.StartAsync();

            var prepared = await plans.Session.RequestAsync<PrepareRenameResult>(Methods.PrepareRename, At(plans.MunicipalUri, PositionOf(M, "R.Anslag", "Anslag", 2)));

            Assert.Equal(new PrepareRenameResult(RangeOf(M, "R.Anslag", "Anslag"), "Anslag"), prepared);
        }

        [Fact]
        public async Task Prepare_rename_on_a_keyword_is_an_error_saying_where_a_name_is()
        {
            await using var plans = await TwoPlans.StartAsync();

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
                plans.Session.RequestAsync<PrepareRenameResult>(Methods.PrepareRename, At(plans.MunicipalUri, PositionOf(M, "owner Kommunen", "owner", 1))));

            Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
            Assert.StartsWith("There is nothing to rename here", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task With_a_swedish_locale_prepare_rename_on_a_keyword_says_where_a_name_is_in_swedish()
        {
            await using var plans = await TwoPlans.StartAsync(locale: "sv");

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
                plans.Session.RequestAsync<PrepareRenameResult>(Methods.PrepareRename, At(plans.MunicipalUri, PositionOf(M, "owner Kommunen", "owner", 1))));

            Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
            Assert.StartsWith("Här finns inget att byta namn på: ställ markören på namnet på en deklarerad plan, aktör,", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Prepare_rename_on_a_rule_id_in_krokom_is_an_error_saying_rules_belong_to_the_checker()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var krokom = folder.Text("krokom.plan");

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<PrepareRenameResult>(Methods.PrepareRename,
                At(folder.Uri("krokom.plan"), PositionOf(krokom, "exception SP5014", "SP5014", 2))));

            Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
            Assert.Equal("SP5014 is the ID of a rule of the checker; a plan cannot rename it.", error.Message);
        }

        [Fact]
        public async Task With_a_swedish_locale_prepare_rename_on_a_rule_id_in_krokom_says_in_swedish_that_rules_belong_to_the_checker()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path, locale: "sv");
            var krokom = folder.Text("krokom.plan");

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<PrepareRenameResult>(Methods.PrepareRename,
                At(folder.Uri("krokom.plan"), PositionOf(krokom, "exception SP5014", "SP5014", 2))));

            Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
            Assert.Equal("SP5014 är ID för en av kontrollens regler; en plan kan inte byta namn på den.", error.Message);
        }

        [Fact]
        public async Task Rename_of_a_funder_edits_its_declaration_and_its_use_in_the_other_plan()
        {
            await using var plans = await TwoPlans.StartAsync();

            var edit = await Rename(plans, plans.RegionalUri, PositionOf(R, "funder Anslag", "Anslag"), "Anslag11");

            Assert.Equal(new[] { plans.MunicipalUri, plans.RegionalUri }.OrderBy(uri => uri), edit.Changes.Keys.OrderBy(uri => uri));
            Assert.Equal(new[] { new TextEdit(RangeOf(M, "R.Anslag", "Anslag"), "Anslag11") }, edit.Changes[plans.MunicipalUri]);
            Assert.Equal(new[] { new TextEdit(RangeOf(R, "funder Anslag", "Anslag"), "Anslag11") }, edit.Changes[plans.RegionalUri]);
        }

        [Fact]
        public async Task Rename_to_a_name_the_plan_has_is_refused_with_the_reason()
        {
            await using var plans = await TwoPlans.StartAsync();

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => Rename(plans, plans.MunicipalUri, PositionOf(M, "action X", "X"), "Y"));

            Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
            Assert.Contains("already has", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Rename_to_text_that_is_not_a_name_is_refused_with_the_reason()
        {
            await using var plans = await TwoPlans.StartAsync();

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => Rename(plans, plans.MunicipalUri, PositionOf(M, "actor Kommunen", "Kommunen"), "Krokoms kommun"));

            Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
            Assert.Contains("is not a name", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task With_a_swedish_locale_a_refused_rename_gives_the_reason_in_swedish()
        {
            await using var plans = await TwoPlans.StartAsync(locale: "sv");

            var taken = await Assert.ThrowsAsync<RemoteInvocationException>(() => Rename(plans, plans.MunicipalUri, PositionOf(M, "action X", "X"), "Y"));
            var notAName = await Assert.ThrowsAsync<RemoteInvocationException>(() => Rename(plans, plans.MunicipalUri, PositionOf(M, "actor Kommunen", "Kommunen"), "Krokoms kommun"));

            Assert.Equal(ErrorCodes.RequestFailed, taken.ErrorCode);
            Assert.Equal("Planen M har redan en åtgärd som heter Y (m.plan, rad 12).", taken.Message);
            Assert.StartsWith("'Krokoms kommun' är inget namn: ett namn består av bokstäver, siffror och '_'", notAName.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Rename_of_the_regional_programme_edits_its_header_and_krokoms_follows_and_serves()
        {
            using var folder = PlanFolder.WithRealPlans();
            await using var session = await LspSession.StartAsync(folder.Path);
            var programme = folder.Text("jamtland-rsp.plan");
            var krokom = folder.Text("krokom.plan");

            var edit = await session.RequestAsync<WorkspaceEdit>(Methods.Rename, new RenameParams(
                new TextDocumentIdentifier(folder.Uri("jamtland-rsp.plan")), PositionOf(programme, "plan JämtlandRSP", "JämtlandRSP"), "JämtlandsRSP"));

            Assert.Equal(new[] { new TextEdit(RangeOf(programme, "plan JämtlandRSP", "JämtlandRSP"), "JämtlandsRSP") }, edit.Changes[folder.Uri("jamtland-rsp.plan")]);
            var krokomEdits = edit.Changes[folder.Uri("krokom.plan")];
            Assert.Contains(new TextEdit(RangeOf(krokom, "follows JämtlandRSP", "JämtlandRSP"), "JämtlandsRSP"), krokomEdits);
            Assert.Contains(new TextEdit(RangeOf(krokom, "serves JämtlandRSP.IO3", "JämtlandRSP"), "JämtlandsRSP"), krokomEdits);
            Assert.All(krokomEdits, change => Assert.Equal("JämtlandRSP", Text(krokom, change.Range)));
        }

        private static TextDocumentPositionParams At(string uri, Position position) => new(new TextDocumentIdentifier(uri), position);

        private static Task<WorkspaceEdit> Rename(TwoPlans plans, string uri, Position position, string newName) =>
            plans.Session.RequestAsync<WorkspaceEdit>(Methods.Rename, new RenameParams(new TextDocumentIdentifier(uri), position, newName));

        private static string Text(string text, Range range)
        {
            var lines = text.Split('\n');
            Assert.Equal(range.Start.Line, range.End.Line);
            return lines[range.Start.Line].Substring(range.Start.Character, range.End.Character - range.Start.Character);
        }
    }
}
